import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher, type Dispatcher } from './dispatch';
import { createHandlers } from './handlers';
import { resolveDataDir } from './paths';
import type { Services } from './services';
import { loadSettings } from './settings';

/** What both runtimes (Electron main and the local host) need to start serving the page. */
export interface Bootstrapped {
  services: Services;
  dispatch: Dispatcher;
  /** Problems found while starting (bad settings file, ...), one line each, for the log. */
  warnings: string[];
}

/** Options that differ between the Electron app and the local host. */
export interface BootstrapOptions {
  userDataDir: string;
  appRoot: string;
  runtime: Services['runtime'];
  /** `--kiosk` on the command line forces kiosk mode over the settings file. */
  forceKiosk?: boolean;
  log?: (line: string) => void;
}

/** Loads settings, prepares the data folder and builds the handler dispatcher, without Electron. */
export function bootstrap(options: BootstrapOptions): Bootstrapped {
  const log = options.log ?? ((line: string) => console.error(line));
  const { settings, warnings } = loadSettings(options.userDataDir);
  if (options.forceKiosk) settings.kiosk = true;
  const dataDir = resolveDataDir(options.userDataDir, settings.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(options.appRoot, 'package.json'), 'utf8')) as { version: string };
  const services: Services = {
    settings,
    appVersion: pkg.version,
    runtime: options.runtime,
    appRoot: options.appRoot,
    dataDir,
  };
  for (const line of warnings) log(line);
  const dispatch = createDispatcher(createHandlers(services), (message, error) =>
    log(`${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  );
  return { services, dispatch, warnings };
}
