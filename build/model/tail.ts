/** Rear details of the default car: the roof spoiler over the hatch glass, plate frame and tailgate shut lines. */

import { yTop, Z_ROOF_END } from './dims';
import { V } from './layout';
import { type Mesh, mergeMeshes, mirrorX, pillow } from './mesh';
import { bodyPoint, PLATE_RECESS, type PlateRecess, uAtZ, uRearCap } from './surface';
import { surfaceStrip } from './surftools';

/** Height of the roof at the roof end for a given |x| (bisection on the section). */
function roofEndY(x: number): number {
  const u = uAtZ(Z_ROOF_END);
  let lo = 0.7;
  let hi = 1;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (bodyPoint(u, mid)[0] > x) lo = mid;
    else hi = mid;
  }
  return bodyPoint(u, (lo + hi) / 2)[1];
}

/** Half width of the roof spoiler: it covers the top edge of the rear glass. */
export const SPOILER_HALF_WIDTH = 0.575;
/** How much the spoiler line drops per metre behind the roof end. */
const DROP = 0.32;

/** The spoiler's upper surface line at the centre: the roof, then a straight run past the roof end. */
export const spoilerLineY = (z: number): number =>
  z >= Z_ROOF_END ? yTop(z) : yTop(Z_ROOF_END) + DROP * (z - Z_ROOF_END);

/** Shape of a spoiler blade laid along the roof end. */
export interface BladeSpec {
  halfWidth: number;
  /** Length front to back and how far of it reaches past the roof end (m). */
  length: number;
  overhang: number;
  thickness: number;
  /** Height of the blade's underside over the roof (negative sinks it in). */
  lift: number;
  /** How much the trailing edge kicks up (m). */
  kick: number;
}

/** A cambered blade that follows the roof's crown at the roof end and runs on past it over the glass. */
export function spoilerBlade(b: BladeSpec): Mesh {
  const zc = Z_ROOF_END - b.overhang + b.length / 2;
  const crown = (x: number) => yTop(Z_ROOF_END) - roofEndY(Math.min(Math.abs(x), SPOILER_HALF_WIDTH));
  return pillow(b.halfWidth * 2, b.thickness, b.length, 0.22, 24, 6, ([x, y, z]) => {
    const zz = z + zc;
    // Behind the roof end the blade thins towards its trailing edge and kicks up.
    const t = Math.min(1, Math.max(0, (Z_ROOF_END - zz) / b.overhang));
    const top = (y + b.thickness / 2) * (1 - 0.45 * t);
    return [x, spoilerLineY(zz) - crown(x) + b.lift + top + b.kick * t * t, zz];
  });
}

/** Roof spoiler of the car as delivered: a thin blade over the top of the rear glass (gloss black). */
export const roofSpoiler = (): Mesh =>
  spoilerBlade({
    halfWidth: SPOILER_HALF_WIDTH,
    length: 0.16,
    overhang: 0.075,
    thickness: 0.024,
    lift: -0.004,
    kick: 0,
  });

/** Height of the delivered spoiler's top at the roof end (where the accessory spoiler sits). */
export const SPOILER_TOP = 0.02;

/** Parameter step that moves `len` metres along u at (u, v) on the body. */
function duFor(u: number, v: number, len: number): number {
  const h = 1e-4;
  const a = bodyPoint(u + h, v);
  const b = bodyPoint(u - h, v);
  return (len * 2 * h) / Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** Parameter step that moves `len` metres along v at (u, v) on the body. */
function dvFor(u: number, v: number, len: number): number {
  const h = 1e-4;
  const a = bodyPoint(u, v + h);
  const b = bodyPoint(u, v - h);
  return (len * 2 * h) / Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** A thin frame around a licence plate on its recess floor, left half plus its mirror (bright trim). */
export function plateFrame(r: PlateRecess = PLATE_RECESS): Mesh {
  const { uIn, v } = r;
  // The floor runs from the tip row (u = 0 at the tail, 1 at the nose) to uIn.
  const tip = uIn < 0.5 ? 0 : 1;
  const w = 0.007;
  const du = duFor(uIn, (v[1] + v[2]) / 2, w) * Math.sign(tip - uIn);
  const dv = dvFor((tip + uIn) / 2, v[1], w);
  const half = mergeMeshes([
    surfaceStrip(tip, uIn, v[1], v[1] + dv, 16, 1, 0.0012),
    surfaceStrip(tip, uIn, v[2] - dv, v[2], 16, 1, 0.0012),
    surfaceStrip(uIn + du, uIn, v[1], v[2], 1, 6, 0.0012),
  ]);
  return mergeMeshes([half, mirrorX(half)]);
}

/** Shut lines of the tailgate: along the top of the bumper and up its sides to the tail lights (dark). */
export function tailgateLines(): Mesh {
  const w = 0.0045;
  const uSide = uRearCap(0.95);
  const du = duFor(uSide, V.bumperRear + 0.05, w);
  const dv = dvFor(0.02, V.bumperRear, w);
  const half = mergeMeshes([
    surfaceStrip(0, uSide, V.bumperRear - dv / 2, V.bumperRear + dv / 2, 36, 1, 0.0007),
    surfaceStrip(uSide - du / 2, uSide + du / 2, V.bumperRear, 0.415, 1, 8, 0.0007),
  ]);
  return mergeMeshes([half, mirrorX(half)]);
}
