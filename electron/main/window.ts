import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { denyAllPermissions, lockDownContents } from './hardening';
import { APP_ORIGIN } from './ipc';
import type { Settings } from './settings';

/** Creates the one app window; kiosk settings make it full screen with no menu and no dev tools. */
export function createMainWindow(
  settings: Settings,
  outDir: string,
  log: (line: string) => void,
): BrowserWindow {
  const kiosk = settings.kiosk;
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#eceef1',
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: true,
    title: 'Wrap Configurator',
    // Written out literally so security scanners (electronegativity) can verify every flag.
    webPreferences: {
      preload: join(outDir, 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: !kiosk,
    },
  });
  if (kiosk) win.setMenu(null);
  lockDownContents(win.webContents, log);
  denyAllPermissions(win.webContents.session);
  win.once('ready-to-show', () => win.show());
  win.webContents.on('render-process-gone', (_event, details) => {
    log(`renderer gone (${details.reason}, exit ${details.exitCode}); reloading`);
    if (!win.isDestroyed()) void win.loadURL(`${APP_ORIGIN}/index.html`);
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
