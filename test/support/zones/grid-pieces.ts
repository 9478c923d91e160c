/** TEST ONLY: the same paint cut into many arbitrary pieces, as a modeller's export in 150 parts would arrive. */
import type { PaintMesh } from '@services/vehicles/zones/types';

/**
 * Regroups the triangles by a grid of `cellM` cubes (by centroid), each cell its own piece with its own copy of the
 * vertices (pieces are not welded), the pieces in a shuffled order.
 */
export function gridPieces(paint: PaintMesh, cellM: number): PaintMesh & { pieces: number } {
  const { positions: p, indices } = paint;
  const cells = new Map<string, number[]>();
  for (let t = 0; t < indices.length / 3; t++) {
    const c = [0, 1, 2].map((r) =>
      Math.floor(
        (p[indices[t * 3]! * 3 + r]! + p[indices[t * 3 + 1]! * 3 + r]! + p[indices[t * 3 + 2]! * 3 + r]!) /
          3 /
          cellM,
      ),
    );
    const key = c.join(',');
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key)!.push(t);
  }
  // A fixed shuffle (the pieces' order must not matter).
  const order = [...cells.values()]
    .map((list, i) => ({ list, k: (i * 7919) % 1009 }))
    .sort((a, b) => a.k - b.k);
  const positions: number[] = [];
  const out: number[] = [];
  const piece: number[] = [];
  order.forEach(({ list }, i) => {
    const local = new Map<number, number>();
    for (const t of list) {
      for (let k = 0; k < 3; k++) {
        const v = indices[t * 3 + k]!;
        let id = local.get(v);
        if (id === undefined) {
          id = positions.length / 3;
          positions.push(p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!);
          local.set(v, id);
        }
        out.push(id);
      }
      piece.push(i);
    }
  });
  return {
    positions: Float32Array.from(positions),
    indices: Uint32Array.from(out),
    pieceOfTriangle: Uint32Array.from(piece),
    pieces: order.length,
  };
}
