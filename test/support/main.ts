import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BootstrapOptions, type Bootstrapped, bootstrap } from '@services/app/bootstrap';
import { checkedDispatcher } from './responses';

/** Root of the repository. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The shop date the Node tests price on. */
export const TEST_DATE = '2026-11-22';

/**
 * Main's services and dispatcher as the local host runs them (browser runtime), on a throwaway user-data
 * folder named after the test, pricing on TEST_DATE, logging nowhere. Every successful answer of its dispatcher
 * is parsed against the channel's response schema (a handler answering outside its contract fails the test).
 */
export async function bootMain(name: string, options: Partial<BootstrapOptions> = {}): Promise<Bootstrapped> {
  const boot = await bootstrap({
    userDataDir: mkdtempSync(join(tmpdir(), `${name}-`)),
    appRoot: ROOT,
    runtime: 'browser',
    today: () => TEST_DATE,
    log: () => {},
    ...options,
  });
  return { ...boot, dispatch: checkedDispatcher(boot.dispatch) };
}
