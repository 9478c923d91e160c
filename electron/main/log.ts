import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { hideMobileNumbers } from '../domain/drafts/customer';

/** Where the app writes its log and how it rotates: one file, moved to `main.old.log` past 1 MB. */
export const LOG_MAX_BYTES = 1024 * 1024;

/** The app's log: one rotating file in the data folder, errors from both processes, no personal data. */
export interface AppLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Path of the current log file. */
  file: string;
}

/** Masks what could identify a customer (mobile numbers, e-mail addresses) before anything is logged. */
export function scrubPersonalData(text: string): string {
  return hideMobileNumbers(text).replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, '***@***');
}

/** Creates the rotating file log under `<dataDir>/logs/`; `echo` also prints to stderr (the local host). */
export function createAppLog(
  dataDir: string,
  options: { echo?: boolean; logId?: string; maxBytes?: number } = {},
): AppLog {
  const dir = join(dataDir, 'logs');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'main.log');
  const logger = electronLog.create({ logId: options.logId ?? `configurator-${dir}` });
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  logger.transports.file.level = 'info';
  logger.transports.console.level = options.echo ? 'info' : false;
  return {
    info: (m) => logger.info(scrubPersonalData(m)),
    warn: (m) => logger.warn(scrubPersonalData(m)),
    error: (m) => logger.error(scrubPersonalData(m)),
    file,
  };
}
