/** Small curve helpers for the default-car generator: all pure, deterministic functions. */

/** Linear interpolation between a and b. */
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** Clamp x into [lo, hi]. */
export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Hermite smoothstep from e0 to e1 (works for e0 > e1 too). */
export function smoothstep(e0: number, e1: number, x: number): number {
  const t = clamp((x - e0) / (e1 - e0), 0, 1);
  return t * t * (3 - 2 * t);
}

/** 2D point as [x, y]. */
export type P2 = readonly [number, number];

/**
 * Monotone cubic (PCHIP) through points sorted by x: a smooth profile curve that never overshoots.
 * Outside the range it holds the end values.
 */
export function pchip(points: readonly P2[]): (x: number) => number {
  const n = points.length;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const h: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    h.push(xs[i + 1]! - xs[i]!);
    d.push((ys[i + 1]! - ys[i]!) / h[i]!);
  }
  const m: number[] = new Array(n).fill(0);
  m[0] = d[0]!;
  m[n - 1] = d[n - 2]!;
  for (let i = 1; i < n - 1; i++) {
    const a = d[i - 1]!;
    const b = d[i]!;
    if (a * b <= 0) m[i] = 0;
    else {
      const w1 = 2 * h[i]! + h[i - 1]!;
      const w2 = h[i]! + 2 * h[i - 1]!;
      m[i] = (w1 + w2) / (w1 / a + w2 / b);
    }
  }
  return (x: number) => {
    if (x <= xs[0]!) return ys[0]!;
    if (x >= xs[n - 1]!) return ys[n - 1]!;
    let i = 0;
    while (i < n - 2 && x > xs[i + 1]!) i++;
    const t = (x - xs[i]!) / h[i]!;
    const t2 = t * t;
    const t3 = t2 * t;
    return (
      (2 * t3 - 3 * t2 + 1) * ys[i]! +
      (t3 - 2 * t2 + t) * h[i]! * m[i]! +
      (-2 * t3 + 3 * t2) * ys[i + 1]! +
      (t3 - t2) * h[i]! * m[i + 1]!
    );
  };
}

/** Uniform Catmull-Rom point between p1 and p2 at t in [0, 1]. */
export function catmullRom(p0: P2, p1: P2, p2: P2, p3: P2, t: number): [number, number] {
  const t2 = t * t;
  const t3 = t2 * t;
  const f = (a: number, b: number, c: number, d: number) =>
    0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
  return [f(p0[0], p1[0], p2[0], p3[0]), f(p0[1], p1[1], p2[1], p3[1])];
}

/**
 * Point on a Catmull-Rom curve through `pts` whose knots sit at parameters `knots` (same length, increasing).
 * `pre`/`post` are phantom end points that set the end tangents.
 */
export function curveAt(
  pts: readonly P2[],
  knots: readonly number[],
  pre: P2,
  post: P2,
  v: number,
): [number, number] {
  const n = pts.length;
  let k = 0;
  while (k < n - 2 && v > knots[k + 1]!) k++;
  const t = clamp((v - knots[k]!) / (knots[k + 1]! - knots[k]!), 0, 1);
  const p0 = k === 0 ? pre : pts[k - 1]!;
  const p3 = k + 2 >= n ? post : pts[k + 2]!;
  return catmullRom(p0, pts[k]!, pts[k + 1]!, p3, t);
}

/** Samples of [a, b] at about `step` spacing that include every breakpoint inside it. */
export function samplesWithBreaks(
  a: number,
  b: number,
  step: (x: number) => number,
  breaks: readonly number[],
): number[] {
  const inner = [...new Set(breaks.filter((x) => x > a && x < b))].sort((p, q) => p - q);
  const fixed = [a, ...inner, b];
  const out: number[] = [];
  for (let i = 0; i < fixed.length - 1; i++) {
    const lo = fixed[i]!;
    const hi = fixed[i + 1]!;
    const n = Math.max(1, Math.round((hi - lo) / step((lo + hi) / 2)));
    for (let k = 0; k < n; k++) out.push(lo + ((hi - lo) * k) / n);
  }
  out.push(b);
  return out;
}

/**
 * A plane curve through `pts` at parameters `knots`, each coordinate a monotone cubic (PCHIP) of the parameter:
 * it never overshoots a control point, so tight turns (a shoulder, a hood lip) cannot loop or fold.
 * `pre`/`post` are phantom points one knot spacing beyond each end (mirror images set symmetric end tangents).
 */
export function monotoneCurve(
  pts: readonly P2[],
  knots: readonly number[],
  pre: P2,
  post: P2,
): (v: number) => [number, number] {
  const n = pts.length;
  const t = [2 * knots[0]! - knots[1]!, ...knots, 2 * knots[n - 1]! - knots[n - 2]!];
  const all = [pre, ...pts, post];
  const fx = pchip(all.map((p, i) => [t[i]!, p[0]] as const));
  const fy = pchip(all.map((p, i) => [t[i]!, p[1]] as const));
  return (v) => [fx(v), fy(v)];
}
