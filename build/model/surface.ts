/**
 * The body as one parametric surface S(u, v) for the car's left half (x >= 0).
 * u runs from the tail tip (0) to the nose tip (1); v runs around the section from the bottom centre (0) to the top centre (1).
 */

import { clamp, lerp, monotoneCurve, type P2, smoothstep } from './curves';
import { CAR, halfWidth, tailDepth, WHEEL_CENTRES, yBelt, yBottom, yMaxWidth, yTop } from './dims';

/** Parameter where the tail cap joins the mid body. */
export const U_REAR = 0.12;
/** Parameter where the mid body joins the nose cap. */
export const U_FRONT = 0.88;

/** v knots of the section control points (see sectionPoints). */
export const V_KNOTS = [0, 0.07, 0.12, 0.2, 0.3, 0.42, 0.48, 0.52, 0.69, 0.79, 0.9, 1] as const;

/** How much of the section at z is greenhouse (0 on hood and tail deck, 1 under the roof). */
export const greenhouse = (z: number): number =>
  z < 0 ? 1 : clamp((yTop(z) - yBelt(z) - 0.04) / 0.55, 0, 1);

/** Section control points (x, y) at station z, before nose/tail rounding. */
export function sectionPoints(z: number): P2[] {
  const w = halfWidth(z);
  const yb = yBottom(z);
  const ybelt = yBelt(z);
  const yt = yTop(z);
  const g = greenhouse(z);
  const xg0 = w - 0.1 + 0.02 * smoothstep(-1.0, -1.9, z);
  const xg1 = w - 0.3 - 0.02 * smoothstep(-1.1, -1.9, z) - 0.03 * smoothstep(-0.3, 0.6, z);
  const yr = yt - 0.045;
  const deck: P2[] = [
    [w - 0.115, ybelt + 0.0],
    [w - 0.16, lerp(ybelt, yt, 0.3)],
    [w - 0.3, lerp(ybelt, yt, 0.72)],
    // Monotone towards the centre line: the hood crowns (or dishes) without a ripple either side of it.
    [(w - 0.3) * 0.5, lerp(ybelt, yt, 0.93)],
  ];
  const gh = Math.max(0.08, yr - ybelt);
  // Towards the tail the greenhouse settles into a smooth crown from the shoulders to the glass's lower edge.
  const tail = smoothstep(-1.76, -1.93, z);
  const crown = (x: number) => yt - (yt - ybelt) * (x / (w - 0.06)) ** 2;
  const cabin: P2[] = (
    [
      [xg0, ybelt + 0.012],
      [xg1 + 0.035, ybelt + Math.max(0.03, gh - 0.07)],
      [xg1 - 0.035, ybelt + gh + 0.004],
      [xg1 * 0.5, Math.max(yt, ybelt + gh) - 0.008],
    ] as P2[]
  ).map(([x, y]) => [x, lerp(y, crown(x), tail)] as P2);
  const top = deck.map((d, i) => [lerp(d[0], cabin[i]![0], g), lerp(d[1], cabin[i]![1], g)] as P2);
  return [
    [0, yb],
    [w - 0.17, yb],
    [w - 0.045, yb + 0.05],
    [w - 0.012, yb + 0.17],
    [w, yMaxWidth()],
    [w - 0.018, ybelt - 0.12],
    [w - 0.06, ybelt - 0.008],
    ...top,
    [0, yt],
  ];
}

/** Where a station sits: base z for the section, its x/y scale and the cap blend (0 mid body, 1 at a tip). */
export interface Station {
  z: number;
  zBase: number;
  sx: number;
  sy: number;
  cap: number;
  /** How far along the cap's depth the station sits (0 at the join, 1 at the tip). */
  reach: number;
  front: boolean;
}

const SY_MIN_FRONT = 0.82;
const SY_MIN_REAR = 0.93;
const C_FRONT = 0.56;
const C_REAR = 0.7;

/** Cap scale s for cap angle parameter c (1 at the join, 0 at the tip). */
export const capScale = (c: number, n: number): number => Math.sin((c * Math.PI) / 2) ** (2 / n);

/** Inverse of capScale: the cap parameter c at scale s. */
export const capParam = (s: number, n: number): number =>
  (Math.asin(clamp(s, 0, 1) ** (n / 2)) * 2) / Math.PI;

/** Parameter u for a station z in the mid body. */
export const uAtZ = (z: number): number =>
  U_REAR + ((z - CAR.zCapRear) / (CAR.zCapFront - CAR.zCapRear)) * (U_FRONT - U_REAR);

/** Parameter u in the nose cap where the x scale is s. */
export const uFrontCap = (s: number): number => 1 - capParam(s, CAR.capExpFront) * (1 - U_FRONT);

/** Parameter u in the tail cap where the x scale is s. */
export const uRearCap = (s: number): number => capParam(s, CAR.capExpRear) * U_REAR;

/**
 * A licence-plate recess in (u, v): the floor (where the plate sits) runs from the centre line to `uIn` and over
 * `v[1]..v[2]`; the walls rise to the surface by `uOut` and `v[0]`, `v[3]`. `depth` is metres into the body.
 */
export interface PlateRecess {
  uIn: number;
  uOut: number;
  v: readonly [number, number, number, number];
  depth: number;
}

/** The rear plate's recess in the tailgate. */
export const PLATE_RECESS: PlateRecess = {
  uIn: uRearCap(0.262),
  uOut: uRearCap(0.285),
  v: [0.327, 0.336, 0.4, 0.409],
  depth: 0.013,
};

/** The front plate's recess in the bumper, between the lower intake and the badge (the rear plate's width). */
export const FRONT_PLATE_RECESS: PlateRecess = {
  uIn: uFrontCap(0.249),
  uOut: uFrontCap(0.271),
  v: [0.18, 0.189, 0.273, 0.282],
  depth: 0.011,
};

/** 1 on a plate recess floor, falling to 0 at the top of its walls (either end of the car). */
export function recessAt(r: PlateRecess, u: number, v: number): number {
  const { uIn, uOut, v: pv } = r;
  const mu = clamp((uOut - u) / (uOut - uIn), 0, 1);
  const mv = Math.min(clamp((v - pv[0]) / (pv[1] - pv[0]), 0, 1), clamp((pv[3] - v) / (pv[3] - pv[2]), 0, 1));
  return mu * mv;
}

/**
 * Which smooth-shading region (u, v) lies in: 0 the open body, 1 a plate recess floor, 2 its walls.
 * Normals are averaged within a region only, so the recess edges stay crisp.
 */
export function shadingRegion(u: number, v: number): number {
  const r = u < 0.5 ? PLATE_RECESS : FRONT_PLATE_RECESS;
  const d = recessAt(r, u, v);
  return d >= 1 - 1e-9 ? 1 : d > 1e-9 ? 2 : 0;
}

/** A station on the nose (front) or tail cap, `c` from 0 at the tip to 1 where the cap meets the body. */
function capStation(c: number, front: boolean): Station {
  const n = front ? CAR.capExpFront : CAR.capExpRear;
  const [zCap, zTip] = front ? [CAR.zCapFront, CAR.zTipFront] : [CAR.zCapRear, CAR.zTipRear];
  const s = capScale(c, n);
  const reach = Math.cos((c * Math.PI) / 2) ** (2 / n);
  return {
    z: zCap + (zTip - zCap) * reach,
    zBase: zCap,
    sx: s,
    // Even in s (s² not s^1.5): the two halves meet at the centre line without a ridge.
    sy: lerp(front ? SY_MIN_FRONT : SY_MIN_REAR, 1, s * s),
    cap: 1 - s,
    reach,
    front,
  };
}

/** Station for parameter u. */
export function station(uIn: number): Station {
  const u = clamp(uIn, 0, 1);
  if (u >= U_FRONT) return capStation((1 - u) / (1 - U_FRONT), true);
  if (u <= U_REAR) return capStation(u / U_REAR, false);
  const z = CAR.zCapRear + ((u - U_REAR) / (U_FRONT - U_REAR)) * (CAR.zCapFront - CAR.zCapRear);
  return { z, zBase: z, sx: 1, sy: 1, cap: 0, reach: 0, front: z > 0 };
}

const sectionCache = new Map<number, (v: number) => [number, number]>();

/** The section curve at station z: v in [0, 1] to (x, y), symmetric about the centre line. */
function cachedSection(z: number): (v: number) => [number, number] {
  let s = sectionCache.get(z);
  if (!s) {
    const pts = sectionPoints(z);
    const n = pts.length;
    s = monotoneCurve(pts, V_KNOTS, [-pts[1]![0], pts[1]![1]], [-pts[n - 2]![0], pts[n - 2]![1]]);
    sectionCache.set(z, s);
  }
  return s;
}

/** Outward bulge of the body around a wheel arch (fender flare), metres. */
function archFlare(x: number, y: number, z: number, w: number): number {
  let f = 0;
  for (const c of [WHEEL_CENTRES.fl, WHEEL_CENTRES.rl]) {
    const d = Math.hypot(z - c[2], y - c[1]);
    const t = clamp((d - CAR.archRadius) / 0.16, 0, 1);
    f = Math.max(f, 0.5 + 0.5 * Math.cos(Math.PI * t));
  }
  return 0.018 * f * smoothstep(w - 0.14, w - 0.04, x) * smoothstep(0.9, 0.8, y);
}

/** Side sculpting: a crisp character line high on the doors and a shallow scallop low on them. */
function sideSculpt(x: number, y: number, z: number, w: number): number {
  const onSide = smoothstep(w - 0.1, w - 0.03, x);
  const yc = 0.8 + 0.05 * smoothstep(1.4, -1.6, z);
  const crease = 0.01 * Math.max(0, 1 - Math.abs(y - yc) / 0.05) ** 1.5;
  const scallop =
    -0.012 * Math.exp(-(((y - 0.42) / 0.09) ** 2)) * smoothstep(1.0, 0.6, z) * smoothstep(-1.1, -0.7, z);
  return onSide * (crease + scallop);
}

/** max(0, t) with the corner rounded over ±a (C1): a lean that starts without a crease. */
function softRamp(t: number, a: number): number {
  if (t <= -a) return 0;
  if (t >= a) return t;
  return (t + a) ** 2 / (4 * a);
}

/** Point on the left half of the body at (u, v). */
export function bodyPoint(u: number, v: number): [number, number, number] {
  const st = station(u);
  const [x0, y0] = cachedSection(st.zBase)(v);
  const w = halfWidth(st.zBase);
  const xf = x0 + archFlare(x0, y0, st.zBase, w) + sideSculpt(x0, y0, st.zBase, w);
  const c = st.front ? C_FRONT : C_REAR;
  const x = xf * st.sx;
  const y = c + (y0 - c) * st.sy;
  let z = st.z;
  if (st.cap > 0) {
    if (st.front) {
      // The fascia leans back above the bumper and the bumper stands proud below the lights. Both fade out
      // towards the cap join with reach² = 1 - s², which is even across the centre line (no V at the badge)
      // and keeps every plan section convex.
      const r2 = st.reach * st.reach;
      z += (-0.5 * softRamp(y - 0.5, 0.08) + 0.03 * smoothstep(0.56, 0.36, y)) * r2;
      z -= FRONT_PLATE_RECESS.depth * recessAt(FRONT_PLATE_RECESS, u, v);
    } else {
      // The tail's depth follows its side profile: the tailgate rakes forward and rounds straight into the glass.
      z = CAR.zCapRear - tailDepth(y0) * st.reach + PLATE_RECESS.depth * recessAt(PLATE_RECESS, u, v);
      z -= 0.02 * smoothstep(0.56, 0.36, y) * st.reach * st.reach;
    }
  }
  return [x, y, z];
}
