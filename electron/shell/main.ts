import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap } from '@services/app/bootstrap';
import { appLocations } from '@services/app/paths';
import { app, BrowserWindow, dialog, ipcMain, protocol } from 'electron';
import { electronDialogs, forwardEvents } from './artwork-bridge';
import { APP_ORIGIN, createSenderCheck, setupIpc } from './ipc';
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './protocol';
import { createMainWindow } from './window';

/** Electron entry: wires settings, the custom protocol, the IPC bridge and the one window. */
const here = dirname(fileURLToPath(import.meta.url));
const where = appLocations(here, app.isPackaged ? { resourcesPath: process.resourcesPath } : undefined);
const log = (line: string) => console.error(`[main] ${line}`);

if (process.env.CONFIGURATOR_USER_DATA) app.setPath('userData', resolve(process.env.CONFIGURATOR_USER_DATA));
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  app
    .whenReady()
    .then(async () => {
      const { services, dispatch } = await bootstrap({
        userDataDir: app.getPath('userData'),
        appRoot: where.appRoot,
        catalogDir: where.catalogDir,
        runtime: 'electron',
        // Loaded on first print only: the hidden print window is Electron's, and nothing else needs it.
        printer: async () => (await import('./pdf-electron')).electronPrinter(),
        forceKiosk: process.argv.includes('--kiosk'),
        quitApp: () => app.quit(),
        log,
        dialogs: electronDialogs(
          dialog,
          () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0],
        ),
      });
      serveRenderer(protocol, join(where.outDir, 'renderer'), services.vehicles);
      setupIpc(
        ipcMain,
        dispatch,
        createSenderCheck(() => BrowserWindow.getAllWindows().map((w) => w.webContents.id)),
      );
      // Pushed events go only to windows showing our own page.
      forwardEvents(services.events, () =>
        BrowserWindow.getAllWindows()
          .map((w) => w.webContents)
          .filter((c) => c.getURL().startsWith(`${APP_ORIGIN}/`)),
      );
      app.on('will-quit', () => services.artwork.close());
      createMainWindow(services.settings, where.outDir, log);
    })
    .catch((error: unknown) => {
      log(`start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      app.exit(1);
    });
  app.on('window-all-closed', () => app.quit());
}
