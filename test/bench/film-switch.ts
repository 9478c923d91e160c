/**
 * Film switch latency (issue #9): a real click on a film card in the wrap step, then the frames the stage
 * renders until one whose pixels show the new film (budget ≤ 2 frames). A recorder samples every animation
 * frame: the stage's rendered-frame counter and a 3×3 pixel block on the body (read back with readPixels; the
 * stage keeps its drawing buffer). The frame that shows the film is the first after the click from which the
 * block stays at the film's settled colour. Also reports animation frames (display refreshes) and
 * milliseconds from the click, and when main's `rules:apply` answer arrived (the scene follows the store's
 * configuration; it never waits for the quote). Part of `npm run bench`; run alone with
 * `npx tsx test/bench/film-switch.ts`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { benchRow, launchChromium, median, noChromium, printRows, ROOT, startApp } from './lib/harness';
import type { BenchRow } from './row';

const VIEWPORT = { width: 800, height: 500 };
const BUDGET_FRAMES = 2;
/** Ten films in an order where each differs clearly from the one before (light, dark, colour). */
const SEQUENCE = [
  'gloss-red',
  'gloss-white',
  'metallic-midnight-blue',
  'gloss-yellow',
  'satin-black',
  'pearl-ice-blue',
  'gloss-green',
  'matte-white',
  'shift-purple-green',
  'gloss-orange',
  'brushed-aluminium',
];

interface Film {
  id: string;
  finish: string;
  name: { zh: string; en: string };
}
type Rgb = [number, number, number];
interface Sample {
  t: number;
  frames: number;
  px: Rgb;
}
interface Recording {
  click: Sample | null;
  samples: Sample[];
  applyEnd: number | null;
}

declare global {
  interface Window {
    __filmSwitch?: { stop: () => Recording };
  }
}

/** The Chinese UI wording of one namespace file (`renderer/src/i18n/<name>.json`, both languages side by side). */
const zhOf = (name: string): Record<string, string> =>
  (
    JSON.parse(readFileSync(join(ROOT, `renderer/src/i18n/${name}.json`), 'utf8')) as Record<
      string,
      Record<string, string>
    >
  )['zh-CN']!;
const zh = { steps: zhOf('steps'), finish: zhOf('finish') };
const films = (JSON.parse(readFileSync(join(ROOT, 'assets/catalog/films.json'), 'utf8')) as { films: Film[] })
  .films;

const distance = (a: Rgb, b: Rgb) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);

/** Waits until the stage has stopped drawing (no new frame for 400 ms) and the quote is on screen. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('.price-bar[data-quote-state="ready"]', { timeout: 60_000 });
  let last = -1;
  for (;;) {
    const frames = await page.evaluate(() => window.__configuratorScene?.().frames ?? 0);
    const moving = await page.evaluate(() => window.__configuratorSceneControl?.moving() ?? false);
    if (frames === last && !moving) return;
    last = frames;
    await page.waitForTimeout(400);
  }
}

/** Taps a film card (showing its finish first) and waits until the film is chosen and drawn. */
async function pickFilm(page: Page, film: Film): Promise<void> {
  await showFinish(page, film.finish);
  await filmCard(page, film).click();
  await page.waitForFunction(
    (id) => window.__configuratorState?.().configuration?.wrap?.film === id,
    film.id,
  );
  await settled(page);
}

function filmCard(page: Page, film: Film) {
  return page.getByRole('button', { name: film.name.zh, exact: true });
}

async function showFinish(page: Page, finish: string): Promise<void> {
  const chip = page.locator('.finish-chips').getByRole('button', { name: zh.finish[finish]!, exact: true });
  if ((await chip.getAttribute('aria-pressed')) !== 'true') await chip.click();
}

/** The canvas pixels (drawing-buffer size, top row first). */
async function canvasPixels(page: Page): Promise<{ width: number; height: number; data: number[] }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    return {
      width: copy.width,
      height: copy.height,
      data: Array.from(ctx.getImageData(0, 0, copy.width, copy.height).data),
    };
  });
}

/** A body pixel: the one whose whole 9×9 neighbourhood changes most between a white and a black wrap. */
function bodyPixel(
  white: { width: number; height: number; data: number[] },
  black: { data: number[] },
): [number, number] {
  const { width, height } = white;
  const diff = new Float32Array(width * height);
  for (let i = 0; i < width * height; i += 1) {
    const o = i * 4;
    diff[i] =
      Math.abs(white.data[o]! - black.data[o]!) +
      Math.abs(white.data[o + 1]! - black.data[o + 1]!) +
      Math.abs(white.data[o + 2]! - black.data[o + 2]!);
  }
  let best: [number, number] = [0, 0];
  let bestValue = -1;
  for (let y = 4; y < height - 4; y += 2) {
    for (let x = 4; x < width - 4; x += 2) {
      let low = Number.POSITIVE_INFINITY;
      for (let dy = -4; dy <= 4 && low > bestValue; dy += 1)
        for (let dx = -4; dx <= 4; dx += 1) low = Math.min(low, diff[(y + dy) * width + x + dx]!);
      if (low > bestValue) {
        bestValue = low;
        best = [x, y];
      }
    }
  }
  return best;
}

/**
 * The in-page recorder, as source text: tsx names nested functions with a helper that does not exist in the
 * page, so a function passed to `page.evaluate` must not contain any.
 */
const RECORDER = `([x, y]) => {
  const canvas = document.querySelector('canvas');
  const gl = canvas.getContext('webgl2');
  const buffer = new Uint8Array(9 * 4);
  const read = () => {
    if (gl.getParameter(gl.FRAMEBUFFER_BINDING) !== null) throw new Error('a render target is bound');
    gl.readPixels(x - 1, canvas.height - 1 - y - 1, 3, 3, gl.RGBA, gl.UNSIGNED_BYTE, buffer);
    const px = [0, 0, 0];
    for (let i = 0; i < 9; i += 1) for (let c = 0; c < 3; c += 1) px[c] += buffer[i * 4 + c] / 9;
    return px;
  };
  const frames = () => window.__configuratorScene().frames;
  const rec = { click: null, samples: [], applyEnd: null };
  let on = true;
  const onClick = () => {
    rec.click ??= { t: performance.now(), frames: frames(), px: read() };
  };
  document.addEventListener('click', onClick, { capture: true });
  const tick = () => {
    if (!on) return;
    rec.samples.push({ t: performance.now(), frames: frames(), px: read() });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__filmSwitch = {
    stop: () => {
      on = false;
      document.removeEventListener('click', onClick, { capture: true });
      const apply = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes('rules%3Aapply') && rec.click && e.startTime >= rec.click.t);
      rec.applyEnd = apply ? apply.responseEnd : null;
      return rec;
    },
  };
}`;

/** Starts sampling every animation frame: frame counter and the 3×3 block at (x, y); records the click. */
async function arm(page: Page, at: [number, number]): Promise<void> {
  await page.evaluate(`(${RECORDER})(${JSON.stringify(at)})`);
}

interface Switch {
  film: string;
  frames: number;
  ticks: number;
  ms: number;
  applyMs: number | null;
}

function analyse(film: string, rec: Recording): Switch | null {
  if (!rec.click) throw new Error(`no click recorded for ${film}`);
  const after = rec.samples.filter((s) => s.t >= rec.click!.t);
  const final = after.at(-1)?.px;
  if (!final || distance(final, rec.click.px) < 40) return null;
  const tolerance = Math.max(9, distance(final, rec.click.px) * 0.1);
  let first = after.length - 1;
  while (first > 0 && distance(after[first - 1]!.px, final) <= tolerance) first -= 1;
  const shown = after[first]!;
  return {
    film,
    frames: shown.frames - rec.click.frames,
    ticks: first + 1,
    ms: shown.t - rec.click.t,
    applyMs: rec.applyEnd === null ? null : rec.applyEnd - rec.click.t,
  };
}

/** Click-to-frame figures over a sequence of film cards. */
export async function benchFilmSwitch(): Promise<BenchRow[]> {
  const browser = await launchChromium();
  if (!browser) return noChromium('film switch');
  const app = await startApp();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    // SwiftShader compiles on the CPU: right after the first frame the stage compiles hidden variants.
    page.setDefaultTimeout(180_000);
    await page.goto(app.appUrl);
    await page.waitForSelector('html[data-scene-ready="true"]');
    await settled(page);
    await page.getByRole('tab', { name: zh.steps.wrap!, exact: true }).click();
    const byId = new Map(films.map((f) => [f.id, f]));
    await pickFilm(page, byId.get('gloss-white')!);
    const white = await canvasPixels(page);
    await pickFilm(page, byId.get('gloss-black')!);
    const at = bodyPixel(white, await canvasPixels(page));
    const switches: Switch[] = [];
    const skipped: string[] = [];
    for (const id of SEQUENCE) {
      const film = byId.get(id)!;
      await showFinish(page, film.finish);
      await settled(page);
      await arm(page, at);
      await filmCard(page, film).click();
      await page.waitForFunction((f) => window.__configuratorState?.().configuration?.wrap?.film === f, id);
      await settled(page);
      const result = analyse(id, await page.evaluate(() => window.__filmSwitch!.stop()));
      if (result) switches.push(result);
      else skipped.push(id);
    }
    if (switches.length === 0) throw new Error('no film switch changed the sampled body pixel');
    const frames = switches.map((s) => s.frames);
    const worst = Math.max(...frames);
    const applyMs = switches.flatMap((s) => (s.applyMs === null ? [] : [s.applyMs]));
    const note = `${switches.length} films, pixel (${at.join(', ')})${skipped.length ? `, skipped ${skipped.join(' ')}` : ''}`;
    return [
      benchRow(
        'film switch',
        'click to the frame that shows it, median',
        median(frames),
        'frames',
        BUDGET_FRAMES,
        median(frames) <= BUDGET_FRAMES,
        `rendered frames; ${note}; per film ${frames.join(' ')}`,
      ),
      benchRow(
        'film switch',
        'click to the frame that shows it, worst',
        worst,
        'frames',
        BUDGET_FRAMES,
        worst <= BUDGET_FRAMES,
      ),
      benchRow(
        'film switch',
        'click to the frame that shows it, display refreshes (median)',
        median(switches.map((s) => s.ticks)),
        'rAF',
        '-',
        null,
        `animation frames incl. the one drawn; worst ${Math.max(...switches.map((s) => s.ticks))}`,
      ),
      benchRow(
        'film switch',
        'click to the frame that shows it, time (median)',
        Math.round(median(switches.map((s) => s.ms))),
        'ms',
        '-',
        null,
        `worst ${Math.round(Math.max(...switches.map((s) => s.ms)))} ms; main's rules:apply answer after ${applyMs.length ? Math.round(median(applyMs)) : '?'} ms (median); the quote is not waited for`,
      ),
    ];
  } finally {
    await browser.close();
    await app.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  printRows(await benchFilmSwitch());
