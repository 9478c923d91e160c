import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BootstrapOptions, type Bootstrapped, bootstrap } from '@services/app/bootstrap';

/** Root of the repository. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The shop date the Node tests price on. */
export const TEST_DATE = '2026-11-22';

/**
 * Main's services and dispatcher as the local host runs them (browser runtime), on a throwaway user-data
 * folder named after the test, pricing on TEST_DATE, logging nowhere.
 */
export function bootMain(name: string, options: Partial<BootstrapOptions> = {}): Promise<Bootstrapped> {
  return bootstrap({
    userDataDir: mkdtempSync(join(tmpdir(), `${name}-`)),
    appRoot: ROOT,
    runtime: 'browser',
    today: () => TEST_DATE,
    log: () => {},
    ...options,
  });
}
