/**
 * 3D scene benchmarks (issue item 8): triangles, draw calls, textures and shader programs of the default car;
 * frames drawn while idle (must be 0); programs compiled while switching through every film (must be 0);
 * steady frame time of the app against a bare three.js page drawing the same car, environment and canvas size
 * in the same Chromium (ratio, budget ≤ 1.05). Part of `npm run bench`; run alone with `npx tsx test/bench/scene.ts`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildBare, launchChromium, noChromium, printRows, ROOT, serveBare, startApp } from './lib/harness';
import type { BenchRow } from './row';

const VIEWPORT = { width: 800, height: 500 };
const WINDOW_MS = 5000;

const row = (
  name: string,
  value: number,
  unit: string,
  budget: number | string,
  pass: boolean | null,
  note?: string,
) => ({ name: `scene: ${name}`, value, unit, budget, pass, ...(note ? { note } : {}) }) satisfies BenchRow;

async function framesOver(page: Page, counter: string, ms: number): Promise<number> {
  const read = () =>
    page.evaluate(
      (c) => (c === 'app' ? (window.__configuratorScene?.().frames ?? 0) : window.__bareFrames),
      counter,
    );
  const a = await read();
  const t0 = Date.now();
  await page.waitForTimeout(ms);
  const b = await read();
  return (Date.now() - t0) / Math.max(1, b - a);
}

/**
 * Frame time once it is steady: windows of 2 s until two in a row agree within 10 % (at most ~40 s), so
 * work still finishing after the warm-up signal (SwiftShader links programs lazily) is not measured.
 */
async function steadyFrameTime(page: Page, counter: string, ms: number): Promise<number> {
  let previous = await framesOver(page, counter, 2000);
  for (let i = 0; i < 20; i += 1) {
    const next = await framesOver(page, counter, 2000);
    if (Math.abs(next - previous) <= 0.1 * previous) break;
    previous = next;
  }
  return framesOver(page, counter, ms);
}

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
  /** One browser, one page per measurement, so no tab is throttled in the background. */
  const timeApp = async (): Promise<number> => {
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(host.appUrl);
      // Wait for the warm-up after the first frame (hidden variants compiled, other lightings baked).
      await page.waitForSelector('html[data-scene-warm="true"]', { timeout: 300_000 });
      await page.evaluate(() => window.__configuratorSceneControl!.store().setTurntable(true));
      return await steadyFrameTime(page, 'app', WINDOW_MS);
    } finally {
      await browser.close();
    }
  };
  const timeBare = async (canvas: [number, number]): Promise<number> => {
    const browser = await launch();
    try {
      const page = await browser.newPage({ viewport: { width: canvas[0], height: canvas[1] } });
      await page.goto(`${bare.url}?w=${canvas[0]}&h=${canvas[1]}&dpr=1`);
      await page.waitForFunction(() => window.__bareReady, undefined, { timeout: 120_000 });
      return await steadyFrameTime(page, 'bare', WINDOW_MS);
    } finally {
      await browser.close();
    }
  };
  try {
    const browser = await launch();
    const { rows, canvas } = await appFigures(browser, host.appUrl).finally(() => undefined);
    await browser.close();
    const appMs: number[] = [];
    const bareMs: number[] = [];
    for (let round = 0; round < 2; round += 1) {
      bareMs.push(await timeBare(canvas));
      appMs.push(await timeApp());
    }
    const a = Math.min(...appMs);
    const b = Math.min(...bareMs);
    rows.push(
      row('steady frame time, app', a, 'ms', '-', null, `canvas ${canvas.join('×')}, SwiftShader, best of 2`),
    );
    rows.push(
      row('steady frame time, bare three.js', b, 'ms', '-', null, 'same glb, environment, canvas; best of 2'),
    );
    rows.push(row('frame time ratio app / bare', a / b, '×', 1.05, a / b <= 1.05));
    return rows;
  } finally {
    bare.server.close();
    await host.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  printRows(await benchScene());
