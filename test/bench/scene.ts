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

type Counter = 'app' | 'bare';

/**
 * In the page: over `ms`, the mean time between the frames the page draws (first to last frame seen, so the
 * window's edges do not round the figure). Written as a string so the bundler adds nothing to it.
 */
const SAMPLE = `([counter, ms]) => new Promise((resolve) => {
  const read = () => counter === 'app' ? (window.__configuratorScene?.().frames ?? 0) : window.__bareFrames;
  const stamps = [];
  let seen = read();
  const end = performance.now() + ms;
  const tick = () => {
    const n = read();
    if (n !== seen) { seen = n; stamps.push(performance.now()); }
    if (performance.now() < end) requestAnimationFrame(tick);
    else resolve(stamps.length > 2 ? (stamps[stamps.length - 1] - stamps[0]) / (stamps.length - 1) : null);
  };
  requestAnimationFrame(tick);
})`;

/** In the page: resolves once the frame counter has not moved for 500 ms. */
const SETTLED = `([counter]) => new Promise((resolve) => {
  const read = () => counter === 'app' ? (window.__configuratorScene?.().frames ?? 0) : window.__bareFrames;
  let seen = read();
  let since = performance.now();
  const check = () => {
    const n = read();
    if (n !== seen) { seen = n; since = performance.now(); }
    if (performance.now() - since > 500) resolve(true); else setTimeout(check, 50);
  };
  check();
})`;

/** Puts the app's camera back on the front ¾ preset at once and waits for the frame that shows it. */
async function frontView(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__configuratorScene?.().frames ?? 0);
  await page.evaluate(() => window.__configuratorSceneControl!.store().goToPreset('front34', true));
  await page.waitForFunction(
    (n) => (window.__configuratorScene?.().frames ?? 0) > n && !window.__configuratorSceneControl!.moving(),
    before,
    { timeout: 60_000, polling: 50 },
  );
}

/** Starts or stops a page's turntable; each turn starts from the front ¾ view on both pages. */
async function spin(page: Page, counter: Counter, on: boolean): Promise<void> {
  if (counter === 'bare') return page.evaluate((v) => window.__bareSpin(v), on);
  if (on) await frontView(page);
  await page.evaluate((v) => window.__configuratorSceneControl!.store().setTurntable(v), on);
}

/** What one turn measured: mean wall time between drawn frames, and the browser's CPU time per frame. */
interface Turn {
  ms: number;
  cpuMs: number;
}

/** CPU seconds used so far by all of a browser's processes (CDP SystemInfo.getProcessInfo). */
async function cpuReader(browser: Browser): Promise<() => Promise<number>> {
  const cdp = await browser.newBrowserCDPSession();
  return async () => {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { cpuTime: number }[];
    };
    return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
  };
}

/**
 * One turn of turntable frames on one page (the other stands still): the wall time between frames over `ms`
 * (after one frame to get going), and the CPU time of every frame drawn from start to stop (both reads taken
 * while the page stands still, so the count of frames between them is exact).
 */
async function spinWindow(
  page: Page,
  counter: Counter,
  ms: number,
  cpu: () => Promise<number>,
): Promise<Turn> {
  const read = () =>
    page.evaluate(
      (c) => (c === 'app' ? (window.__configuratorScene?.().frames ?? 0) : window.__bareFrames),
      counter,
    );
  const start = await read();
  const cpu0 = await cpu();
  await spin(page, counter, true);
  await page.waitForFunction(
    ([c, n]) => (c === 'app' ? (window.__configuratorScene?.().frames ?? 0) : window.__bareFrames) > n,
    [counter, start] as const,
    { timeout: 60_000, polling: 50 },
  );
  const wall = (await page.evaluate(`(${SAMPLE})(${JSON.stringify([counter, ms])})`)) as number | null;
  await spin(page, counter, false);
  await page.evaluate(`(${SETTLED})(${JSON.stringify([counter])})`);
  const cpu1 = await cpu();
  const frames = (await read()) - start;
  if (wall === null) throw new Error(`${counter}: fewer than three frames in ${ms} ms`);
  return { ms: wall, cpuMs: ((cpu1 - cpu0) * 1000) / frames };
}

/** Share of the machine's CPU that other processes may take during the timed turns before wall times are noise. */
const BUSY_SHARE = 0.15;

/** CPU seconds the whole machine spent busy and in all, from /proc/stat (null where there is none). */
function machineCpu(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    // idle and iowait are free time; steal (the host running other machines) counts as taken.
    const free = fields[3]! + fields[4]!;
    return { busy: (total - free) / 100, total: total / 100 };
  } catch {
    return null;
  }
}

/** Share of all CPU time that processes other than the two benchmark browsers used between two readings. */
function othersShare(
  before: ReturnType<typeof machineCpu>,
  after: ReturnType<typeof machineCpu>,
  oursSeconds: number,
): number | null {
  if (!before || !after || after.total <= before.total) return null;
  return Math.max(0, after.busy - before.busy - oursSeconds) / (after.total - before.total);
}

const median = (v: number[]) => {
  const s = [...v].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

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
      const appCpu = await cpuReader(appBrowser);
      const bareCpu = await cpuReader(bareBrowser);
      const appTurn = (ms: number) => spinWindow(app, 'app', ms, appCpu);
      const bareTurn = (ms: number) => spinWindow(barePage, 'bare', ms, bareCpu);
      // One untimed turn each: programs linked, caches warm.
      await appTurn(2000);
      await bareTurn(2000);
      const machine0 = machineCpu();
      const ours0 = (await appCpu()) + (await bareCpu());
      const pairs: { app: Turn; bare: Turn }[] = [];
      for (let pair = 0; pair < PAIRS; pair += 1) {
        // Alternate who goes first, so a load that rises or falls steadily favours neither.
        if (pair % 2 === 0) {
          const a = await appTurn(WINDOW_MS);
          pairs.push({ app: a, bare: await bareTurn(WINDOW_MS) });
        } else {
          const b = await bareTurn(WINDOW_MS);
          pairs.push({ app: await appTurn(WINDOW_MS), bare: b });
        }
      }
      const others = othersShare(machine0, machineCpu(), (await appCpu()) + (await bareCpu()) - ours0);
      const ratios = pairs.map((p) => p.app.ms / p.bare.ms);
      const cpuRatios = pairs.map((p) => p.app.cpuMs / p.bare.cpuMs);
      const ratio = median(ratios);
      const cpuRatio = median(cpuRatios);
      const list = (v: number[]) => v.map((r) => r.toFixed(2)).join(' ');
      const busy = others !== null && others > BUSY_SHARE;
      const othersNote =
        others === null
          ? ''
          : `; other processes used ${(others * 100).toFixed(0)} % of the CPU meanwhile${busy ? ' (busy machine: wall times are noise, read the CPU row)' : ''}`;
      rows.push(
        row(
          'steady frame time, app',
          median(pairs.map((p) => p.app.ms)),
          'ms',
          '-',
          null,
          `canvas ${canvas.join('×')}, median of ${PAIRS}; CPU ${median(pairs.map((p) => p.app.cpuMs)).toFixed(0)} ms/frame`,
        ),
        row(
          'steady frame time, bare three.js',
          median(pairs.map((p) => p.bare.ms)),
          'ms',
          '-',
          null,
          `same glb, environment, canvas; CPU ${median(pairs.map((p) => p.bare.cpuMs)).toFixed(0)} ms/frame`,
        ),
        row(
          'frame time ratio app / bare',
          ratio,
          '×',
          1.05,
          ratio <= 1.05,
          `median of ${PAIRS} adjacent pairs: ${list(ratios)}${othersNote}`,
        ),
        row(
          'CPU time per frame ratio app / bare',
          cpuRatio,
          '×',
          '-',
          null,
          `SwiftShader draws on the CPU: all browser processes' CPU time per frame, little moved by other load; pairs ${list(cpuRatios)}`,
        ),
      );
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
