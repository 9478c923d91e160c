/** Helpers that place parts on the body surface: normals, inverse lookup from side view, conforming strips. */
import { cross, gridMesh, type Mesh, norm } from './mesh';
import { bodyPoint, uAtZ } from './surface';

/** Outward unit normal of the left body half at (u, v). */
export function bodyNormal(u: number, v: number): [number, number, number] {
  const h = 1e-4;
  const a = bodyPoint(u + h, v);
  const b = bodyPoint(u - h, v);
  const c = bodyPoint(u, v + h);
  const d = bodyPoint(u, v - h);
  const su = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  const sv = [c[0] - d[0], c[1] - d[1], c[2] - d[2]];
  const n = cross(sv, su);
  // At a pole (the nose or tail tip row, where a whole stretch of section collapses) look just inside it.
  if (Math.hypot(n[0], n[1], n[2]) < 1e-14 && u > 1e-3 && u < 1 - 1e-3) return norm(n);
  if (Math.hypot(n[0], n[1], n[2]) < 1e-14) return bodyNormal(u < 0.5 ? u + 2e-3 : u - 2e-3, v);
  return norm(n);
}

/** Body point offset along its normal by `off` metres. */
export function bodyPointOffset(u: number, v: number, off: number): [number, number, number] {
  const p = bodyPoint(u, v);
  const n = bodyNormal(u, v);
  return [p[0] + n[0] * off, p[1] + n[1] * off, p[2] + n[2] * off];
}

/** (u, v) of the side-band body point seen at height y, station z from the side (Newton from a table guess). */
export function findOnSide(y: number, z: number, vLo = 0.05, vHi = 0.5): [number, number] {
  let u = uAtZ(z);
  let v = vLo;
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k <= 40; k++) {
    const vv = vLo + ((vHi - vLo) * k) / 40;
    const d = Math.abs(bodyPoint(u, vv)[1] - y);
    if (d < best) {
      best = d;
      v = vv;
    }
  }
  const h = 1e-5;
  for (let it = 0; it < 12; it++) {
    const p = bodyPoint(u, v);
    const fz = p[2] - z;
    const fy = p[1] - y;
    if (Math.abs(fz) + Math.abs(fy) < 1e-7) break;
    const pu = bodyPoint(u + h, v);
    const pv = bodyPoint(u, v + h);
    const a = (pu[2] - p[2]) / h;
    const b = (pv[2] - p[2]) / h;
    const c = (pu[1] - p[1]) / h;
    const d = (pv[1] - p[1]) / h;
    const det = a * d - b * c || 1e-12;
    u -= (d * fz - b * fy) / det;
    v -= (-c * fz + a * fy) / det;
  }
  return [u, v];
}

/** A strip that follows the body between (u0..u1) x (v0..v1), lifted `off` metres off the paint. */
export function surfaceStrip(
  u0: number,
  u1: number,
  v0: number,
  v1: number,
  nu: number,
  nv: number,
  off: number,
): Mesh {
  return gridMesh(
    nu,
    nv,
    (i, j) => bodyPointOffset(u0 + ((u1 - u0) * i) / nu, v0 + ((v1 - v0) * j) / nv, off),
    { flip: u1 > u0 === v1 > v0 },
  );
}
