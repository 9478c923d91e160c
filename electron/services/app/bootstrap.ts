import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shopDate } from '@domain/drafts/dates';
import { createEventHub } from '../artwork/events';
import { type ArtworkDialogs, ArtworkService } from '../artwork/service';
import { loadCatalogState } from '../catalog/catalog-service';
import { problemLine } from '../catalog/problems';
import type { ImportVehicle, MeasureVehicle } from '../vehicles/library/importer';
import { VehicleLibrary } from '../vehicles/library/library';
import { createDispatcher, type Dispatcher } from './dispatch';
import { createGuardedHandlers } from './handlers';
import { createKioskExit, PIN_LOCK_FILE } from './kiosk';
import { KioskAccess } from './kiosk-access';
import { createAppLog } from './log';
import { resolveDataDir } from './paths';
import type { Services } from './services';
import { loadSettings } from './settings';

/** What both runtimes (Electron main and the local host) need to start serving the page. */
export interface Bootstrapped {
  services: Services;
  dispatch: Dispatcher;
  /** Problems found while starting (bad settings file, ...), one line each, for the log. */
  warnings: string[];
  /**
   * Ends the services' background work (drafts check, artwork watcher) and waits for it, so that nothing writes
   * to the data folder afterwards: call it before quitting or deleting the folder.
   */
  stop: () => Promise<void>;
}

/** Options that differ between the Electron app and the local host. */
export interface BootstrapOptions {
  userDataDir: string;
  appRoot: string;
  runtime: Services['runtime'];
  /** Catalog folder; defaults to `<appRoot>/assets/catalog`. */
  catalogDir?: string;
  /** Pricing date override for tests (YYYY-MM-DD); main otherwise uses today's date in China. */
  today?: () => string;
  /** How the runtime quits (Electron: app.quit; local host: close and exit). */
  quitApp?: () => void;
  /** `--kiosk` on the command line forces kiosk mode over the settings file. */
  forceKiosk?: boolean;
  log?: (line: string) => void;
  /** Native open/save dialogs (Electron only; the local host's page uses a file input and downloads). */
  dialogs?: ArtworkDialogs;
  /** The runtime's own PDF printer (Electron's hidden window); without it, main prints in the system Chromium. */
  printer?: Services['printer'];
  /**
   * The vehicle import pipeline. TODO(issue #16): default to the spec's `importVehicle()`
   * (electron/services/vehicles/import-vehicle.ts) once merged; until then the pass-through importer.
   */
  importVehicle?: ImportVehicle;
  /** Re-measures a library vehicle after staff change its length or corrections (default: scale by length). */
  measureVehicle?: MeasureVehicle;
}

/** Loads settings, prepares the data folder and builds the handler dispatcher, without Electron. */
export async function bootstrap(options: BootstrapOptions): Promise<Bootstrapped> {
  const echo = options.log ?? ((line: string) => console.error(line));
  const { settings, warnings } = loadSettings(options.userDataDir);
  if (options.forceKiosk) settings.kiosk = true;
  const dataDir = resolveDataDir(options.userDataDir, settings.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const appLog = createAppLog(dataDir);
  const log = (line: string) => {
    appLog.error(line);
    echo(line);
  };
  appLog.info(
    `starting ${options.runtime} runtime, store ${settings.storeId}, mode ${settings.kiosk ? 'kiosk' : settings.mode}`,
  );
  const pkg = JSON.parse(readFileSync(join(options.appRoot, 'package.json'), 'utf8')) as { version: string };
  const catalogDir = options.catalogDir ?? join(options.appRoot, 'assets', 'catalog');
  const catalog = await loadCatalogState(catalogDir);
  if (!catalog.ok) {
    warnings.push(
      `catalog ${catalog.dir} has ${catalog.errors.length} problem(s): ${catalog.errors
        .slice(0, 3)
        .map(problemLine)
        .join('; ')}`,
    );
  }
  if (catalog.ok && !catalog.catalog.stores.some((store) => store.id === settings.storeId)) {
    warnings.push(
      `settings.storeId "${settings.storeId}" is not a store in the catalog; quotes need a store chosen in the app.`,
    );
  }
  const events = createEventHub();
  const artwork = new ArtworkService({
    folder: join(dataDir, 'artwork'),
    registryFile: join(dataDir, 'artwork-picked.json'),
    events,
    dialogs: options.dialogs,
    log: (line) => appLog.info(line),
  });
  await artwork.start();
  const vehicles = new VehicleLibrary({
    dataDir,
    modelsDir: join(catalogDir, '..', 'models'),
    // Loaded on first use: the pipeline pulls in three.js, decoders and the worker, which a start does not need.
    importVehicle:
      options.importVehicle ??
      (async (files, o) => (await import('../vehicles/import-vehicle')).importVehicle(files, o)),
    measureVehicle:
      options.measureVehicle ??
      (async (input) => (await import('../vehicles/import-vehicle')).measureVehicle(input)),
  });
  const swept = await vehicles.open();
  if (swept.staging.length > 0) {
    appLog.warn(`vehicle library: removed ${swept.staging.length} half-written import(s) left by a crash`);
  }
  const stoppers: (() => void | Promise<unknown>)[] = [() => artwork.close()];
  const services: Services = {
    settings,
    catalog,
    log: appLog,
    kioskExit: createKioskExit(settings.kioskExitPinHash, {
      file: join(dataDir, PIN_LOCK_FILE),
      log: (line) => appLog.warn(line),
    }),
    kioskAccess: new KioskAccess(settings.idleSeconds * 1000),
    quitApp: options.quitApp ?? (() => {}),
    today: options.today ?? (() => shopDate()),
    appVersion: pkg.version,
    runtime: options.runtime,
    ...(options.printer ? { printer: options.printer } : {}),
    appRoot: options.appRoot,
    dataDir,
    events,
    artwork,
    vehicles,
    onStop: (stop) => {
      stoppers.push(stop);
    },
  };
  for (const line of warnings) {
    appLog.warn(line);
    echo(line);
  }
  const dispatch = createDispatcher(createGuardedHandlers(services), (message, error) =>
    log(`${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  );
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= Promise.allSettled(stoppers.map((f) => f())).then(() => {});
    return stopped;
  };
  return { services, dispatch, warnings, stop };
}
