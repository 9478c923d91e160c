/** Triangles of one zone primitive in UV space: TEXCOORD_0 pairs and triangle indices (null = non-indexed). */
export interface UvTriangles {
  uv: ArrayLike<number>;
  indices: ArrayLike<number> | null;
}

/** A closed or open polyline in the unit the caller chose (UV units, then millimetres). */
export type Polyline = [number, number][];

const QUANT = 1e6;

/**
 * The outline of a zone's UV layout: edges used by exactly one triangle (UV seams duplicate vertices, so
 * points are matched by position, not index), chained into polylines. Degenerate triangles are ignored.
 */
export function uvOutline(parts: readonly UvTriangles[]): Polyline[] {
  const points = new Map<string, [number, number]>();
  const edges = new Map<string, number>();
  const keyOf = (uv: ArrayLike<number>, i: number) => {
    const u = uv[i * 2] as number;
    const v = uv[i * 2 + 1] as number;
    const key = `${Math.round(u * QUANT)},${Math.round(v * QUANT)}`;
    if (!points.has(key)) points.set(key, [u, v]);
    return key;
  };
  for (const { uv, indices } of parts) {
    const count = indices ? indices.length : uv.length / 2;
    for (let t = 0; t + 2 < count; t += 3) {
      const ids = [0, 1, 2].map((k) => (indices ? (indices[t + k] as number) : t + k));
      const keys = ids.map((i) => keyOf(uv, i));
      if (new Set(keys).size < 3) continue;
      for (let k = 0; k < 3; k++) {
        const a = keys[k] as string;
        const b = keys[(k + 1) % 3] as string;
        const edge = a < b ? `${a}|${b}` : `${b}|${a}`;
        edges.set(edge, (edges.get(edge) ?? 0) + 1);
      }
    }
  }
  const next = new Map<string, string[]>();
  for (const [edge, n] of edges) {
    if (n !== 1) continue;
    const [a, b] = edge.split('|') as [string, string];
    next.set(a, [...(next.get(a) ?? []), b]);
    next.set(b, [...(next.get(b) ?? []), a]);
  }
  const used = new Set<string>();
  const take = (a: string, b: string) => used.add(a < b ? `${a}|${b}` : `${b}|${a}`);
  const isUsed = (a: string, b: string) => used.has(a < b ? `${a}|${b}` : `${b}|${a}`);
  const lines: Polyline[] = [];
  // Open chains first (start at points with an odd number of boundary edges), then closed loops.
  const odd = (k: string) => (next.get(k)?.length ?? 0) % 2 === 1;
  const starts = [...[...next.keys()].filter(odd), ...[...next.keys()].filter((k) => !odd(k))];
  for (const start of starts) {
    for (;;) {
      const first = next.get(start)?.find((n) => !isUsed(start, n));
      if (first === undefined) break;
      const line: string[] = [start, first];
      take(start, first);
      let here = first;
      for (;;) {
        const step = next.get(here)?.find((n) => !isUsed(here, n));
        if (step === undefined) break;
        take(here, step);
        line.push(step);
        here = step;
      }
      lines.push(line.map((k) => points.get(k) as [number, number]));
    }
  }
  return lines;
}

/** Bounding box of polylines: [minX, minY, maxX, maxY]. */
export function boundsOf(lines: readonly Polyline[]): [number, number, number, number] {
  let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of lines) {
    for (const [x, y] of line)
      box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
  }
  return box;
}
