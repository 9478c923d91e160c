/**
 * Turns each chart so artwork reads as on the generated car (docs/DESIGNER.md "Which way up"; build/model/uv.ts):
 * unmirrored from outside (image x along +u, rows along +v: UV triangles wind clockwise in (u, v) with v up for
 * triangles that wind counter-clockwise seen from outside) and the image's top (−v) along the zone's top
 * direction: the sky on panels seen from the side, front or rear; the rear on the hood and roof. Then scaled so
 * the chart's UV area equals its surface area (1 UV unit = 1 m).
 */
import type { ZoneType } from '../types';

type Vec3 = [number, number, number];

/** Car-frame direction the image's top edge points to on a zone type (glTF axes: Y up, nose +Z). */
export function imageTop(type: ZoneType): Vec3 {
  return type === 'hood' || type === 'roof' ? [0, 0, -1] : [0, 1, 0];
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/** Area-weighted outward normal of triangles `tris` (counter-clockwise from outside), unit length or zero. */
export function meanNormal(pos: ArrayLike<number>, tris: ArrayLike<number>): Vec3 {
  const s: Vec3 = [0, 0, 0];
  for (let t = 0; t < tris.length; t += 3) {
    const n = faceNormal(pos, tris[t]!, tris[t + 1]!, tris[t + 2]!);
    s[0] += n[0];
    s[1] += n[1];
    s[2] += n[2];
  }
  const l = Math.hypot(...s);
  return l > 1e-12 ? [s[0] / l, s[1] / l, s[2] / l] : [0, 0, 0];
}

/** Cross product of the edges of triangle (a, b, c): outward normal times twice the area. */
function faceNormal(p: ArrayLike<number>, a: number, b: number, c: number): Vec3 {
  const e1: Vec3 = [p[b * 3]! - p[a * 3]!, p[b * 3 + 1]! - p[a * 3 + 1]!, p[b * 3 + 2]! - p[a * 3 + 2]!];
  const e2: Vec3 = [p[c * 3]! - p[a * 3]!, p[c * 3 + 1]! - p[a * 3 + 1]!, p[c * 3 + 2]! - p[a * 3 + 2]!];
  return cross(e1, e2);
}

/** Signed UV area of triangle (a, b, c) with v up (positive = counter-clockwise). */
export function signedUvArea(uv: ArrayLike<number>, a: number, b: number, c: number): number {
  return (
    ((uv[b * 2]! - uv[a * 2]!) * (uv[c * 2 + 1]! - uv[a * 2 + 1]!) -
      (uv[c * 2]! - uv[a * 2]!) * (uv[b * 2 + 1]! - uv[a * 2 + 1]!)) /
    2
  );
}

/**
 * Mirror, turn and scale one chart's UVs in place. `verts` are the chart's output vertices, `tris` its triangles
 * (output vertex indices), `top` the zone's image-top direction and `facing` the zone's mean outward normal.
 *
 * The image top wanted on a triangle with normal n is `top − (n·top)·facing` laid into the triangle's plane: `top`
 * itself where the surface contains it, and where the surface turns away from it (a door's sill bending under,
 * the hood's nose bending down) the direction that continues the wrap over the edge as seen from `facing`. The
 * image's right is top × n. The best turn (area-weighted, least squares) maps the chart's +u onto the right and
 * +v onto the image's down.
 */
export function orientChart(
  pos: ArrayLike<number>,
  uv: Float64Array,
  verts: readonly number[],
  tris: readonly number[],
  top: Vec3,
  facing: Vec3,
): void {
  let signed = 0;
  let surface = 0;
  for (let t = 0; t < tris.length; t += 3) {
    signed += signedUvArea(uv, tris[t]!, tris[t + 1]!, tris[t + 2]!);
    const n = faceNormal(pos, tris[t]!, tris[t + 1]!, tris[t + 2]!);
    surface += Math.hypot(...n) / 2;
  }
  if (Math.abs(signed) < 1e-6 * surface) signed = projectFlat(pos, uv, verts, tris);
  if (signed > 0) for (const v of verts) uv[v * 2] = -uv[v * 2]!;
  // M = Σ area · [[Pu·R, Pu·D], [Pv·R, Pv·D]] with R the image's right and D its down (−top), per triangle.
  let m00 = 0;
  let m01 = 0;
  let m10 = 0;
  let m11 = 0;
  for (let t = 0; t < tris.length; t += 3) {
    const [a, b, c] = [tris[t]!, tris[t + 1]!, tris[t + 2]!];
    const du1 = uv[b * 2]! - uv[a * 2]!;
    const dv1 = uv[b * 2 + 1]! - uv[a * 2 + 1]!;
    const du2 = uv[c * 2]! - uv[a * 2]!;
    const dv2 = uv[c * 2 + 1]! - uv[a * 2 + 1]!;
    const det = du1 * dv2 - du2 * dv1;
    if (Math.abs(det) < 1e-14) continue;
    const e1: Vec3 = [
      pos[b * 3]! - pos[a * 3]!,
      pos[b * 3 + 1]! - pos[a * 3 + 1]!,
      pos[b * 3 + 2]! - pos[a * 3 + 2]!,
    ];
    const e2: Vec3 = [
      pos[c * 3]! - pos[a * 3]!,
      pos[c * 3 + 1]! - pos[a * 3 + 1]!,
      pos[c * 3 + 2]! - pos[a * 3 + 2]!,
    ];
    const nn = cross(e1, e2);
    const area = Math.hypot(...nn) / 2;
    if (area < 1e-14) continue;
    const n: Vec3 = [nn[0] / (2 * area), nn[1] / (2 * area), nn[2] / (2 * area)];
    const k = dot(n, top);
    const want: Vec3 = [top[0] - k * facing[0], top[1] - k * facing[1], top[2] - k * facing[2]];
    const inPlane = dot(want, n);
    const up: Vec3 = [want[0] - inPlane * n[0], want[1] - inPlane * n[1], want[2] - inPlane * n[2]];
    const right = cross(up, n);
    // dP/du and dP/dv of the triangle's linear map.
    const pu: Vec3 = [0, 0, 0];
    const pv: Vec3 = [0, 0, 0];
    for (let i = 0; i < 3; i++) {
      pu[i] = (e1[i]! * dv2 - e2[i]! * dv1) / det;
      pv[i] = (e2[i]! * du1 - e1[i]! * du2) / det;
    }
    const w = area;
    m00 += w * dot(pu, right);
    m01 -= w * dot(pu, up);
    m10 += w * dot(pv, right);
    m11 -= w * dot(pv, up);
  }
  // Rotation Q maximising trace(Q·M): angle atan2(M01 − M10, M00 + M11); UV' = Q·UV.
  const angle = Math.atan2(m01 - m10, m00 + m11);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const scale = Math.sqrt(surface / Math.max(Math.abs(signed), 1e-18));
  for (const v of verts) {
    const u0 = uv[v * 2]!;
    const v0 = uv[v * 2 + 1]!;
    uv[v * 2] = (c * u0 - s * v0) * scale;
    uv[v * 2 + 1] = (s * u0 + c * v0) * scale;
  }
}

/**
 * Lay a chart flat by projecting it onto its mean plane (seen from outside, so winding is kept): for the slivers
 * xatlas leaves without UV area. Returns the new signed UV area.
 */
function projectFlat(
  pos: ArrayLike<number>,
  uv: Float64Array,
  verts: readonly number[],
  tris: readonly number[],
): number {
  const n = meanNormal(pos, tris);
  const helper: Vec3 = Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const e1 = cross(helper, n);
  const l = Math.hypot(...e1) || 1;
  const x: Vec3 = [e1[0] / l, e1[1] / l, e1[2] / l];
  const y = cross(n, x);
  for (const v of verts) {
    const p: Vec3 = [pos[v * 3]!, pos[v * 3 + 1]!, pos[v * 3 + 2]!];
    uv[v * 2] = dot(p, x);
    uv[v * 2 + 1] = dot(p, y);
  }
  let signed = 0;
  for (let t = 0; t < tris.length; t += 3) signed += signedUvArea(uv, tris[t]!, tris[t + 1]!, tris[t + 2]!);
  return signed;
}
