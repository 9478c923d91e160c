/** Small body details: door handles, bright window line, badges, grille slats, charge-port door and panel shut lines. */

import { TAIL_LIGHT_V, V } from './layout';
import { lathe, type Mesh, mergeMeshes, mirrorX, rotation, transformMesh } from './mesh';
import { bodyPoint, PLATE_RECESS, uAtZ, uFrontCap, uRearCap } from './surface';
import { bodyNormal, findOnSide, surfaceStrip } from './surftools';

const both = (m: Mesh): Mesh => mergeMeshes([m, mirrorX(m)]);

/** A strip on the side of the body centred at (y, z), `len` long and `h` high, lifted `off`. */
function sidePatch(y: number, z: number, len: number, h: number, off: number, nu = 8, nv = 2): Mesh {
  const [u0, v0] = findOnSide(y - h / 2, z - len / 2);
  const [u1, v1] = findOnSide(y + h / 2, z + len / 2);
  return surfaceStrip(u0, u1, v0, v1, nu, nv, off);
}

/** Flush door handles, both sides (bright trim). */
export const handles = (): Mesh =>
  both(mergeMeshes([sidePatch(0.885, 0.02, 0.2, 0.026, 0.004), sidePatch(0.895, -0.86, 0.18, 0.026, 0.004)]));

/** Bright strip along the bottom of the side windows, both sides. */
export const windowLine = (): Mesh =>
  both(surfaceStrip(uAtZ(-1.5), uAtZ(0.86), V.dloLo - 0.012, V.dloLo, 60, 1, 0.0025));

/** Round badge facing along +z (front) or -z (rear) at a point, radius r, tilted back by `tilt` radians. */
function badge(at: [number, number, number], r: number, front: boolean, tilt = 0): Mesh {
  // Profile from the rim's back edge over the dome to the axis: this order faces the badge outward.
  const disc = lathe(
    [
      [r, -0.004],
      [r, 0.002],
      [r * 0.92, 0.006],
      [r * 0.6, 0.004],
      [0, 0.005],
    ],
    32,
  );
  // Lathe axis is +x; turn it to face +z (front) or -z (rear).
  const facing = transformMesh(disc, { m: rotation('y', front ? -Math.PI / 2 : Math.PI / 2), t: [0, 0, 0] });
  return transformMesh(facing, { m: rotation('x', tilt), t: at });
}

/** Front and rear badges (bright trim), each square to the surface it sits on. */
export function badges(): Mesh {
  // The front badge sits between the plate recess and the light strip.
  const f = bodyPoint(uFrontCap(0.02), 0.335);
  const nf = bodyNormal(uFrontCap(0.02), 0.335);
  // The rear badge sits on the tailgate between the plate recess and the light bar, square to its rake.
  const v = (PLATE_RECESS.v[3] + TAIL_LIGHT_V[0]) / 2;
  const r = bodyPoint(0, v);
  const n = bodyNormal(uRearCap(0.02), v);
  return mergeMeshes([
    badge([0, f[1], f[2] - 0.002], 0.038, true, -Math.atan2(nf[1], nf[2])),
    badge([0, r[1], r[2] + 0.001], 0.027, false, Math.atan2(n[1], -n[2])),
  ]);
}

/** Two bright slats across the lower intake (bright trim). */
export const grilleSlats = (): Mesh =>
  both(
    mergeMeshes([
      surfaceStrip(uFrontCap(0.7), 1, 0.12, 0.126, 24, 1, 0.004),
      surfaceStrip(uFrontCap(0.7), 1, 0.146, 0.152, 24, 1, 0.004),
    ]),
  );

/** Charge-port door outline on the left rear quarter, and the panel shut lines (dark). */
export function shutLines(): Mesh {
  const w = 0.0045;
  const lines: Mesh[] = [];
  const dz = (z: number) => uAtZ(z + w / 2) - uAtZ(z);
  const uLine = (z: number, v0: number, v1: number) =>
    surfaceStrip(uAtZ(z) - dz(z), uAtZ(z) + dz(z), v0, v1, 1, 24, 0.0007);
  lines.push(uLine(0.86, V.floor + 0.1, V.dloLo), uLine(-0.17, V.sill, V.dloLo), uLine(-1.02, 0.31, V.dloLo));
  lines.push(uLine(1.6, 0.37, V.belt), uLine(-1.8, V.floor + 0.03, V.bumperRear));
  lines.push(surfaceStrip(uAtZ(0.99), 1, V.belt - 0.0015, V.belt + 0.0015, 60, 1, 0.0007));
  lines.push(surfaceStrip(uAtZ(-0.96), uAtZ(0.86), V.sill - 0.0015, V.sill + 0.0015, 40, 1, 0.0007));
  const left = mergeMeshes(lines);
  // Charge-port door: a small rectangle outline on the left rear quarter, above the arch.
  const port: Mesh[] = [];
  const cy = 0.885;
  const cz = -1.6;
  for (const [y, z, l, h] of [
    [cy + 0.055, cz, 0.15, w],
    [cy - 0.055, cz, 0.15, w],
    [cy, cz + 0.075, w, 0.11],
    [cy, cz - 0.075, w, 0.11],
  ] as const)
    port.push(sidePatch(y, z, l, h, 0.0008, l > h ? 8 : 1, l > h ? 1 : 8));
  return mergeMeshes([both(left), ...port]);
}
