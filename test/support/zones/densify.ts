/** TEST ONLY: a denser copy of a paint mesh (each triangle split into four at its edge midpoints, `rounds` times). */
import type { PaintMesh } from '@services/vehicles/zones/types';

/** Splits every triangle into four, `rounds` times (edge midpoints shared, so the surface stays one piece). */
export function densify(paint: PaintMesh, rounds: number): PaintMesh {
  let positions = Array.from(paint.positions);
  let indices = Array.from(paint.indices);
  for (let r = 0; r < rounds; r++) {
    const mid = new Map<number, number>();
    const at = (a: number, b: number) => {
      const key = a < b ? a * 0x4000000 + b : b * 0x4000000 + a;
      let m = mid.get(key);
      if (m === undefined) {
        m = positions.length / 3;
        for (let k = 0; k < 3; k++) positions.push((positions[a * 3 + k]! + positions[b * 3 + k]!) / 2);
        mid.set(key, m);
      }
      return m;
    };
    const next: number[] = [];
    for (let t = 0; t < indices.length; t += 3) {
      const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
      const ab = at(a, b);
      const bc = at(b, c);
      const ca = at(c, a);
      next.push(a, ab, ca, ab, b, bc, ca, bc, c, ab, bc, ca);
    }
    indices = next;
  }
  positions = positions.slice();
  return { positions: Float32Array.from(positions), indices: Uint32Array.from(indices) };
}
