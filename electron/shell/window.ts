import { join } from 'node:path';
import type { Settings } from '@services/app/settings';
import type { BrowserWindow } from 'electron';
import { denyAllPermissions, lockDownContents } from './hardening';
import { APP_ORIGIN } from './ipc';
import { secureWindow } from './secure-window';

/** Crashes within this window of time that make the next reload start fresh (see `createMainWindow`). */
export const CRASH_LOOP = { count: 3, withinMs: 60_000 };

/** Creates the one app window; kiosk settings make it full screen with no menu and no dev tools. */
export function createMainWindow(
  settings: Settings,
  outDir: string,
  log: (line: string) => void,
): BrowserWindow {
  const kiosk = settings.kiosk;
  const win = secureWindow(
    {
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
    },
    { preload: join(outDir, 'preload', 'index.cjs'), devTools: !kiosk },
  );
  if (kiosk) win.setMenu(null);
  lockDownContents(win.webContents, log);
  denyAllPermissions(win.webContents.session);
  win.once('ready-to-show', () => win.show());
  // A crashed renderer is reloaded; the page restores the customer's configuration from sessionStorage.
  // If it keeps crashing (say, that configuration is what crashes it), the reload starts a fresh session.
  const crashes: number[] = [];
  win.webContents.on('render-process-gone', (_event, details) => {
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && now - crashes[0]! > CRASH_LOOP.withinMs) crashes.shift();
    const fresh = crashes.length >= CRASH_LOOP.count;
    log(
      `renderer gone (${details.reason}, exit ${details.exitCode}); reloading` +
        (fresh ? ` without the stored configuration (${crashes.length} crashes within a minute)` : ''),
    );
    if (fresh) crashes.length = 0;
    if (!win.isDestroyed()) void win.loadURL(`${APP_ORIGIN}/index.html${fresh ? '?fresh=1' : ''}`);
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
