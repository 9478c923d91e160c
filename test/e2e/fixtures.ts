import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LocalHost, startLocalHost } from '@host/server';
import { test as base, type Page } from '@playwright/test';
import { bootstrap } from '@services/app/bootstrap';

/** Root of the repository. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Store settings a kiosk test starts with: kiosk mode with the shortest idle time (10 s). */
export const KIOSK_SETTINGS = { kiosk: true, idleSeconds: 10 } as const;

/**
 * A local host on a throwaway user-data folder, serving the built renderer. `settings` is written as the
 * folder's settings.json before the host starts (`test.use({ settings: KIOSK_SETTINGS })` for a kiosk).
 */
export const test = base.extend<{
  host: LocalHost;
  userDataDir: string;
  settings: Record<string, unknown>;
  /** Cars put in the vehicle library (through the library service) before the host starts. */
  libraryCars: { name: string; bytes: Uint8Array }[];
}>({
  settings: [{}, { option: true }],
  libraryCars: [[], { option: true }],
  userDataDir: async ({ settings }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'configurator-e2e-'));
    if (Object.keys(settings).length > 0) writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ userDataDir, libraryCars }, use) => {
    const { dispatch, services, stop } = await bootstrap({
      userDataDir,
      appRoot: ROOT,
      runtime: 'browser',
      log: () => {},
    });
    for (const car of libraryCars)
      await services.vehicles.import([{ name: `${car.name}.glb`, bytes: car.bytes }], { name: car.name }, {});
    const host = await startLocalHost({
      dispatch,
      events: services.events,
      vehicles: services.vehicles,
      rendererDir: join(ROOT, 'out', 'renderer'),
    });
    await use(host);
    await host.close();
    await stop();
  },
});

export { expect } from '@playwright/test';

/**
 * How long a page may take to its first frame: shaders compile on the CPU (SwiftShader), ~10–20 s on a quiet
 * 2-core machine, several times that when other processes share it; a tighter limit fails on load, not on bugs.
 */
export const FIRST_FRAME_MS = 240_000;

/**
 * Opens the app and waits for the "scene ready" signal, then for the warm-up after it (`data-scene-warm`: every
 * variant compiled, the lightings baked, the GPU done). WebGL only queues that work, so the first frame a test
 * asks for after opening would otherwise wait behind it: at load 25 that took over `afterFrame`'s 60 s (the
 * first `goTo` of scene.spec.ts timed out, 2026-12-03), and a test that ended early left it to the next test's
 * page. The time spent opening is added to the test's own limit. Never on sleeps.
 */
export async function openApp(page: Page, host: LocalHost): Promise<void> {
  // Opening has its own limits (FIRST_FRAME_MS per wait); a test's own limit is for what the test does after
  // it: under load the open alone can outlast a 120 s test limit, and the test would fail on the load, not on
  // its check. The limit is lifted while opening, then set to the test's own plus the time opening took.
  const info = base.info();
  const own = info.timeout;
  if (own > 0) info.setTimeout(own + 2 * FIRST_FRAME_MS + 60_000);
  const started = Date.now();
  await page.goto(host.appUrl);
  await page.waitForSelector('html[data-scene-ready="true"]', { timeout: FIRST_FRAME_MS });
  if (!(await page.evaluate(() => typeof window.__configuratorScene === 'function'))) {
    throw new Error(
      'out/ was built without the test hooks (a shipped build): run `npm run build:test` before the end-to-end tests.',
    );
  }
  await page.waitForSelector('html[data-scene-warm="true"]', { timeout: FIRST_FRAME_MS });
  if (own > 0) info.setTimeout(own + (Date.now() - started));
}
