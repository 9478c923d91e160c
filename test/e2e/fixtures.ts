import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, type Page } from '@playwright/test';
import { type LocalHost, startLocalHost } from '../../electron/host/server';
import { bootstrap } from '../../electron/main/bootstrap';

/** Root of the repository. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A local host on a throwaway user-data folder, serving the built renderer. */
export const test = base.extend<{ host: LocalHost; userDataDir: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'configurator-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ userDataDir }, use) => {
    const { dispatch, services } = await bootstrap({
      userDataDir,
      appRoot: ROOT,
      runtime: 'browser',
      log: () => {},
    });
    const host = await startLocalHost({
      dispatch,
      events: services.events,
      rendererDir: join(ROOT, 'out', 'renderer'),
    });
    await use(host);
    await host.close();
    services.artwork.close();
  },
});

export { expect } from '@playwright/test';

/** Opens the app and waits for the "scene ready" signal (never on sleeps). */
export async function openApp(page: Page, host: LocalHost): Promise<void> {
  await page.goto(host.appUrl);
  await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 90_000 });
}
