/**
 * Frame-time turns shared by the scene benchmarks: the app and the bare three.js page spin their turntables in
 * turns (one page at a time, each from the same view), timed by the wall clock and by the browsers' CPU time,
 * with the share of the machine other processes took meanwhile.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { BenchRow } from '../row';
import { benchRow, median } from './harness';

/** Which page's frame counter to read. */
export type Counter = 'app' | 'bare';

/**
 * In the page: over `ms`, the mean time between the frames the page draws (first to last frame seen, so the
 * window's edges do not round the figure). Written as a string so the bundler adds nothing to it.
 */
export const SAMPLE = `([counter, ms]) => new Promise((resolve) => {
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
export const SETTLED = `([counter]) => new Promise((resolve) => {
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
export async function frontView(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__configuratorScene?.().frames ?? 0);
  await page.evaluate(() => window.__configuratorSceneControl!.store().goToPreset('front34', true));
  await page.waitForFunction(
    (n) => (window.__configuratorScene?.().frames ?? 0) > n && !window.__configuratorSceneControl!.moving(),
    before,
    { timeout: 60_000, polling: 50 },
  );
}

/** Starts or stops a page's turntable; each turn starts from the front ¾ view on both pages. */
export async function spin(page: Page, counter: Counter, on: boolean): Promise<void> {
  if (counter === 'bare') return page.evaluate((v) => window.__bareSpin(v), on);
  if (on) await frontView(page);
  await page.evaluate((v) => window.__configuratorSceneControl!.store().setTurntable(v), on);
}

/** What one turn measured: mean wall time between drawn frames, and the browser's CPU time per frame. */
export interface Turn {
  ms: number;
  cpuMs: number;
}

/** CPU seconds used so far by all of a browser's processes (CDP SystemInfo.getProcessInfo). */
export async function cpuReader(browser: Browser): Promise<() => Promise<number>> {
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
export async function spinWindow(
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
export const BUSY_SHARE = 0.15;

/** CPU seconds the whole machine spent busy and in all, from /proc/stat (null where there is none). */
export function machineCpu(): { busy: number; total: number } | null {
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
export function othersShare(
  before: ReturnType<typeof machineCpu>,
  after: ReturnType<typeof machineCpu>,
  oursSeconds: number,
): number | null {
  if (!before || !after || after.total <= before.total) return null;
  return Math.max(0, after.busy - before.busy - oursSeconds) / (after.total - before.total);
}

/** Timed app / bare pairs of turns, alternating who goes first, after one untimed turn each. */
export async function timedPairs(
  app: { page: Page; browser: Browser },
  bare: { page: Page; browser: Browser },
  options: { pairs: number; windowMs: number; warmMs: number },
): Promise<{ pairs: { app: Turn; bare: Turn }[]; others: number | null }> {
  const appCpu = await cpuReader(app.browser);
  const bareCpu = await cpuReader(bare.browser);
  const appTurn = (ms: number) => spinWindow(app.page, 'app', ms, appCpu);
  const bareTurn = (ms: number) => spinWindow(bare.page, 'bare', ms, bareCpu);
  // One untimed turn each: programs linked, caches warm.
  await appTurn(options.warmMs);
  await bareTurn(options.warmMs);
  const machine0 = machineCpu();
  const ours0 = (await appCpu()) + (await bareCpu());
  const pairs: { app: Turn; bare: Turn }[] = [];
  for (let pair = 0; pair < options.pairs; pair += 1) {
    // Alternate who goes first, so a load that rises or falls steadily favours neither.
    if (pair % 2 === 0) {
      const a = await appTurn(options.windowMs);
      pairs.push({ app: a, bare: await bareTurn(options.windowMs) });
    } else {
      const b = await bareTurn(options.windowMs);
      pairs.push({ app: await appTurn(options.windowMs), bare: b });
    }
  }
  const others = othersShare(machine0, machineCpu(), (await appCpu()) + (await bareCpu()) - ours0);
  return { pairs, others };
}

/** The note on a ratio row: how busy the rest of the machine was while the pairs were timed. */
export function othersNote(others: number | null): string {
  if (others === null) return '';
  const busy = others > BUSY_SHARE;
  return `; other processes used ${(others * 100).toFixed(0)} % of the CPU meanwhile${busy ? ' (busy machine: wall times are noise, read the CPU row)' : ''}`;
}

/** Frame-time ratio budget of the app against the bare page (issue #8, #16). */
export const FRAME_RATIO_BUDGET = 1.05;

/** The four frame-time rows of a group: app, bare, the wall-time ratio (budgeted) and the CPU-time ratio. */
export function frameTimeRows(
  group: string,
  pairs: readonly { app: Turn; bare: Turn }[],
  others: number | null,
  setting: string,
): BenchRow[] {
  const ratios = pairs.map((p) => p.app.ms / p.bare.ms);
  const cpuRatios = pairs.map((p) => p.app.cpuMs / p.bare.cpuMs);
  const ratio = median(ratios);
  const list = (v: number[]) => v.map((r) => r.toFixed(2)).join(' ');
  return [
    benchRow(
      group,
      'steady frame time, app',
      median(pairs.map((p) => p.app.ms)),
      'ms',
      '-',
      null,
      `${setting}, median of ${pairs.length}; CPU ${median(pairs.map((p) => p.app.cpuMs)).toFixed(0)} ms/frame`,
    ),
    benchRow(
      group,
      'steady frame time, bare three.js',
      median(pairs.map((p) => p.bare.ms)),
      'ms',
      '-',
      null,
      `same glb, environment, canvas; CPU ${median(pairs.map((p) => p.bare.cpuMs)).toFixed(0)} ms/frame`,
    ),
    benchRow(
      group,
      'frame time ratio app / bare',
      ratio,
      '×',
      FRAME_RATIO_BUDGET,
      ratio <= FRAME_RATIO_BUDGET,
      `median of ${pairs.length} adjacent pairs: ${list(ratios)}${othersNote(others)}`,
    ),
    benchRow(
      group,
      'CPU time per frame ratio app / bare',
      median(cpuRatios),
      '×',
      '-',
      null,
      `SwiftShader draws on the CPU: all browser processes' CPU time per frame, little moved by other load; pairs ${list(cpuRatios)}`,
    ),
  ];
}
