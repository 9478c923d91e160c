/**
 * Evens out the scale inside a chart. xatlas' LSCM keeps angles but lets the scale drift along long, bent charts
 * (a pillar strip runs ±15 % off true size end to end). A few rounds of stress majorisation on the chart's edges
 * (each vertex moves to where its edges would have their 3D lengths: the Guttman transform, as the generated car's
 * layouts use in build/model/uv.ts) pull it towards real size. A round is kept only when it leaves no triangle
 * folded and more area within ±10 %, so relaxing never makes a chart worse than xatlas left it.
 */
import { triangleArea } from './input';
import { signedUvArea } from './orient';

/** Rounds tried, cumulative: the best fold-free stage wins. */
const STAGES = [20, 60, 150, 300];

/** Share of the chart's area within ±10 % of real size, or −1 when a triangle is folded (sign ≠ `sign`). */
function score(pos: ArrayLike<number>, uv: Float64Array, tris: readonly number[], sign: number): number {
  let good = 0;
  let total = 0;
  for (let t = 0; t < tris.length; t += 3) {
    const a3 = triangleArea(pos, tris[t]!, tris[t + 1]!, tris[t + 2]!);
    const a2 = signedUvArea(uv, tris[t]!, tris[t + 1]!, tris[t + 2]!) * sign;
    if (a2 <= 0 && a3 > 1e-12) return -1;
    total += a3;
    const r = a2 / (a3 || 1e-30);
    if (r >= 0.9 && r <= 1.1) good += a3;
  }
  return total > 0 ? good / total : 1;
}

/** Relax one chart's UVs in place (already at real size on average); `verts`/`tris` index `pos` and `uv`. */
export function relaxChart(
  pos: ArrayLike<number>,
  uv: Float64Array,
  verts: readonly number[],
  tris: readonly number[],
): void {
  let signed = 0;
  for (let t = 0; t < tris.length; t += 3) signed += signedUvArea(uv, tris[t]!, tris[t + 1]!, tris[t + 2]!);
  const sign = Math.sign(signed) || 1;
  let bestScore = score(pos, uv, tris, sign);
  if (bestScore >= 0.999) return;
  // Edges of the chart (each once) with their 3D lengths, as neighbour lists per vertex.
  const local = new Map<number, number>();
  verts.forEach((v, i) => {
    local.set(v, i);
  });
  const n = verts.length;
  const seen = new Set<number>();
  const nb: { j: number; d: number }[][] = Array.from({ length: n }, () => []);
  for (let t = 0; t < tris.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = local.get(tris[t + e]!)!;
      const b = local.get(tris[t + ((e + 1) % 3)]!)!;
      const key = a < b ? a * n + b : b * n + a;
      if (seen.has(key)) continue;
      seen.add(key);
      const va = verts[a]!;
      const vb = verts[b]!;
      const d = Math.hypot(
        pos[va * 3]! - pos[vb * 3]!,
        pos[va * 3 + 1]! - pos[vb * 3 + 1]!,
        pos[va * 3 + 2]! - pos[vb * 3 + 2]!,
      );
      if (d < 1e-9) continue;
      nb[a]!.push({ j: b, d });
      nb[b]!.push({ j: a, d });
    }
  const work = new Float64Array(n * 2);
  verts.forEach((v, i) => {
    work[i * 2] = uv[v * 2]!;
    work[i * 2 + 1] = uv[v * 2 + 1]!;
  });
  const localTris = tris.map((v) => local.get(v)!);
  const localPos = new Float64Array(n * 3);
  verts.forEach((v, i) => {
    localPos.set([pos[v * 3]!, pos[v * 3 + 1]!, pos[v * 3 + 2]!], i * 3);
  });
  let best: Float64Array | undefined;
  let done = 0;
  for (const stage of STAGES) {
    for (; done < stage; done++) {
      for (let i = 0; i < n; i++) {
        let sw = 0;
        let su = 0;
        let sv = 0;
        for (const { j, d } of nb[i]!) {
          const w = 1 / (d * d);
          const du = work[i * 2]! - work[j * 2]!;
          const dv = work[i * 2 + 1]! - work[j * 2 + 1]!;
          const l = Math.hypot(du, dv) || 1e-12;
          su += w * (work[j * 2]! + (d * du) / l);
          sv += w * (work[j * 2 + 1]! + (d * dv) / l);
          sw += w;
        }
        if (sw) {
          work[i * 2] = su / sw;
          work[i * 2 + 1] = sv / sw;
        }
      }
    }
    const s = score(localPos, work, localTris, sign);
    if (s > bestScore + 1e-6) {
      bestScore = s;
      best = work.slice();
    }
  }
  if (best)
    verts.forEach((v, i) => {
      uv[v * 2] = best[i * 2]!;
      uv[v * 2 + 1] = best[i * 2 + 1]!;
    });
}
