/**
 * Flattens each wrap zone to UVs in metres (1 UV unit = 1 m of surface), so artwork maps at real size.
 * The car's left half is flattened by stress majorisation (SMACOF) from a projection; the right half is its mirror
 * image in UV (-U), which keeps artwork reading the right way round from outside on both sides.
 * Zones that cross the centre line pin their centre vertices to U = 0 so both halves meet in one chart.
 * Orientation (glTF: UV origin at the image's top-left, v runs down the image): the rule is the domain's
 * (`@domain/artwork/orientation`: every chart reads unmirrored from outside, the image's top points the zone's
 * `imageTopOf` way); `chartTurn` says how to turn each chart to obey it.
 */
import { chartTurn, type ImageTop } from '@domain/artwork/orientation';
import type { Mesh } from './mesh';

/** First flat layout of vertex k (from arc lengths on the grid), before relaxation. */
export type Projection = (k: number) => [number, number];

const key = (x: number, y: number, z: number): string => `${x.toFixed(6)},${y.toFixed(6)},${z.toFixed(6)}`;

/** Relax a 2D embedding so edge lengths match the 3D ones (Guttman transform); `pinU` vertices keep U = 0. */
function smacof(pos: number[], uv: Float64Array, tris: number[], pinU: Uint8Array, iterations: number): void {
  const n = uv.length / 2;
  const nb: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (let t = 0; t < tris.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = tris[t + e]!;
      const b = tris[t + ((e + 1) % 3)]!;
      const d = Math.hypot(
        pos[a * 3]! - pos[b * 3]!,
        pos[a * 3 + 1]! - pos[b * 3 + 1]!,
        pos[a * 3 + 2]! - pos[b * 3 + 2]!,
      );
      if (d < 1e-9) continue;
      nb[a]!.set(b, d);
      nb[b]!.set(a, d);
    }
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let sw = 0;
      let su = 0;
      let sv = 0;
      for (const [j, d] of nb[i]!) {
        const w = 1 / (d * d);
        const du = uv[i * 2]! - uv[j * 2]!;
        const dv = uv[i * 2 + 1]! - uv[j * 2 + 1]!;
        const l = Math.hypot(du, dv) || 1e-12;
        su += w * (uv[j * 2]! + (d * du) / l);
        sv += w * (uv[j * 2 + 1]! + (d * dv) / l);
        sw += w;
      }
      if (sw) {
        uv[i * 2] = pinU[i] ? 0 : su / sw;
        uv[i * 2 + 1] = sv / sw;
      }
    }
  }
}

/** Smooth folded spots away: vertices of folded triangles move to their neighbours' average until none is folded. */
function untangle(uv: Float64Array, tris: number[], pinU: Uint8Array): void {
  const n = uv.length / 2;
  const nb: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (let t = 0; t < tris.length; t += 3)
    for (let e = 0; e < 3; e++) {
      nb[tris[t + e]!]!.add(tris[t + ((e + 1) % 3)]!);
      nb[tris[t + ((e + 1) % 3)]!]!.add(tris[t + e]!);
    }
  let total = 0;
  for (let t = 0; t < tris.length; t += 3) total += uvSignedArea(uv, tris, t);
  const sign = Math.sign(total) || 1;
  for (let round = 0; round < 60; round++) {
    const bad = new Set<number>();
    for (let t = 0; t < tris.length; t += 3)
      if (uvSignedArea(uv, tris, t) * sign <= 0) for (let e = 0; e < 3; e++) bad.add(tris[t + e]!);
    if (!bad.size) return;
    const grow = new Set(bad);
    if (round > 20) for (const v of bad) for (const w of nb[v]!) grow.add(w);
    for (const v of [...grow].sort((a, b) => a - b)) {
      let su = 0;
      let sv = 0;
      for (const w of nb[v]!) {
        su += uv[w * 2]!;
        sv += uv[w * 2 + 1]!;
      }
      const k = nb[v]!.size || 1;
      uv[v * 2] = pinU[v] ? 0 : su / k;
      uv[v * 2 + 1] = sv / k;
    }
  }
}

/** Share of surface area whose UV scale is within ±20 %, or -1 when any triangle is folded. */
export function layoutScore(pos: ArrayLike<number>, uv: ArrayLike<number>, tris: ArrayLike<number>): number {
  let good = 0;
  let total = 0;
  let signSum = 0;
  const signs: number[] = [];
  for (let t = 0; t < tris.length; t += 3) {
    const s = uvSignedArea(uv, tris, t);
    signs.push(s);
    signSum += s;
  }
  for (let t = 0, k = 0; t < tris.length; t += 3, k++) {
    const a = tris[t]! * 3;
    const b = tris[t + 1]! * 3;
    const c = tris[t + 2]! * 3;
    const ux = pos[b]! - pos[a]!;
    const uy = pos[b + 1]! - pos[a + 1]!;
    const uz = pos[b + 2]! - pos[a + 2]!;
    const vx = pos[c]! - pos[a]!;
    const vy = pos[c + 1]! - pos[a + 1]!;
    const vz = pos[c + 2]! - pos[a + 2]!;
    const area = Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
    const s = signs[k]! * Math.sign(signSum);
    if (s <= 0 && area > 1e-10) return -1;
    total += area;
    const r = s / (area || 1);
    if (r > 0.8 && r < 1.25) good += area;
  }
  return total ? good / total : 0;
}

/** Signed UV area of triangle t in (u, v) with v up (positive = counter-clockwise). */
export function uvSignedArea(uvs: ArrayLike<number>, idx: ArrayLike<number>, t: number): number {
  const a = idx[t]! * 2;
  const b = idx[t + 1]! * 2;
  const c = idx[t + 2]! * 2;
  return (
    ((uvs[b]! - uvs[a]!) * (uvs[c + 1]! - uvs[a + 1]!) - (uvs[c]! - uvs[a]!) * (uvs[b + 1]! - uvs[a + 1]!)) /
    2
  );
}

/**
 * Flatten a zone mesh whose vertices are mirror-symmetric about x = 0 (or lie on one side only); writes mesh.uvs.
 * `top` is which way the artwork's top edge points (`imageTopOf(zone)`: the sky on side panels, the rear on the
 * hood and roof). Returns the UV extent in metres.
 */
export function flattenZone(
  mesh: Mesh,
  project: Projection,
  pinned: (k: number) => boolean,
  top: ImageTop,
  iterations = 300,
): [number, number] {
  const n = mesh.positions.length / 3;
  const p = mesh.positions;
  const byPos = new Map<string, number>();
  for (let i = 0; i < n; i++) byPos.set(key(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!), i);
  const mirrorOf = (i: number) => byPos.get(key(-p[i * 3]! || 0, p[i * 3 + 1]!, p[i * 3 + 2]!));
  // The centre line that joins the halves in UV: the tip rows (bumpers, tailgate) or the top centre line (hood, roof).
  const isPinned = (v: number) => pinned(v);
  const hasLeft = p.some((x, i) => i % 3 === 0 && x > 1e-9);
  const side = hasLeft ? 1 : -1;
  const isHalf = (i: number) => side * p[i * 3]! >= -1e-9;
  // Left-half triangles (or the only side's triangles), re-indexed.
  const local = new Map<number, number>();
  const gl: number[] = [];
  const lpos: number[] = [];
  const ltris: number[] = [];
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const tri = [mesh.indices[t]!, mesh.indices[t + 1]!, mesh.indices[t + 2]!];
    if (!tri.every(isHalf)) continue;
    for (const v of tri) {
      if (!local.has(v)) {
        local.set(v, gl.length);
        gl.push(v);
        lpos.push(side * p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!);
      }
      ltris.push(local.get(v)!);
    }
  }
  const crossing =
    gl.some((v) => Math.abs(p[v * 3]!) <= 1e-9) && hasLeft && p.some((x, i) => i % 3 === 0 && x < -1e-9);
  const uv = new Float64Array(gl.length * 2);
  const pin = new Uint8Array(gl.length);
  gl.forEach((v, k) => {
    const q = project(v);
    uv[k * 2] = q[0];
    uv[k * 2 + 1] = q[1];
    if (crossing && Math.abs(p[v * 3]!) <= 1e-9 && isPinned(v)) pin[k] = 1;
  });
  if (crossing) for (let k = 0; k < gl.length; k++) if (pin[k]) uv[k * 2] = 0;
  // Relax in stages; keep the stage with no folded triangle and the most area at true scale.
  let best = uv.slice();
  let bestScore = layoutScore(lpos, uv, ltris);
  let done = 0;
  for (const stage of [40, 120, 300, 1000, iterations]) {
    if (stage <= done || stage > iterations) continue;
    smacof(lpos, uv, ltris, pin, stage - done);
    done = stage;
    const trial = uv.slice();
    untangle(trial, ltris, pin);
    const score = layoutScore(lpos, trial, ltris);
    if (score > bestScore) {
      bestScore = score;
      best = trial;
    }
  }
  uv.set(best);
  if (bestScore < 0) untangle(uv, ltris, pin);
  // Mirror U when the chart reads mirrored from outside, then turn it half a turn (still unmirrored) when the
  // image's top points away from `top`: the domain's rule decides both.
  const turn = chartTurn(
    [{ uv, indices: ltris, positions: gl.flatMap((v) => [p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!]) }],
    top,
  );
  if (turn.mirrorU) for (let k = 0; k < gl.length; k++) uv[k * 2] = -uv[k * 2]!;
  if (turn.halfTurn) for (let k = 0; k < uv.length; k++) uv[k] = -uv[k]! || 0;
  const out = new Array(n * 2).fill(0);
  gl.forEach((v, k) => {
    const u = uv[k * 2]!;
    out[v * 2] = u;
    out[v * 2 + 1] = uv[k * 2 + 1]!;
    const m = mirrorOf(v);
    if (m !== undefined && m !== v && !local.has(m)) {
      out[m * 2] = -u;
      out[m * 2 + 1] = uv[k * 2 + 1]!;
    }
  });
  // Centre vertices off the pinned line get a twin for the right half (a short UV seam).
  if (crossing) {
    const twin = new Map<number, number>();
    for (let t = 0; t < mesh.indices.length; t += 3) {
      const tri = [mesh.indices[t]!, mesh.indices[t + 1]!, mesh.indices[t + 2]!];
      if (tri.every(isHalf)) continue;
      for (let c = 0; c < 3; c++) {
        const v = tri[c]!;
        if (Math.abs(p[v * 3]!) > 1e-9 || isPinned(v)) continue;
        let w = twin.get(v);
        if (w === undefined) {
          w = mesh.positions.length / 3;
          twin.set(v, w);
          mesh.positions.push(p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!);
          mesh.normals.push(mesh.normals[v * 3]!, mesh.normals[v * 3 + 1]!, mesh.normals[v * 3 + 2]!);
          out.push(-out[v * 2]!, out[v * 2 + 1]!);
        }
        mesh.indices[t + c] = w;
      }
    }
  }
  const total = mesh.positions.length / 3;
  // Separate islands of the two sides (zones that do not cross the centre, like the pillars).
  const hasRight = p.some((x, i) => i % 3 === 0 && x < -1e-9);
  if (hasLeft && hasRight && !crossing) {
    let minL = Number.POSITIVE_INFINITY;
    let maxR = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < total; i++) {
      if (p[i * 3]! > 0) minL = Math.min(minL, out[i * 2]);
      else maxR = Math.max(maxR, out[i * 2]);
    }
    const shift = maxR - minL + 0.05;
    for (let i = 0; i < total; i++) if (p[i * 3]! > 0) out[i * 2] += shift;
  }
  let u0 = Number.POSITIVE_INFINITY;
  let v0 = Number.POSITIVE_INFINITY;
  let u1 = Number.NEGATIVE_INFINITY;
  let v1 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < total; i++) {
    u0 = Math.min(u0, out[i * 2]);
    u1 = Math.max(u1, out[i * 2]);
    v0 = Math.min(v0, out[i * 2 + 1]);
    v1 = Math.max(v1, out[i * 2 + 1]);
  }
  for (let i = 0; i < total; i++) {
    out[i * 2] = Math.round((out[i * 2] - u0) * 1e6) / 1e6;
    out[i * 2 + 1] = Math.round((out[i * 2 + 1] - v0) * 1e6) / 1e6;
  }
  mesh.uvs = out;
  // Rounded up to the millimetre: the declared extent always contains every UV (templates draw inside it).
  const mm = (x: number) => Math.ceil(Math.round(x * 1e6) / 1000) / 1000;
  return [mm(u1 - u0), mm(v1 - v0)];
}
