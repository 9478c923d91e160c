/** How true to size a layout is: per triangle the UV area over the surface area (1 = real size). */
import { triangleArea } from './input';
import { signedUvArea } from './orient';

/** Stretch of a layout: the share of surface area at real size within ±10 %, overall and for the worst chart. */
export interface StretchReport {
  /** Share of the zone's area whose triangles' area scale is within ±10 % of true size (the ZoneLayout figure). */
  withinTenPercent: number;
  /** Share whose triangles keep both directions within ±10 % (no shear or squash hidden by an equal area). */
  withinTenPercentBothAxes: number;
  /** Surface area over UV area of the whole zone (1 = the layout is at real size on average). */
  areaRatio: number;
  /** Number of triangles whose UV is folded (wound the wrong way): 0 for a sound layout. */
  folded: number;
  /** The chart with the smallest share within ±10 %. */
  worstChart: { chart: number; withinTenPercent: number; areaM2: number };
  /** Per chart: surface area and share within ±10 %. */
  charts: { areaM2: number; withinTenPercent: number }[];
}

/** Measure `uvs` (metres) against `positions` for each triangle; `chartOfTriangle` groups them. */
export function measureStretch(
  positions: ArrayLike<number>,
  uvs: ArrayLike<number>,
  indices: ArrayLike<number>,
  chartOfTriangle: ArrayLike<number>,
  chartCount: number,
): StretchReport {
  const area = new Float64Array(chartCount);
  const good = new Float64Array(chartCount);
  let total = 0;
  let uvTotal = 0;
  let good10 = 0;
  let goodBoth = 0;
  let folded = 0;
  for (let t = 0, k = 0; t < indices.length; t += 3, k++) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const a3 = triangleArea(positions, a, b, c);
    // Image-unmirrored layouts wind clockwise with v up: their signed area is negative.
    const a2 = -signedUvArea(uvs, a, b, c);
    if (a2 <= 0) folded++;
    total += a3;
    uvTotal += Math.abs(a2);
    const ratio = a2 / (a3 || 1e-30);
    const chart = chartOfTriangle[k]!;
    area[chart] = area[chart]! + a3;
    if (ratio >= 0.9 && ratio <= 1.1) {
      good10 += a3;
      good[chart] = good[chart]! + a3;
    }
    const [s1, s2] = singularValues(positions, uvs, a, b, c);
    if (a2 > 0 && s1 >= 0.9 && s1 <= 1.1 && s2 >= 0.9 && s2 <= 1.1) goodBoth += a3;
  }
  const charts = Array.from({ length: chartCount }, (_, i) => ({
    areaM2: area[i]!,
    withinTenPercent: area[i]! > 0 ? good[i]! / area[i]! : 1,
  }));
  let worst = 0;
  for (let i = 1; i < chartCount; i++)
    if (charts[i]!.withinTenPercent < charts[worst]!.withinTenPercent) worst = i;
  return {
    withinTenPercent: total > 0 ? good10 / total : 0,
    withinTenPercentBothAxes: total > 0 ? goodBoth / total : 0,
    areaRatio: uvTotal > 0 ? total / uvTotal : 0,
    folded,
    worstChart: { chart: worst, ...charts[worst]! },
    charts,
  };
}

/**
 * Singular values of the map from the surface to UV on triangle (a, b, c): how much a unit length on the car
 * becomes on the layout along the most and least stretched directions (both 1 = real size, no distortion).
 */
function singularValues(
  p: ArrayLike<number>,
  uv: ArrayLike<number>,
  a: number,
  b: number,
  c: number,
): [number, number] {
  // Local orthonormal frame of the triangle: x along ab, y in-plane.
  const e1 = [p[b * 3]! - p[a * 3]!, p[b * 3 + 1]! - p[a * 3 + 1]!, p[b * 3 + 2]! - p[a * 3 + 2]!];
  const e2 = [p[c * 3]! - p[a * 3]!, p[c * 3 + 1]! - p[a * 3 + 1]!, p[c * 3 + 2]! - p[a * 3 + 2]!];
  const l1 = Math.hypot(e1[0]!, e1[1]!, e1[2]!);
  if (l1 < 1e-15) return [0, 0];
  const x2 = (e1[0]! * e2[0]! + e1[1]! * e2[1]! + e1[2]! * e2[2]!) / l1;
  const y2 = Math.sqrt(Math.max(0, e2[0]! ** 2 + e2[1]! ** 2 + e2[2]! ** 2 - x2 * x2));
  if (y2 < 1e-15) return [0, 0];
  const du1 = uv[b * 2]! - uv[a * 2]!;
  const dv1 = uv[b * 2 + 1]! - uv[a * 2 + 1]!;
  const du2 = uv[c * 2]! - uv[a * 2]!;
  const dv2 = uv[c * 2 + 1]! - uv[a * 2 + 1]!;
  // J maps surface (x, y) to (u, v): columns J·(l1, 0) = (du1, dv1), J·(x2, y2) = (du2, dv2).
  const j00 = du1 / l1;
  const j10 = dv1 / l1;
  const j01 = (du2 - j00 * x2) / y2;
  const j11 = (dv2 - j10 * x2) / y2;
  const f = j00 * j00 + j01 * j01 + j10 * j10 + j11 * j11;
  const det = Math.abs(j00 * j11 - j01 * j10);
  const d = Math.sqrt(Math.max(0, f * f - 4 * det * det));
  return [Math.sqrt((f + d) / 2), Math.sqrt(Math.max(0, (f - d) / 2))];
}
