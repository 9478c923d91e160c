/**
 * Samples the body surface densely, cuts the wheel arches (snapping grid vertices onto the arch circle so the edge is smooth),
 * and splits the triangles into parts by the (u, v) layout. Both halves share their centre-line vertices exactly.
 */

import { samplesWithBreaks } from './curves';
import { CAR } from './dims';
import { breakpoints, partAt, V } from './layout';
import { bodyPoint, shadingRegion, U_FRONT, U_REAR, uAtZ } from './surface';

/** The sampled half body: parameter lines, positions and normals on an nu x nv grid. */
export interface BodyGrid {
  us: number[];
  vs: number[];
  pos: Float64Array;
  nrm: Float64Array;
  /** Surface parameters (u, v) of each vertex after arch snapping. */
  par: Float64Array;
  /** Triangles kept, as [i0, j0, i1, j1, i2, j2, part index]. */
  tris: number[];
  /** Per triangle corner (9 per triangle): the normal averaged over its shading region only (crisp recess edges). */
  cornerNrm: Float64Array;
  parts: string[];
}

const ARCH_ZS = [CAR.axleFront, CAR.axleRear];

/** Signed distance (m) in side view from the nearest wheel-arch circle; negative inside the arch. */
export function archDistance(y: number, z: number): number {
  let d = Number.POSITIVE_INFINITY;
  for (const zc of ARCH_ZS) d = Math.min(d, Math.hypot(z - zc, y - CAR.wheelY) - CAR.archRadius);
  return d;
}

/** Arc-length based samples of [a, b] in u, measuring along the body side at v = 0.3. */
function capSamples(a: number, b: number, step: number): number[] {
  const n = 400;
  const acc: number[] = [0];
  let prev = bodyPoint(a, 0.3);
  for (let k = 1; k <= n; k++) {
    const p = bodyPoint(a + ((b - a) * k) / n, 0.3);
    acc.push(acc[k - 1]! + Math.hypot(p[0] - prev[0], p[1] - prev[1], p[2] - prev[2]));
    prev = p;
  }
  const total = acc[n]!;
  const cnt = Math.max(2, Math.round(total / step));
  const out: number[] = [];
  let k = 0;
  for (let s = 0; s <= cnt; s++) {
    const target = (total * s) / cnt;
    while (k < n - 1 && acc[k + 1]! < target) k++;
    const t = (target - acc[k]!) / (acc[k + 1]! - acc[k]! || 1);
    out.push(a + ((b - a) * (k + t)) / n);
  }
  return out;
}

/** Merge sample lists with breakpoints, dropping samples that crowd a breakpoint. */
function withBreaks(samples: number[], breaks: number[], minGap: number): number[] {
  const b = [...new Set(breaks)].sort((p, q) => p - q);
  const keep = samples.filter((s) => b.every((x) => Math.abs(x - s) > minGap));
  return [...new Set([...keep, ...b])].sort((p, q) => p - q);
}

/** u samples: dense at the arches, arc-length spaced in the caps. */
function uSamples(): number[] {
  const du = (U_FRONT - U_REAR) / (CAR.zCapFront - CAR.zCapRear);
  const mid = samplesWithBreaks(
    uAtZ(CAR.zCapRear),
    uAtZ(CAR.zCapFront),
    (u) => {
      const z = CAR.zCapRear + (u - U_REAR) / du;
      const nearArch = ARCH_ZS.some((zc) => Math.abs(z - zc) < 0.5);
      return (nearArch ? 0.024 : 0.036) * du;
    },
    [],
  );
  const rear = capSamples(0, U_REAR, 0.03);
  const front = capSamples(U_FRONT, 1, 0.03);
  const all = [...rear.slice(0, -1), ...mid, ...front.slice(1)];
  const bps = breakpoints().u;
  return withBreaks(all, bps, 0.3 * 0.024 * du);
}

/** v samples: arc-length spaced around a cabin section and a hood section. */
function vSamples(): number[] {
  const n = 600;
  const acc: number[] = [0];
  const zs = [uAtZ(-0.7), uAtZ(1.2)];
  let prev = zs.map((u) => bodyPoint(u, 0));
  for (let k = 1; k <= n; k++) {
    const cur = zs.map((u) => bodyPoint(u, k / n));
    const seg = Math.max(
      ...cur.map((p, i) => Math.hypot(p[0] - prev[i]![0], p[1] - prev[i]![1], p[2] - prev[i]![2])),
    );
    const v = k / n;
    const side = v < 0.07 ? 0.35 : v < 0.5 ? 1.1 : v < 0.8 ? 1.0 : 0.6;
    acc.push(acc[k - 1]! + seg * side);
    prev = cur;
  }
  const total = acc[n]!;
  const cnt = Math.round(total / 0.034);
  const out: number[] = [];
  let k = 0;
  for (let s = 0; s <= cnt; s++) {
    const target = (total * s) / cnt;
    while (k < n - 1 && acc[k + 1]! < target) k++;
    out.push((k + (target - acc[k]!) / (acc[k + 1]! - acc[k]! || 1)) / n);
  }
  return withBreaks(out, breakpoints().v, 0.004);
}

function point(u: number, v: number, edge: boolean): [number, number, number] {
  const p = bodyPoint(u, v);
  if (edge) p[0] = 0;
  return p;
}

const inArchBand = (v: number, u: number): boolean => v < V.belt && u > U_REAR && u < U_FRONT;

/** Move (u, v) so the body point lands on the arch circle (Newton on the side-view distance). */
function snapToArch(u: number, v: number): [number, number] {
  let cu = u;
  let cv = v;
  const h = 1e-5;
  for (let it = 0; it < 8; it++) {
    const f = (a: number, b: number) => {
      const p = bodyPoint(a, b);
      return archDistance(p[1], p[2]);
    };
    const f0 = f(cu, cv);
    if (Math.abs(f0) < 1e-6) break;
    const fu = (f(cu + h, cv) - f0) / h;
    const fv = (f(cu, cv + h) - f0) / h;
    const g2 = fu * fu + fv * fv || 1;
    cu -= (f0 * fu) / g2;
    cv -= (f0 * fv) / g2;
  }
  return [cu, cv];
}

/** Build the sampled, arch-cut half body. */
export function buildBodyGrid(): BodyGrid {
  const us = uSamples();
  const vs = vSamples();
  const nu = us.length;
  const nv = vs.length;
  const pos = new Float64Array(nu * nv * 3);
  const at = (i: number, j: number) => (i * nv + j) * 3;
  const dist = new Float64Array(nu * nv).fill(Number.POSITIVE_INFINITY);
  const par = new Float64Array(nu * nv * 2);
  for (let i = 0; i < nu; i++)
    for (let j = 0; j < nv; j++) {
      const p = point(us[i]!, vs[j]!, j === 0 || j === nv - 1 || i === 0 || i === nu - 1);
      pos.set(p, at(i, j));
      par[(i * nv + j) * 2] = us[i]!;
      par[(i * nv + j) * 2 + 1] = vs[j]!;
      if (inArchBand(vs[j]!, us[i]!) && p[0] > 0.45) dist[i * nv + j] = archDistance(p[1], p[2]);
    }
  // Snap the vertex nearer the circle on every grid edge that crosses an arch.
  const snap = new Uint8Array(nu * nv);
  for (let i = 0; i < nu; i++)
    for (let j = 0; j < nv; j++) {
      const d = dist[i * nv + j]!;
      if (!Number.isFinite(d)) continue;
      for (const [a, b] of [
        [i + 1, j],
        [i, j + 1],
      ] as const) {
        if (a >= nu || b >= nv) continue;
        const e = dist[a * nv + b]!;
        if (!Number.isFinite(e) || d * e >= 0) continue;
        if (Math.abs(d) <= Math.abs(e)) snap[i * nv + j] = 1;
        else snap[a * nv + b] = 1;
      }
    }
  for (let k = 0; k < nu * nv; k++) {
    if (!snap[k]) continue;
    const i = Math.floor(k / nv);
    const j = k % nv;
    const [su, sv] = snapToArch(us[i]!, vs[j]!);
    pos.set(bodyPoint(su, sv), k * 3);
    par[k * 2] = su;
    par[k * 2 + 1] = sv;
    dist[k] = 0;
  }
  const parts: string[] = [];
  const partIndex = new Map<string, number>();
  const tris: number[] = [];
  const len = (a: number, b: number) =>
    Math.hypot(pos[a]! - pos[b]!, pos[a + 1]! - pos[b + 1]!, pos[a + 2]! - pos[b + 2]!);
  for (let i = 0; i < nu - 1; i++)
    for (let j = 0; j < nv - 1; j++) {
      const part = partAt((us[i]! + us[i + 1]!) / 2, (vs[j]! + vs[j + 1]!) / 2);
      let pi = partIndex.get(part);
      if (pi === undefined) {
        pi = parts.length;
        parts.push(part);
        partIndex.set(part, pi);
      }
      const band = inArchBand((vs[j]! + vs[j + 1]!) / 2, (us[i]! + us[i + 1]!) / 2);
      const q = [i, j, i + 1, j, i + 1, j + 1, i, j + 1];
      const diagAC = len(at(i, j), at(i + 1, j + 1)) <= len(at(i + 1, j), at(i, j + 1));
      const ts = diagAC
        ? [
            [0, 1, 2],
            [0, 2, 3],
          ]
        : [
            [0, 1, 3],
            [1, 2, 3],
          ];
      for (const t of ts) {
        const vi = t.map((c) => [q[c * 2]!, q[c * 2 + 1]!] as const);
        if (band) {
          const cy = vi.reduce((s, [a, b]) => s + pos[at(a, b) + 1]!, 0) / 3;
          const cz = vi.reduce((s, [a, b]) => s + pos[at(a, b) + 2]!, 0) / 3;
          const cx = vi.reduce((s, [a, b]) => s + pos[at(a, b)]!, 0) / 3;
          if (cx > 0.45 && archDistance(cy, cz) < 0) continue;
        }
        const A = vi.map(([a, b]) => at(a, b));
        const e1 = [0, 1, 2].map((d) => pos[A[1]! + d]! - pos[A[0]! + d]!);
        const e2 = [0, 1, 2].map((d) => pos[A[2]! + d]! - pos[A[0]! + d]!);
        const cr = Math.hypot(
          e1[1]! * e2[2]! - e1[2]! * e2[1]!,
          e1[2]! * e2[0]! - e1[0]! * e2[2]!,
          e1[0]! * e2[1]! - e1[1]! * e2[0]!,
        );
        if (cr < 2e-8) continue;
        // Slivers lying in the symmetry plane (x = 0 at all corners) face sideways inside the body: drop them.
        if (A.every((k) => pos[k] === 0)) continue;
        // Grid runs u forward (+z) and v up/around; this order faces outward for the left half.
        tris.push(vi[0]![0], vi[0]![1], vi[2]![0], vi[2]![1], vi[1]![0], vi[1]![1], pi);
      }
    }
  const nrm = new Float64Array(nu * nv * 3);
  // Region sums for vertices that touch a plate recess (key: vertex * 4 + region).
  const regionSum = new Map<number, [number, number, number]>();
  const regions: number[] = [];
  for (let t = 0; t < tris.length; t += 7) {
    const a = at(tris[t]!, tris[t + 1]!);
    const b = at(tris[t + 2]!, tris[t + 3]!);
    const c = at(tris[t + 4]!, tris[t + 5]!);
    const ux = pos[b]! - pos[a]!;
    const uy = pos[b + 1]! - pos[a + 1]!;
    const uz = pos[b + 2]! - pos[a + 2]!;
    const vx = pos[c]! - pos[a]!;
    const vy = pos[c + 1]! - pos[a + 1]!;
    const vz = pos[c + 2]! - pos[a + 2]!;
    const n = [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx];
    for (const k of [a, b, c]) for (let d = 0; d < 3; d++) nrm[k + d] = nrm[k + d]! + n[d]!;
    const pc = [a, b, c].map((k) => k / 3);
    const region = shadingRegion(
      (par[pc[0]! * 2]! + par[pc[1]! * 2]! + par[pc[2]! * 2]!) / 3,
      (par[pc[0]! * 2 + 1]! + par[pc[1]! * 2 + 1]! + par[pc[2]! * 2 + 1]!) / 3,
    );
    regions.push(region);
    for (const k of pc) {
      const key = k * 4 + region;
      const acc = regionSum.get(key) ?? [0, 0, 0];
      for (let d = 0; d < 3; d++) acc[d] = acc[d]! + n[d]!;
      regionSum.set(key, acc);
    }
  }
  for (let k = 0; k < nu * nv; k++) {
    const i = Math.floor(k / nv);
    const j = k % nv;
    if (j === 0 || j === nv - 1 || i === 0 || i === nu - 1) nrm[k * 3] = 0;
    const l = Math.hypot(nrm[k * 3]!, nrm[k * 3 + 1]!, nrm[k * 3 + 2]!) || 1;
    for (let d = 0; d < 3; d++) nrm[k * 3 + d]! /= l;
  }
  // A vertex on a recess edge takes, per triangle corner, the normal of that triangle's region alone.
  const cornerNrm = new Float64Array((tris.length / 7) * 9);
  for (let t = 0, q = 0; t < tris.length; t += 7, q++)
    for (let c = 0; c < 3; c++) {
      const i = tris[t + c * 2]!;
      const j = tris[t + c * 2 + 1]!;
      const k = i * nv + j;
      const touched = [0, 1, 2].filter((r) => regionSum.has(k * 4 + r)).length > 1;
      const n = touched
        ? [...regionSum.get(k * 4 + regions[q]!)!]
        : [nrm[k * 3]!, nrm[k * 3 + 1]!, nrm[k * 3 + 2]!];
      if (j === 0 || j === nv - 1 || i === 0 || i === nu - 1) n[0] = 0;
      const l = Math.hypot(n[0]!, n[1]!, n[2]!) || 1;
      for (let d = 0; d < 3; d++) cornerNrm[q * 9 + c * 3 + d] = n[d]! / l;
    }
  return { us, vs, pos, nrm, par, tris, cornerNrm, parts };
}
