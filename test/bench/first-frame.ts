/**
 * Time to the first frame that shows the car (issue #9), app against the bare three.js page: from navigation
 * start to `<html data-scene-ready>` (both pages set it one animation frame after their first frame with the
 * car), each run in a freshly launched Chromium (cold caches, no shared shader cache), app and bare
 * alternating; the ratio is the median of the per-pair ratios (budget ≤ 1.3). Part of `npm run bench`; run
 * alone with `npx tsx test/bench/first-frame.ts`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
  benchRow,
  buildBare,
  launchChromium,
  median,
  noChromium,
  printRows,
  serveBare,
  startApp,
} from './lib/harness';
import type { BenchRow } from './row';

const VIEWPORT = { width: 800, height: 500 };
const PAIRS = 5;
const BUDGET = 1.3;

declare global {
  interface Window {
    /** performance.now() when `<html data-scene-ready>` went up (set by the benchmark's init script). */
    __firstCarFrameMs?: number;
  }
}

/** Opens `url` in a fresh Chromium; returns ms from navigation start to the first frame with the car. */
async function firstFrame(
  url: string,
  measure?: (page: Page) => Promise<void>,
): Promise<{ ms: number; canvas: [number, number] }> {
  const browser = (await launchChromium())!;
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.dataset.sceneReady) return;
        window.__firstCarFrameMs = performance.now();
        observer.disconnect();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-scene-ready'] });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstCarFrameMs !== undefined, undefined, {
      timeout: 120_000,
    });
    const ms = await page.evaluate(() => window.__firstCarFrameMs!);
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('canvas')!;
      return [c.width, c.height] as [number, number];
    });
    await measure?.(page);
    return { ms, canvas };
  } finally {
    await browser.close();
  }
}

/** First frame with the car: app vs bare three.js, same glb, environment, viewport and canvas size. */
export async function benchFirstFrame(): Promise<BenchRow[]> {
  const probe = await launchChromium();
  if (!probe) return noChromium('first frame');
  await probe.close();
  await buildBare();
  const app = await startApp();
  const bare = await serveBare();
  try {
    // One unmeasured app run finds the canvas size the bare page must match (the panels take the rest).
    const { canvas } = await firstFrame(app.appUrl);
    const bareUrl = `${bare.url}?w=${canvas[0]}&h=${canvas[1]}&dpr=1&still`;
    const appMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < PAIRS; i += 1) {
      // Alternate which one goes first so a drift in machine load hits both alike.
      if (i % 2 === 0) {
        appMs.push((await firstFrame(app.appUrl)).ms);
        bareMs.push((await firstFrame(bareUrl)).ms);
      } else {
        bareMs.push((await firstFrame(bareUrl)).ms);
        appMs.push((await firstFrame(app.appUrl)).ms);
      }
    }
    const ratio = median(appMs.map((a, i) => a / bareMs[i]!));
    const list = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
    return [
      benchRow(
        'first frame',
        'time to first frame with the car, app',
        Math.round(median(appMs)),
        'ms',
        '-',
        null,
        `median of ${PAIRS} cold starts (${list(appMs)}); canvas ${canvas.join('×')}, SwiftShader`,
      ),
      benchRow(
        'first frame',
        'time to first frame with the car, bare three.js',
        Math.round(median(bareMs)),
        'ms',
        '-',
        null,
        `same glb, environment, viewport, canvas (${list(bareMs)})`,
      ),
      benchRow(
        'first frame',
        'first frame ratio app / bare',
        ratio,
        '×',
        BUDGET,
        ratio <= BUDGET,
        `median of ${PAIRS} alternating pairs`,
      ),
    ];
  } finally {
    bare.server.close();
    await app.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  printRows(await benchFirstFrame());
