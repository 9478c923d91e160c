import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Store settings file name inside the user-data folder. */
export const SETTINGS_FILE = 'settings.json';

/** The store's settings: which store this machine is, which mode it runs in, where data goes. */
export const Settings = z
  .object({
    storeId: z.string().min(1).max(64).default('sh-xuhui-wrap'),
    mode: z.enum(['kiosk', 'sales', 'designer']).default('sales'),
    kiosk: z.boolean().default(false),
    language: z.enum(['zh-CN', 'en']).default('zh-CN'),
    /** Drafts, logs and artwork live here; relative paths are resolved against the user-data folder. */
    dataDir: z.string().min(1).default('data'),
    /** Kiosk idle time before the attract loop, seconds. */
    idleSeconds: z.number().int().min(10).max(3600).default(90),
    /** scrypt hash of the staff exit PIN (`salt:hash`, hex); no exit gesture when absent. */
    kioskExitPinHash: z
      .string()
      .regex(/^[0-9a-f]{32}:[0-9a-f]{64}$/)
      .optional(),
  })
  .strict();

/** Parsed settings with every default filled in. */
export type Settings = z.infer<typeof Settings>;

/** Result of reading the settings file: the settings in force and what went wrong, if anything. */
export interface LoadedSettings {
  settings: Settings;
  /** One line per problem, for the log; empty when the file was fine or absent. */
  warnings: string[];
  /** Where a bad file was moved so nothing the store wrote is lost. */
  setAsidePath?: string;
}

/** Reads `settings.json` from the user-data folder; a bad file is set aside and defaults are used. */
export function loadSettings(userDataDir: string, now: Date = new Date()): LoadedSettings {
  const file = join(userDataDir, SETTINGS_FILE);
  const defaults = Settings.parse({});
  if (!existsSync(file)) return { settings: defaults, warnings: [] };
  let problem: string;
  try {
    const parsed = Settings.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return { settings: parsed.data, warnings: [] };
    problem = parsed.error.issues
      .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
      .join('; ');
  } catch (error) {
    problem = error instanceof SyntaxError ? `not valid JSON (${error.message})` : String(error);
  }
  const setAsidePath = `${file}.invalid-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    renameSync(file, setAsidePath);
  } catch {
    return {
      settings: defaults,
      warnings: [
        `${file}: ${problem}. Using defaults; the file could not be moved aside and was left as is.`,
      ],
    };
  }
  return {
    settings: defaults,
    warnings: [
      `${file}: ${problem}. Using defaults; the file was kept as ${setAsidePath} — fix it and rename it back.`,
    ],
    setAsidePath,
  };
}
