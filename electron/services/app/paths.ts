import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** Product name; also the user-data folder name, as Electron derives it. */
export const PRODUCT_NAME = 'Wrap Configurator';

/**
 * The user-data folder Electron would use (`app.getPath('userData')`), computed without Electron
 * so the local host and the CLI find the same settings and drafts. `CONFIGURATOR_USER_DATA` overrides it.
 */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.CONFIGURATOR_USER_DATA) return resolve(env.CONFIGURATOR_USER_DATA);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** Resolves the settings' data folder against the user-data folder. */
export function resolveDataDir(userDataDir: string, dataDir: string): string {
  return isAbsolute(dataDir) ? dataDir : join(userDataDir, dataDir);
}

/** Root of the app's files (package.json lives here), from a built file in out/main or a source file. */
export function appRoot(fromDir: string): string {
  return resolve(fromDir, '..', '..');
}

/** Where the app finds its own files, its catalog and (beside the catalog, in `../models`) its car models. */
export interface AppLocations {
  /** package.json and out/: the repository, or `resources/app.asar` in an installed app. */
  appRoot: string;
  /** Built main, preload and renderer. */
  outDir: string;
  /** The catalog folder. */
  catalogDir: string;
}

/**
 * The app's folders, from the folder of the built main script. Installed (`app.isPackaged`), the catalog and the
 * models are not in app.asar: electron-builder copies them to `<process.resourcesPath>/assets/` (its
 * `extraResources`, build/electron-builder.json), so shops can replace the catalog without rebuilding.
 */
export function appLocations(mainDir: string, packaged?: { resourcesPath: string }): AppLocations {
  const root = appRoot(mainDir);
  const assets = packaged ? join(packaged.resourcesPath, 'assets') : join(root, 'assets');
  return { appRoot: root, outDir: join(root, 'out'), catalogDir: join(assets, 'catalog') };
}
