/** TEST ONLY: counts pairs of UV triangles of a layout whose insides overlap (shared edges and corners do not). */

/** Pairs of overlapping UV triangles (interiors overlapping by more than `tolerance` metres), found by a grid. */
export function overlappingPairs(
  uvs: ArrayLike<number>,
  indices: ArrayLike<number>,
  tolerance = 1e-6,
): number {
  const triangles = indices.length / 3;
  const corners = (t: number): [number, number][] =>
    [0, 1, 2].map(
      (k) => [uvs[indices[t * 3 + k]! * 2]!, uvs[indices[t * 3 + k]! * 2 + 1]!] as [number, number],
    );
  const cell = 0.02;
  const grid = new Map<string, number[]>();
  for (let t = 0; t < triangles; t++) {
    const c = corners(t);
    const x0 = Math.floor(Math.min(...c.map((p) => p[0])) / cell);
    const x1 = Math.floor(Math.max(...c.map((p) => p[0])) / cell);
    const y0 = Math.floor(Math.min(...c.map((p) => p[1])) / cell);
    const y1 = Math.floor(Math.max(...c.map((p) => p[1])) / cell);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const key = `${x},${y}`;
        const list = grid.get(key);
        if (list) list.push(t);
        else grid.set(key, [t]);
      }
  }
  const checked = new Set<string>();
  let pairs = 0;
  for (const list of grid.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const key = `${a},${b}`;
        if (checked.has(key)) continue;
        checked.add(key);
        if (overlap(corners(a), corners(b), tolerance)) pairs++;
      }
  return pairs;
}

/** Separating-axis test of two triangles: true when no edge normal separates them by more than −tolerance. */
function overlap(p: [number, number][], q: [number, number][], tolerance: number): boolean {
  for (const tri of [p, q])
    for (let e = 0; e < 3; e++) {
      const [ax, ay] = tri[e]!;
      const [bx, by] = tri[(e + 1) % 3]!;
      const nx = by - ay;
      const ny = ax - bx;
      const l = Math.hypot(nx, ny);
      if (l < 1e-15) continue;
      const proj = (pts: [number, number][]) => pts.map(([x, y]) => (x * nx + y * ny) / l);
      const pp = proj(p);
      const qq = proj(q);
      if (Math.max(...pp) <= Math.min(...qq) + tolerance || Math.max(...qq) <= Math.min(...pp) + tolerance)
        return false;
    }
  return true;
}
