import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

/** What a window of ours may choose: size, visibility, kiosk, title; never its web preferences. */
export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * A window with the app's one set of web preferences (the app window and the hidden PDF window): `preload` is
 * the reviewed bridge bundle, `devTools` off on a kiosk and in the PDF window. The flags are written out
 * literally so security scanners (electronegativity) can verify every one (docs/SECURITY.md).
 */
export function secureWindow(
  options: WindowOptions,
  { preload, devTools }: { preload: string; devTools: boolean },
): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload,
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
      devTools,
    },
  });
}
