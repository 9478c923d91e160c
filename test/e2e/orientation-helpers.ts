/** Reading which way up artwork lands on the car: the test image, its sample points, pixel reads and the fit. */

import { eachTextPixel } from '@domain/artwork/font';
import type { CarDirection } from '@domain/artwork/orientation';
import type { Page } from '@playwright/test';
import type { ImagePointOnScreen, ImageTarget } from '@renderer/scene/artwork/image-probe';
import { encodePng } from '@services/artwork/png';
import { canvasReader } from './canvas-reader';
import type { Rgb } from './designer-helpers';

/** Corner colours of the test image: top left, top right, bottom left, bottom right (hues 0°, 130°, 225°, 50°). */
export const CORNERS: Record<'tl' | 'tr' | 'bl' | 'br', Rgb> = {
  tl: [225, 25, 25],
  tr: [30, 185, 60],
  bl: [30, 80, 225],
  br: [240, 200, 0],
};
type Corner = keyof typeof CORNERS;

/**
 * The asymmetric test image: four coloured quadrants, a black block in the very top-left corner and "ABC 123"
 * in black on a white band across the middle (for the eye; the test reads the quadrant colours).
 */
export function orientationPng(width = 600, height = 400): Buffer {
  const data = new Uint8Array(width * height * 4);
  const set = (x: number, y: number, c: Rgb) => data.set([c[0], c[1], c[2], 255], (y * width + x) * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const corner = `${y < height / 2 ? 't' : 'b'}${x < width / 2 ? 'l' : 'r'}` as Corner;
      const band = y > height * 0.4 && y < height * 0.6;
      const mark = x < width * 0.07 && y < height * 0.1;
      set(x, y, mark ? [0, 0, 0] : band ? [255, 255, 255] : CORNERS[corner]);
    }
  const text = 'ABC 123';
  const scale = Math.floor((height * 0.14) / 7);
  const x0 = Math.round((width - eachTextPixel(text, () => undefined) * scale) / 2);
  const y0 = Math.round(height / 2 - 3.5 * scale);
  eachTextPixel(text, (x, y) => {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) set(x0 + x * scale + dx, y0 + y * scale + dy, [0, 0, 0]);
  });
  return Buffer.from(encodePng({ width, height, data }));
}

/** Image points read on the car (fractions, x right and y down from the top left), clear of the band and mark. */
export const SAMPLES: [number, number][] = [0.1, 0.22, 0.34, 0.66, 0.78, 0.9].flatMap((x) =>
  [0.13, 0.24, 0.34, 0.66, 0.76, 0.87].map((y): [number, number] => [x, y]),
);

const cornerOf = ([x, y]: [number, number]): Corner =>
  `${y < 0.5 ? 't' : 'b'}${x < 0.5 ? 'l' : 'r'}` as Corner;

function hue([r, g, b]: Rgb): number {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (max < 50 || d / max < 0.35) return -1;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

/** Which corner colour a pixel shows (nearest hue within 30°), or null for grey, white, dark or unclear. */
export function classify(c: Rgb): Corner | null {
  const h = hue(c);
  if (h < 0) return null;
  let best: Corner | null = null;
  let gap = 30;
  for (const [k, rgb] of Object.entries(CORNERS) as [Corner, Rgb][]) {
    const d = Math.abs(h - hue(rgb));
    const dh = Math.min(d, 360 - d);
    if (dh <= gap) [best, gap] = [k, dh];
  }
  return best;
}

/** The probe's answer for each sample of each target. */
export function probe(page: Page, targets: ImageTarget[]): Promise<(ImagePointOnScreen | null)[][]> {
  return page.evaluate(
    ({ targets, samples }) =>
      targets.map((t) => window.__imageOnScreen?.(t, samples) ?? samples.map(() => null)),
    { targets, samples: SAMPLES },
  );
}

/** Mean colour of the 3 × 3 canvas pixels at each point (CSS px from the canvas's top left), read in the page. */
export async function colours(page: Page, points: [number, number][]): Promise<Rgb[]> {
  await canvasReader(page);
  return page.evaluate((pts) => {
    const { data, width, height, scale } = window.__readCanvas!();
    return pts.map(([x, y]) => {
      const cx = Math.round(x * scale);
      const cy = Math.round(y * scale);
      const sum = [0, 0, 0];
      let n = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const px = Math.min(width - 1, Math.max(0, cx + dx));
          const py = Math.min(height - 1, Math.max(0, cy + dy));
          const i = (py * width + px) * 4;
          for (let k = 0; k < 3; k++) sum[k]! += data[i + k]!;
          n++;
        }
      return sum.map((s) => Math.round(s / n)) as [number, number, number];
    });
  }, points);
}

/** What one target showed at one view. */
export interface Reading {
  seen: number;
  right: number;
  wrong: number;
  /** Determinant of image → screen (both y down): positive = unmirrored. */
  det: number;
  /** Image's top and x axes on screen (px per unit image fraction). */
  top: [number, number];
  x: [number, number];
  /** Screen directions of the car's axes, averaged over the seen points. */
  axes: Record<CarDirection, [number, number]>;
}

/** Reads a target's samples: which show their own corner colour, and the image's axes on screen (least squares). */
export function read(points: (ImagePointOnScreen | null)[], rgb: (Rgb | undefined)[]): Reading {
  let seen = 0;
  let right = 0;
  let wrong = 0;
  const fs: [number, number][] = [];
  const ss: [number, number][] = [];
  const sum = { up: [0, 0], rear: [0, 0], left: [0, 0] };
  points.forEach((p, i) => {
    if (!p?.seen) return;
    seen++;
    const c = rgb[i] ? classify(rgb[i]!) : null;
    if (c === cornerOf(SAMPLES[i]!)) right++;
    else if (c) wrong++;
    fs.push(SAMPLES[i]!);
    ss.push([p.x, p.y]);
    for (const k of ['up', 'rear', 'left'] as const) {
      sum[k][0]! += p[k][0];
      sum[k][1]! += p[k][1];
    }
  });
  const n = Math.max(1, seen);
  const mean = (v: number[]): [number, number] => [v[0]! / n, v[1]! / n];
  const [up, rear, left] = [mean(sum.up), mean(sum.rear), mean(sum.left)];
  const neg = (v: [number, number]): [number, number] => [-v[0], -v[1]];
  const axes = { up, down: neg(up), rear, front: neg(rear), left, right: neg(left) };
  const a = fitAffine(fs, ss);
  return { seen, right, wrong, det: a[0] * a[3] - a[1] * a[2], top: [-a[1], -a[3]], x: [a[0], a[2]], axes };
}

/** Least-squares linear part [sx/fx, sx/fy, sy/fx, sy/fy] of screen = A · image + b. */
function fitAffine(f: [number, number][], s: [number, number][]): [number, number, number, number] {
  const n = f.length;
  if (n < 3) return [0, 0, 0, 0];
  const mf = [0, 1].map((k) => f.reduce((t, p) => t + p[k]!, 0) / n) as [number, number];
  const ms = [0, 1].map((k) => s.reduce((t, p) => t + p[k]!, 0) / n) as [number, number];
  let [xx, xy, yy] = [0, 0, 0];
  const c = [0, 0, 0, 0];
  f.forEach((p, i) => {
    const [dx, dy] = [p[0] - mf[0], p[1] - mf[1]];
    const [ex, ey] = [s[i]![0] - ms[0], s[i]![1] - ms[1]];
    xx += dx * dx;
    xy += dx * dy;
    yy += dy * dy;
    c[0]! += ex * dx;
    c[1]! += ex * dy;
    c[2]! += ey * dx;
    c[3]! += ey * dy;
  });
  const det = xx * yy - xy * xy;
  if (Math.abs(det) < 1e-9) return [0, 0, 0, 0];
  return [
    (c[0]! * yy - c[1]! * xy) / det,
    (c[1]! * xx - c[0]! * xy) / det,
    (c[2]! * yy - c[3]! * xy) / det,
    (c[3]! * xx - c[2]! * xy) / det,
  ];
}

/** Angle between two screen vectors, degrees. */
export function angle(a: [number, number], b: [number, number]): number {
  const d = (a[0] * b[0] + a[1] * b[1]) / (Math.hypot(...a) * Math.hypot(...b) || 1);
  return (Math.acos(Math.max(-1, Math.min(1, d))) * 180) / Math.PI;
}

/** Looks at the car from its right side: the side view mirrored across the car's centre line. */
export async function rightSide(page: Page): Promise<void> {
  await page.evaluate(() => {
    const control = window.__configuratorSceneControl!;
    control.store().goToPreset('side', true);
  });
  await page.waitForFunction(() => !window.__configuratorSceneControl?.moving(), undefined, {
    timeout: 60_000,
  });
  await page.evaluate(() => {
    const control = window.__configuratorSceneControl!;
    const { position, target } = control.view();
    control.setView({ position: [2 * target[0] - position[0], position[1], position[2]], target });
  });
}
