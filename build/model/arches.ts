/** Black wheel-arch flares, wheel-well liners and inner walls that close the body around each wheel. */
import { CAR, yBottom } from './dims';
import { computeNormals, gridMesh, type Mesh, mergeMeshes, mirrorX } from './mesh';
import { bodyPoint } from './surface';
import { bodyNormal, findOnSide } from './surftools';

const SEGS = 40;

/** Arch angle range (radians, in side view from the wheel centre) where the body exists. */
function archRange(zc: number): [number, number] {
  const yMin = Math.max(yBottom(zc - CAR.archRadius), yBottom(zc + CAR.archRadius)) + 0.02;
  const s = (yMin - CAR.wheelY) / CAR.archRadius;
  const a = Math.asin(Math.max(-1, Math.min(1, s)));
  return [a, Math.PI - a];
}

/** Flare ring and liner for one arch on the left side. */
function arch(zc: number): Mesh[] {
  const [a0, a1] = archRange(zc);
  const rows = [
    { dr: 0.0, off: -0.03, inX: true },
    { dr: 0.0, off: 0.011, inX: false },
    { dr: 0.014, off: 0.014, inX: false },
    { dr: 0.04, off: 0.01, inX: false },
    { dr: 0.062, off: 0.0015, inX: false },
  ];
  const cache = new Map<string, [number, number]>();
  const at = (i: number, dr: number): [number, number] => {
    const key = `${i},${dr}`;
    let uv = cache.get(key);
    if (!uv) {
      const a = a0 + ((a1 - a0) * i) / SEGS;
      const r = CAR.archRadius + dr;
      uv = findOnSide(CAR.wheelY + r * Math.sin(a), zc + r * Math.cos(a));
      cache.set(key, uv);
    }
    return uv;
  };
  const flare = gridMesh(SEGS, rows.length - 1, (i, j) => {
    const row = rows[j]!;
    const [u, v] = at(i, row.dr);
    const p = bodyPoint(u, v);
    const n = bodyNormal(u, v);
    if (row.inX) return [p[0] - 0.035, p[1], p[2]];
    return [p[0] + n[0] * row.off, p[1] + n[1] * row.off, p[2] + n[2] * row.off];
  });
  const liner = gridMesh(SEGS, 4, (i, j) => {
    const a = a0 + ((a1 - a0) * i) / SEGS;
    const [u, v] = at(i, 0);
    const x0 = bodyPoint(u, v)[0] - 0.035;
    const x = x0 + ((0.4 - x0) * j) / 4;
    const r = CAR.archRadius + 0.004 + 0.02 * (j / 4);
    return [x, CAR.wheelY + r * Math.sin(a), zc + r * Math.cos(a)];
  });
  // The well's inner wall, where the liner ends: closes the view across under the car to the far wheel.
  const rIn = CAR.archRadius + 0.024;
  const wall = gridMesh(
    SEGS,
    1,
    (i, j) => {
      const a = a0 + ((a1 - a0) * i) / SEGS;
      const y = CAR.wheelY + rIn * (j ? Math.sin(a) : Math.sin(a0));
      return [0.4, y, zc + rIn * Math.cos(a)];
    },
    { flip: true },
  );
  computeNormals(flare);
  return [flare, liner, wall];
}

/** All four arches: flares (black cladding) and liners, both sides. */
export function archMeshes(): Mesh {
  const left = mergeMeshes([...arch(CAR.axleFront), ...arch(CAR.axleRear)]);
  return mergeMeshes([left, mirrorX(left)]);
}
