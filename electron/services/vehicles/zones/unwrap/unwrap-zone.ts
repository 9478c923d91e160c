/**
 * `unwrapZone`: one wrap zone flattened for artwork at real size (UVs in metres). xatlas cuts the zone into
 * charts and flattens each (LSCM, with its own checks against folds); each chart is then mirrored/turned to read
 * like the generated car's layouts (orient.ts), scaled so its UV area equals its surface area, and the charts are
 * packed side by side (pack.ts). Synchronous and pure apart from progress and cancel.
 */
import type { ZoneEngineOptions, ZoneLayout } from '../types';
import { checkAndWeld, type ZoneMesh } from './input';
import { imageTop, meanNormal, orientChart } from './orient';
import { type ChartBox, packCharts } from './pack';
import { relaxChart } from './relax';
import { measureStretch, type StretchReport } from './stretch';
import { XATLAS_MAX_VERTICES, xatlasCharts } from './xatlas';

export { UnwrapError, type ZoneMesh } from './input';

/** A zone's layout with what the unwrap found: stretch per chart and the chart of each triangle. */
export interface UnwrapResult extends ZoneLayout {
  /** Chart index per output triangle. */
  chartOfTriangle: Uint32Array;
  stretch: StretchReport;
  /** Input triangles left out: degenerate (no area). */
  droppedTriangles: number;
}

/** Flatten one zone (car frame, metres) into charts at real size that read upright, packed without overlap. */
export function unwrapZone(zone: ZoneMesh, opts: ZoneEngineOptions = {}): UnwrapResult {
  const { signal, onProgress } = opts;
  signal?.throwIfAborted();
  const welded = checkAndWeld(zone);
  onProgress?.(0.05);
  const parts = splitForXatlas(welded.positions, welded.indices);
  signal?.throwIfAborted();
  const flattened = xatlasCharts(parts);
  onProgress?.(0.8);
  signal?.throwIfAborted();

  // Gather the parts' output into one mesh.
  let vertexCount = 0;
  let indexCount = 0;
  for (const f of flattened) {
    vertexCount += f.xref.length;
    indexCount += f.indices.length;
  }
  const positions = new Float32Array(vertexCount * 3);
  const uvs = new Float64Array(vertexCount * 2);
  const indices = new Uint32Array(indexCount);
  let vBase = 0;
  let iBase = 0;
  flattened.forEach((f, p) => {
    const src = parts[p]!.positions;
    for (let i = 0; i < f.xref.length; i++) {
      const x = f.xref[i]!;
      positions.set([src[x * 3]!, src[x * 3 + 1]!, src[x * 3 + 2]!], (vBase + i) * 3);
    }
    uvs.set(f.uvs, vBase * 2);
    for (let i = 0; i < f.indices.length; i++) indices[iBase + i] = f.indices[i]! + vBase;
    vBase += f.xref.length;
    iBase += f.indices.length;
  });

  const { chartOfTriangle, charts } = chartsOf(indices, vertexCount);
  const top = imageTop(zone.type);
  const facing = meanNormal(positions, indices);
  const boxes: ChartBox[] = charts.map(({ verts, tris }) => {
    orientChart(positions, uvs, verts, tris, top, facing);
    relaxChart(positions, uvs, verts, tris);
    // Relaxing can turn the chart a little: turn it upright again.
    orientChart(positions, uvs, verts, tris, top, facing);
    return box(uvs, verts);
  });
  const { offsets, size } = packCharts(boxes);
  charts.forEach(({ verts }, c) => {
    const [du, dv] = offsets[c]!;
    for (const v of verts) {
      uvs[v * 2] = uvs[v * 2]! + du;
      uvs[v * 2 + 1] = uvs[v * 2 + 1]! + dv;
    }
  });
  const out = Float32Array.from(uvs);
  const stretch = measureStretch(positions, out, indices, chartOfTriangle, charts.length);
  onProgress?.(1);
  return {
    type: zone.type,
    positions,
    indices,
    uvs: out,
    sizeM: size,
    withinTenPercent: stretch.withinTenPercent,
    charts: charts.length,
    chartOfTriangle,
    stretch,
    droppedTriangles: welded.dropped,
  };
}

/** Split a welded mesh into pieces of at most XATLAS_MAX_VERTICES, in slabs along its longest axis. */
function splitForXatlas(
  positions: Float32Array,
  indices: Uint32Array,
): { positions: Float32Array; indices: Uint32Array }[] {
  if (positions.length / 3 <= XATLAS_MAX_VERTICES) return [{ positions, indices }];
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i++) {
    min[i % 3] = Math.min(min[i % 3]!, positions[i]!);
    max[i % 3] = Math.max(max[i % 3]!, positions[i]!);
  }
  const spans = [0, 1, 2].map((k) => max[k]! - min[k]!);
  const axis = spans.indexOf(Math.max(...spans));
  const triangles = indices.length / 3;
  const order = Array.from({ length: triangles }, (_, t) => t);
  const key = (t: number) =>
    positions[indices[t * 3]! * 3 + axis]! +
    positions[indices[t * 3 + 1]! * 3 + axis]! +
    positions[indices[t * 3 + 2]! * 3 + axis]!;
  order.sort((a, b) => key(a) - key(b) || a - b);
  const pieces: { positions: Float32Array; indices: Uint32Array }[] = [];
  let local = new Map<number, number>();
  let pos: number[] = [];
  let idx: number[] = [];
  const flush = () => {
    pieces.push({ positions: new Float32Array(pos), indices: new Uint32Array(idx) });
    local = new Map();
    pos = [];
    idx = [];
  };
  for (const t of order) {
    if (local.size + 3 > XATLAS_MAX_VERTICES) flush();
    for (let k = 0; k < 3; k++) {
      const v = indices[t * 3 + k]!;
      let l = local.get(v);
      if (l === undefined) {
        l = local.size;
        local.set(v, l);
        pos.push(positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!);
      }
      idx.push(l);
    }
  }
  if (idx.length) flush();
  return pieces;
}

/** Charts = triangles connected through shared output vertices (xatlas duplicates vertices on chart seams). */
function chartsOf(
  indices: Uint32Array,
  vertexCount: number,
): { chartOfTriangle: Uint32Array; charts: { verts: number[]; tris: number[] }[] } {
  const parent = new Int32Array(vertexCount).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let t = 0; t < indices.length; t += 3) {
    const a = find(indices[t]!);
    const b = find(indices[t + 1]!);
    const c = find(indices[t + 2]!);
    parent[b] = a;
    parent[find(c)] = a;
  }
  const chartOfRoot = new Map<number, number>();
  const charts: { verts: number[]; tris: number[] }[] = [];
  const chartOfTriangle = new Uint32Array(indices.length / 3);
  const seen = new Uint8Array(vertexCount);
  for (let t = 0; t < indices.length; t += 3) {
    const root = find(indices[t]!);
    let c = chartOfRoot.get(root);
    if (c === undefined) {
      c = charts.length;
      chartOfRoot.set(root, c);
      charts.push({ verts: [], tris: [] });
    }
    chartOfTriangle[t / 3] = c;
    const chart = charts[c]!;
    for (let k = 0; k < 3; k++) {
      const v = indices[t + k]!;
      chart.tris.push(v);
      if (!seen[v]) {
        seen[v] = 1;
        chart.verts.push(v);
      }
    }
  }
  return { chartOfTriangle, charts };
}

/** UV bounding box of vertices `verts`. */
function box(uv: Float64Array, verts: readonly number[]): ChartBox {
  let minU = Infinity;
  let minV = Infinity;
  let maxU = -Infinity;
  let maxV = -Infinity;
  for (const v of verts) {
    minU = Math.min(minU, uv[v * 2]!);
    maxU = Math.max(maxU, uv[v * 2]!);
    minV = Math.min(minV, uv[v * 2 + 1]!);
    maxV = Math.max(maxV, uv[v * 2 + 1]!);
  }
  return { minU, minV, width: maxU - minU, height: maxV - minV };
}
