import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/** A decoded RGBA picture. */
export interface Picture {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A rectangle in pixels: left, top, width, height. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Decodes a PNG file or buffer. */
export function readPicture(png: string | Uint8Array): Picture {
  const decoded = PNG.sync.read(Buffer.from(typeof png === 'string' ? readFileSync(png) : png));
  return { width: decoded.width, height: decoded.height, data: decoded.data };
}

/** Page `n` (from 1) of a PDF as a picture at `dpi`, also written to `out`.png for a person to look at. */
export function pdfPage(pdf: string, out: string, dpi = 100, n = 1): Picture {
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    String(n),
    '-l',
    String(n),
    '-png',
    '-singlefile',
    pdf,
    out,
  ]);
  return readPicture(`${out}.png`);
}

const at = (p: Picture, x: number, y: number) => {
  const i = (y * p.width + x) * 4;
  return [p.data[i]!, p.data[i + 1]!, p.data[i + 2]!] as const;
};
const far = (a: readonly number[], b: readonly number[]) =>
  Math.max(Math.abs(a[0]! - b[0]!), Math.abs(a[1]! - b[1]!), Math.abs(a[2]! - b[2]!));

/** Whether a line of pixels (a row from `x0` or a column from `y0`) has `run` pixels in a row near `rgb`. */
function hasRun(
  p: Picture,
  rgb: readonly number[],
  tolerance: number,
  run: number,
  line: { x: number; y: number; dx: number; dy: number; n: number },
): boolean {
  let streak = 0;
  for (let i = 0; i < line.n; i++) {
    streak = far(at(p, line.x + i * line.dx, line.y + i * line.dy), rgb) <= tolerance ? streak + 1 : 0;
    if (streak >= run) return true;
  }
  return false;
}

/**
 * The first block of a page made of `rgb` (a picture's background): the contiguous rows that hold a run of
 * `run` pixels of that colour, and within them the columns that do. Text and rules that have the colour at
 * an anti-aliased edge never make such a run.
 */
export function blockOfColour(p: Picture, rgb: readonly number[], tolerance = 3, run = 8): Rect | null {
  const row = (y: number) => hasRun(p, rgb, tolerance, run, { x: 0, y, dx: 1, dy: 0, n: p.width });
  let y0 = 0;
  while (y0 < p.height && !row(y0)) y0++;
  if (y0 === p.height) return null;
  let y1 = y0;
  while (y1 + 1 < p.height && row(y1 + 1)) y1++;
  const h = y1 - y0 + 1;
  const cols: number[] = [];
  for (let x = 0; x < p.width; x++)
    if (hasRun(p, rgb, tolerance, run, { x, y: y0, dx: 0, dy: 1, n: h })) cols.push(x);
  return { x: cols[0]!, y: y0, w: cols[cols.length - 1]! - cols[0]! + 1, h };
}

/** The runs of columns of `block` that hold a run of `rgb` (`blockOfColour`'s test): pictures side by side. */
export function columnRuns(p: Picture, block: Rect, rgb: readonly number[], tolerance = 3, run = 8): Rect[] {
  const runs: Rect[] = [];
  let start = -1;
  for (let x = block.x; x <= block.x + block.w; x++) {
    const hit =
      x < block.x + block.w && hasRun(p, rgb, tolerance, run, { x, y: block.y, dx: 0, dy: 1, n: block.h });
    if (hit && start < 0) start = x;
    if (!hit && start >= 0) {
      runs.push({ x: start, y: block.y, w: x - start, h: block.h });
      start = -1;
    }
  }
  return runs;
}

/** How the car sits in a picture (or one box of it): measured against the box's own background colour. */
export interface CarFraming {
  /** The background: the most common colour of the box's outermost pixel ring. */
  background: [number, number, number];
  /** Bounding box of the car's pixels (those further than the threshold from the background), in the box. */
  car: Rect;
  /** Share of the box's pixels that are the car's. */
  coverage: number;
  /** Share of the box's width and height the car's bounding box spans. */
  spanX: number;
  spanY: number;
  /** Offset of the car box's centre from the box's centre, as a share of the box's width and height. */
  offX: number;
  offY: number;
  /** Free border on each side, as a share of the box's width (left, right) and height (top, bottom). */
  free: { left: number; right: number; top: number; bottom: number };
}

/**
 * Finds the car in `box` of a picture: pixels further than `threshold` (max channel difference) from the
 * background colour (the mode of the box's edge ring). A soft shadow lighter than the threshold and the
 * background's own dither do not count.
 */
export function carFraming(p: Picture, box?: Rect, threshold = 40): CarFraming {
  const r = box ?? { x: 0, y: 0, w: p.width, h: p.height };
  const counts = new Map<string, number>();
  const ring: [number, number][] = [];
  for (let x = r.x; x < r.x + r.w; x += 2) ring.push([x, r.y + 1], [x, r.y + r.h - 2]);
  for (let y = r.y; y < r.y + r.h; y += 2) ring.push([r.x + 1, y], [r.x + r.w - 2, y]);
  for (const [x, y] of ring) {
    const key = at(p, x, y).join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const mode = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const background = mode.split(',').map(Number) as [number, number, number];
  let [x0, y0, x1, y1, n] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  for (let y = r.y; y < r.y + r.h; y++)
    for (let x = r.x; x < r.x + r.w; x++) {
      if (far(at(p, x, y), background) <= threshold) continue;
      n++;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  if (n === 0) throw new Error(`no car in the box ${JSON.stringify(r)}: every pixel is the background`);
  const car = { x: x0 - r.x, y: y0 - r.y, w: x1 - x0 + 1, h: y1 - y0 + 1 };
  return {
    background,
    car,
    coverage: n / (r.w * r.h),
    spanX: car.w / r.w,
    spanY: car.h / r.h,
    offX: (car.x + car.w / 2 - r.w / 2) / r.w,
    offY: (car.y + car.h / 2 - r.h / 2) / r.h,
    free: {
      left: car.x / r.w,
      right: (r.w - car.x - car.w) / r.w,
      top: car.y / r.h,
      bottom: (r.h - car.y - car.h) / r.h,
    },
  };
}

/** One line of figures for the log. */
export function describeFraming(name: string, f: CarFraming): string {
  const pc = (v: number) => `${(v * 100).toFixed(1)}%`;
  return `${name}: car ${f.car.w}×${f.car.h} px, span ${pc(f.spanX)} × ${pc(f.spanY)}, coverage ${pc(f.coverage)}, centre off ${pc(f.offX)}, ${pc(f.offY)}, free L ${pc(f.free.left)} R ${pc(f.free.right)} T ${pc(f.free.top)} B ${pc(f.free.bottom)}, background ${f.background.join(',')}`;
}
