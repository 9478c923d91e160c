import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join, parse } from 'node:path';
import { hideMobileNumbers } from '@domain/drafts/customer';
import electronLog from 'electron-log/node';

/** Where the app writes its log and how it rotates: one file, moved to `main.old.log` past 1 MB. */
export const LOG_MAX_BYTES = 1024 * 1024;

/** Longest message kept in one record (longer ones are cut and marked). */
export const LOG_MAX_MESSAGE = 8000;

/** Severity of a log record. */
export type LogLevel = 'info' | 'warn' | 'error';

/**
 * One line of `main.log`: a JSON object. `source` says who wrote the text: `main` (the app's own code) or
 * `page` (a report the page sent with `log:report`; `where` is the page's own label for it).
 */
export interface LogRecord {
  time: string;
  level: LogLevel;
  source: 'main' | 'page';
  message: string;
  where?: string;
}

/** The app's log: one rotating file in the data folder, errors from both processes, no personal data. */
export interface AppLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Records a report from the page as its own record (`source: 'page'`); the text cannot start another. */
  page(level: 'warn' | 'error', message: string, where?: string): void;
  /** Path of the current log file. */
  file: string;
}

/** Masks what could identify a customer (mobile numbers, e-mail addresses) before anything is logged. */
export function scrubPersonalData(text: string): string {
  return hideMobileNumbers(text).replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, '***@***');
}

/**
 * A record as one line of text: JSON, so every control character (newline, carriage return, escape) in a
 * message is escaped; the Unicode line and paragraph separators and NEL, which JSON leaves alone but some
 * viewers break lines on, are escaped too.
 */
export function formatLogRecord(record: LogRecord): string {
  return JSON.stringify(record).replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Reads a log file back as records (one JSON object per line); a line that is not one is an error. */
export function readLogRecords(file: string): LogRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as LogRecord;
      } catch {
        throw new Error(`${file} line ${i + 1} is not a JSON log record: ${line.slice(0, 80)}`);
      }
    });
}

/** What the app hands electron-log for one record (the time and level come from electron-log). */
interface Entry {
  source: LogRecord['source'];
  message: string;
  where?: string;
}

const clip = (text: string) =>
  text.length > LOG_MAX_MESSAGE ? `${text.slice(0, LOG_MAX_MESSAGE)}… (${text.length} characters)` : text;

/**
 * Creates the rotating file log under `<dataDir>/logs/`. electron-log keeps doing the file work (appending,
 * rotating to `main.old.log`); its text format is replaced by one JSON record per line.
 */
export function createAppLog(dataDir: string, options: { logId?: string; maxBytes?: number } = {}): AppLog {
  const dir = join(dataDir, 'logs');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'main.log');
  const logger = electronLog.create({ logId: options.logId ?? `configurator-${dir}` });
  const transport = logger.transports.file;
  transport.resolvePathFn = () => file;
  transport.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  transport.level = 'info';
  transport.transforms = [
    ({ data, message }) => {
      const entry = data[0] as Entry;
      return formatLogRecord({
        time: message.date.toISOString(),
        level: message.level as LogLevel,
        ...entry,
      });
    },
  ];
  // electron-log crops the file in place when it cannot rename it, leaving half a record at the top:
  // start the file afresh instead.
  transport.archiveLogFn = (current) => {
    const path = current.toString();
    const { dir: folder, name, ext } = parse(path);
    try {
      renameSync(path, join(folder, `${name}.old${ext}`));
    } catch {
      current.clear();
    }
  };
  logger.transports.console.level = false;
  const write = (level: LogLevel, source: Entry['source'], message: string, where?: string) => {
    const entry: Entry = { source, message: clip(scrubPersonalData(message)) };
    if (where !== undefined) entry.where = clip(scrubPersonalData(where));
    logger[level](entry);
  };
  return {
    info: (m) => write('info', 'main', m),
    warn: (m) => write('warn', 'main', m),
    error: (m) => write('error', 'main', m),
    page: (level, m, where) => write(level, 'page', m, where),
    file,
  };
}
