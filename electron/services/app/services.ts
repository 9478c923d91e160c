import type { AppInfo } from '@contract/contract';
import type { EventHub } from '../artwork/events';
import type { ArtworkService } from '../artwork/service';
import type { CatalogState } from '../catalog/catalog-service';
import type { PdfPrinter } from '../drafts/drafts-service';
import type { VehicleLibrary } from '../vehicles/library/library';
import type { KioskExit } from './kiosk';
import type { KioskAccess } from './kiosk-access';
import type { AppLog } from './log';
import type { Settings } from './settings';

/** Everything the handlers need, built once per process by Electron main or the local host. */
export interface Services {
  settings: Settings;
  appVersion: string;
  runtime: AppInfo['runtime'];
  /** Loads the runtime's own PDF printer (the Electron shell passes its hidden-window printer); none: system Chromium. */
  printer?: () => Promise<PdfPrinter>;
  /** Root folder holding assets/ (catalog, models). */
  appRoot: string;
  /** Data folder for drafts, logs and artwork. */
  dataDir: string;
  /** The catalog main prices with, or why it failed to load. */
  catalog: CatalogState;
  /** The rotating log file (no personal data). */
  log: AppLog;
  /** Staff exit of the kiosk (PIN with lockout). */
  kioskExit: KioskExit;
  /** Kiosk staff sessions and the drafts each screen's customer saved (who may see customer data). */
  kioskAccess: KioskAccess;
  /** Quits the app (Electron) or stops the local host and its browser. */
  quitApp: () => void;
  /** Pricing date (YYYY-MM-DD, China time); injectable for tests. */
  today: () => string;
  /** Events pushed to the page (artwork live reload). */
  events: EventHub;
  /** Designer artwork: folder, picked files, watcher. */
  artwork: ArtworkService;
  /** The vehicle library: the launch EV and the imported customer cars (`<data folder>/vehicles`). */
  vehicles: VehicleLibrary;
}
