import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from '@services/app/atomic-file';
import { OFFLINE_CHROMIUM_FLAGS } from '@services/printing/chromium';

/** Name of the launch page in the user-data folder (0600; holds a one-time code, removed after use). */
export const LAUNCH_PAGE = 'launch.html';

/**
 * Writes the launch page Chromium opens: readable by this user only (0600, written atomically), it forwards
 * to the app with a one-time code in the fragment, which the app trades for its session cookie. The code is
 * never on a command line, so a process listing shows only this file's path. Returns the page's file URL.
 */
export async function writeLaunchPage(userDataDir: string, appOrigin: string, code: string): Promise<string> {
  const target = `${appOrigin}/#code=${encodeURIComponent(code)}`;
  const html = `<!doctype html>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<title>Wrap Configurator</title>
<meta http-equiv="refresh" content="0;url=${target}">
<script>location.replace(${JSON.stringify(target)});</script>
`;
  const path = join(userDataDir, LAUNCH_PAGE);
  await writeFileAtomic(path, html, { overwrite: true });
  return pathToFileURL(path).href;
}

/** Removes the launch page (its code is used or expired); a page already gone is fine. */
export async function removeLaunchPage(userDataDir: string): Promise<void> {
  await unlink(join(userDataDir, LAUNCH_PAGE)).catch(() => {});
}

/** What the app window's Chromium is started with. */
export interface AppWindowOptions {
  /** File URL of the launch page (no secret in it: the code is inside the 0600 file). */
  launchPage: string;
  /** The app's own Chromium profile folder. */
  profile: string;
  kiosk: boolean;
  /** Chromium refuses to start as root without this (see `needsNoSandbox`). */
  noSandbox: boolean;
}

/**
 * Chromium's arguments for the app window. Nothing secret: a process listing shows them to every local user.
 * Extensions are off (`--disable-extensions`: the app's profile never needs one); Chromium 156 has no switch
 * for dev tools, so the kiosk relies on the managed policy (`chromium-policy.ts`).
 */
export function appWindowFlags(options: AppWindowOptions): string[] {
  return [
    `--app=${options.launchPage}`,
    `--user-data-dir=${options.profile}`,
    '--window-size=1366,768',
    ...OFFLINE_CHROMIUM_FLAGS,
    // WebGL must work on machines without a usable GPU (software fallback); a GPU is still preferred.
    '--enable-unsafe-swiftshader',
    '--disable-features=Translate',
    '--disable-extensions',
    ...(options.noSandbox ? ['--no-sandbox', '--test-type'] : []),
    ...(options.kiosk ? ['--kiosk'] : []),
  ];
}
