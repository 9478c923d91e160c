/** Pixel measures for the film-finish test: texture strength, clipping, and the repeat of a woven pattern. */

/** RGBA pixels of a canvas read. */
export interface Pixels {
  width: number;
  height: number;
  data: ArrayLike<number>;
}

const luma = (img: Pixels, p: number) =>
  0.2126 * img.data[p * 4]! + 0.7152 * img.data[p * 4 + 1]! + 0.0722 * img.data[p * 4 + 2]!;

/**
 * Fine texture of a region, in 8-bit levels: the median over its pixels of |luma − mean luma of the 8 neighbours|.
 * Flake sparkle, weave and grain change nearly every pixel against its neighbours; the slow shading across a
 * panel, and the few pixels on a reflection's edge or a crease, do not move the median.
 */
export function fineTexture(img: Pixels, region: readonly number[]): number {
  const { width } = img;
  const d: number[] = [];
  for (const p of region) {
    const x = p % width;
    const y = (p - x) / width;
    if (x < 1 || y < 1 || x >= width - 1 || y >= img.height - 1) continue;
    let around = 0;
    for (let dy = -1; dy <= 1; dy += 1)
      for (let dx = -1; dx <= 1; dx += 1) if (dx || dy) around += luma(img, p + dy * width + dx);
    d.push(Math.abs(luma(img, p) - around / 8));
  }
  if (d.length === 0) return 0;
  d.sort((a, b) => a - b);
  return d[Math.floor(d.length / 2)]!;
}

/** Number of 8×8-pixel blocks wholly inside the region whose every pixel is 255 in all three channels. */
export function clippedBlocks(img: Pixels, region: readonly number[]): number {
  const inside = new Set(region);
  const { width, height } = img;
  let clipped = 0;
  for (let by = 0; by + 8 <= height; by += 8) {
    for (let bx = 0; bx + 8 <= width; bx += 8) {
      let all = true;
      let white = true;
      for (let y = by; y < by + 8 && all; y += 1) {
        for (let x = bx; x < bx + 8; x += 1) {
          const p = y * width + x;
          if (!inside.has(p)) {
            all = false;
            break;
          }
          const i = p * 4;
          if (img.data[i]! < 255 || img.data[i + 1]! < 255 || img.data[i + 2]! < 255) white = false;
        }
      }
      if (all && white) clipped += 1;
    }
  }
  return clipped;
}

/** Luma at a canvas point (bilinear between pixel centres). */
function lumaAt(img: Pixels, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const at = (xx: number, yy: number) => luma(img, yy * img.width + xx);
  return (
    at(x0, y0) * (1 - fx) * (1 - fy) +
    at(x0 + 1, y0) * fx * (1 - fy) +
    at(x0, y0 + 1) * (1 - fx) * fy +
    at(x0 + 1, y0 + 1) * fx * fy
  );
}

/**
 * Autocorrelation (lag 0 … maxLag pixels) of luma profiles along screen direction `along` through `centre`,
 * averaged over 21 parallel lines 2 px apart along `across`; each lag averaged over the pairs it has.
 */
export function autocorrelation(
  img: Pixels,
  centre: [number, number],
  along: [number, number],
  across: [number, number],
  length: number,
  maxLag: number,
): Float64Array {
  const norm = (v: [number, number]) => {
    const l = Math.hypot(v[0], v[1]);
    return [v[0] / l, v[1] / l] as [number, number];
  };
  const a = norm(along);
  const c = norm(across);
  const corr = new Float64Array(maxLag + 1);
  const lines = 21;
  for (let k = 0; k < lines; k += 1) {
    const off = (k - (lines - 1) / 2) * 2;
    const profile: number[] = [];
    for (let s = 0; s < length; s += 1) {
      const t = s - length / 2;
      profile.push(lumaAt(img, centre[0] + a[0] * t + c[0] * off, centre[1] + a[1] * t + c[1] * off));
    }
    const mean = profile.reduce((x, y) => x + y, 0) / length;
    const d = profile.map((v) => v - mean);
    const energy = d.reduce((x, y) => x + y * y, 0) || 1;
    for (let lag = 0; lag <= maxLag; lag += 1) {
      let s = 0;
      for (let i = 0; i + lag < length; i += 1) s += d[i]! * d[i + lag]!;
      corr[lag]! += s / (length - lag) / (energy / length) / lines;
    }
  }
  return corr;
}

/**
 * The repeat (pixels) of a pattern along `along` around `centre`: the lag of the strongest autocorrelation peak
 * between `minLag` and half the sampled length, refined to a sub-pixel by a parabola; with its correlation.
 */
export function patternRepeat(
  img: Pixels,
  centre: [number, number],
  along: [number, number],
  across: [number, number],
  length: number,
  minLag = 3,
): { lag: number; correlation: number } {
  const maxLag = Math.floor(length / 2);
  const corr = autocorrelation(img, centre, along, across, length, maxLag + 1);
  let best = -1;
  for (let lag = Math.max(1, minLag); lag <= maxLag; lag += 1) {
    const peak = corr[lag]! >= corr[lag - 1]! && corr[lag]! >= corr[lag + 1]!;
    if (peak && (best < 0 || corr[lag]! > corr[best]!)) best = lag;
  }
  if (best < 0) return { lag: Number.NaN, correlation: 0 };
  // A perfect repeat correlates as well at 2 and 3 periods as at one: take the first peak nearly as strong.
  for (let lag = Math.max(1, minLag); lag < best; lag += 1) {
    const peak = corr[lag]! >= corr[lag - 1]! && corr[lag]! >= corr[lag + 1]!;
    if (peak && corr[lag]! >= 0.8 * corr[best]!) {
      best = lag;
      break;
    }
  }
  const l = corr[best - 1]!;
  const m = corr[best]!;
  const r = corr[best + 1]!;
  const shift = l - 2 * m + r === 0 ? 0 : (0.5 * (l - r)) / (l - 2 * m + r);
  return { lag: best + shift, correlation: m };
}

/**
 * Mean |luma difference| between points `lag` px apart along screen direction `along`, over 21 lines 2 px apart
 * along `across`, each `length` px long, centred on `centre`: how much the image changes going that way.
 */
export function directionalContrast(
  img: Pixels,
  centre: [number, number],
  along: [number, number],
  across: [number, number],
  length: number,
  lag: number,
): number {
  const la = Math.hypot(along[0], along[1]);
  const lc = Math.hypot(across[0], across[1]);
  const a = [along[0] / la, along[1] / la];
  const c = [across[0] / lc, across[1] / lc];
  let sum = 0;
  let n = 0;
  for (let k = 0; k < 21; k += 1) {
    const off = (k - 10) * 2;
    for (let s = 0; s + lag < length; s += 1) {
      const t = s - length / 2;
      const x = centre[0] + a[0]! * t + c[0]! * off;
      const y = centre[1] + a[1]! * t + c[1]! * off;
      sum += Math.abs(lumaAt(img, x + a[0]! * lag, y + a[1]! * lag) - lumaAt(img, x, y));
      n += 1;
    }
  }
  return sum / n;
}
