/**
 * 3D scene benchmarks (issue item 8): triangles, draw calls, textures and shader programs of the default car;
 * frames drawn while idle (must be 0); programs compiled while switching through every film (must be 0);
 * steady frame time of the app against a bare three.js page drawing the same car, environment and canvas size
 * in the same Chromium (ratio of adjacent turns, budget ≤ 1.05). Part of `npm run bench`; run alone with `npx tsx test/bench/scene.ts`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildBare, launchChromium, noChromium, printRows, ROOT, serveBare, startApp } from './lib/harness';
import { frameTimeRows, frontView, SETTLED, timedPairs } from './lib/turns';
import type { BenchRow } from './row';

const VIEWPORT = { width: 800, height: 500 };
/** Length of one timed turntable window, and how many app / bare pairs are timed. */
const WINDOW_MS = 3000;
const PAIRS = 12;

const row = (
  name: string,
  value: number,
  unit: string,
  budget: number | string,
  pass: boolean | null,
  note?: string,
) => ({ name: `scene: ${name}`, value, unit, budget, pass, ...(note ? { note } : {}) }) satisfies BenchRow;

async function afterFrame(page: Page, change: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => window.__configuratorScene?.().frames ?? 0);
  await change();
  await page.waitForFunction((n) => (window.__configuratorScene?.().frames ?? 0) > n, before, {
    timeout: 60_000,
  });
}

async function appFigures(
  browser: Browser,
  appUrl: string,
): Promise<{ rows: BenchRow[]; canvas: [number, number] }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(appUrl);
  // Wait for the warm-up after the first frame (hidden variants compiled, other lightings baked).
  await page.waitForSelector('html[data-scene-warm="true"]', { timeout: 300_000 });
  await page.waitForFunction(() => !window.__configuratorSceneControl?.moving(), undefined, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1000);
  const s = await page.evaluate(() => window.__configuratorScene!());
  const rows: BenchRow[] = [
    row('triangles (default car, front ¾)', s.triangles, 'triangles', 150_000, s.triangles <= 150_000),
    row('draw calls', s.calls, 'calls', 60, s.calls <= 60),
    row('textures', s.textures, 'textures', 40, s.textures <= 40),
    row('shader programs', s.programs, 'programs', 30, s.programs <= 30),
  ];
  const idle0 = s.frames;
  await page.waitForTimeout(3000);
  const idle = (await page.evaluate(() => window.__configuratorScene!().frames)) - idle0;
  rows.push(row('frames drawn in 3 s idle', idle, 'frames', '= 0', idle === 0));
  const films = (
    JSON.parse(readFileSync(join(ROOT, 'assets', 'catalog', 'films.json'), 'utf8')) as {
      films: { material: unknown }[];
    }
  ).films;
  const before = s.programs;
  for (const film of films) {
    await afterFrame(page, () =>
      page.evaluate((m) => {
        const look = window.__configuratorSceneControl!.store().look;
        const zones = Object.fromEntries(
          [
            'hood',
            'roof',
            'door-front-left',
            'door-front-right',
            'fender-left',
            'bumper-front',
            'quarter-left',
            'pillars',
          ].map((z) => [z, m]),
        );
        window.__setSceneLook!({ ...look, zones: zones as typeof look.zones });
      }, film.material),
    );
  }
  const after = await page.evaluate(() => window.__configuratorScene!().programs);
  rows.push(
    row(
      `programs compiled switching through ${films.length} films`,
      after - before,
      'programs',
      '= 0',
      after === before,
    ),
  );
  const canvas = await page.evaluate(() => {
    const c = document.querySelector('canvas')!;
    return [c.clientWidth, c.clientHeight] as [number, number];
  });
  return { rows, canvas };
}

/** Scene figures of the default car in the app, and its frame time against bare three.js. */
export async function benchScene(): Promise<BenchRow[]> {
  const probe = await launchChromium();
  if (!probe) return noChromium('scene');
  await probe.close();
  await buildBare();
  const host = await startApp();
  const bare = await serveBare();
  const launch = async () => (await launchChromium())!;
  try {
    const browser = await launch();
    const { rows, canvas } = await appFigures(browser, host.appUrl).finally(() => undefined);
    await browser.close();
    // App and bare page open side by side, each in its own browser, taking turns: adjacent windows see the
    // same machine load, so the ratio of each pair is fair even on a shared, noisy machine.
    const appBrowser = await launch();
    const bareBrowser = await launch();
    try {
      const app = await appBrowser.newPage({ viewport: VIEWPORT });
      await app.goto(host.appUrl);
      await app.waitForSelector('html[data-scene-warm="true"]', { timeout: 300_000 });
      await app.evaluate(`(${SETTLED})(["app"])`);
      const barePage = await bareBrowser.newPage({ viewport: { width: canvas[0], height: canvas[1] } });
      // The bare page draws exactly the app's view (the app frames the car above its HUD).
      await frontView(app);
      const view = await app.evaluate(() => window.__configuratorSceneControl!.view());
      const viewParam = [...view.position, ...view.target].map((v) => v.toFixed(5)).join(',');
      await barePage.goto(`${bare.url}?w=${canvas[0]}&h=${canvas[1]}&dpr=1&still&view=${viewParam}`);
      await barePage.waitForFunction(() => window.__bareReady, undefined, { timeout: 120_000 });
      const { pairs, others } = await timedPairs(
        { page: app, browser: appBrowser },
        { page: barePage, browser: bareBrowser },
        { pairs: PAIRS, windowMs: WINDOW_MS, warmMs: 2000 },
      );
      rows.push(...frameTimeRows('scene', pairs, others, `canvas ${canvas.join('×')}`));
    } finally {
      await appBrowser.close();
      await bareBrowser.close();
    }
    return rows;
  } finally {
    bare.server.close();
    await host.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  printRows(await benchScene());
