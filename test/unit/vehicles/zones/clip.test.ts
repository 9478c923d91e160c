import { cutByPlanes } from '@services/vehicles/zones/segment/clip';
import { describe, expect, it } from 'vitest';
import { triangleAreas } from '../../../support/zones/score';

/** A unit square in the x-z plane as two triangles, and the same square as two unwelded pieces. */
const square = {
  positions: Float32Array.of(0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1),
  indices: Uint32Array.of(0, 1, 2, 0, 2, 3),
};

const total = (p: Float32Array, i: Uint32Array) => triangleAreas(p, i).reduce((a, b) => a + b, 0);

describe('cutting triangles along planes', () => {
  it('keeps the area, puts no triangle across a plane, and shares each new vertex between the two sides', () => {
    const cut = cutByPlanes(square.positions, square.indices, [
      { axis: 0, at: 0.3 },
      { axis: 2, at: 0.55 },
    ]);
    expect(total(cut.positions, cut.indices)).toBeCloseTo(1, 6);
    for (let t = 0; t < cut.indices.length / 3; t++) {
      const xs = [0, 1, 2].map((k) => cut.positions[cut.indices[t * 3 + k]! * 3]!);
      expect(Math.min(...xs) >= 0.3 - 1e-7 || Math.max(...xs) <= 0.3 + 1e-7).toBe(true);
    }
    // Every new vertex (beyond the four corners) lies on a plane and is used on both sides of it.
    for (let v = 4; v < cut.positions.length / 3; v++) {
      const x = cut.positions[v * 3]!;
      const z = cut.positions[v * 3 + 2]!;
      expect(Math.abs(x - 0.3) < 1e-6 || Math.abs(z - 0.55) < 1e-6).toBe(true);
    }
    expect(cut.sourceOf.length).toBe(cut.indices.length / 3);
    expect(Math.max(...cut.sourceOf)).toBe(1);
  });

  it('gives unwelded touching pieces the same cut point, so they still meet', () => {
    const positions = Float32Array.of(0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1);
    const cut = cutByPlanes(positions, Uint32Array.of(0, 1, 2, 3, 4, 5), [{ axis: 2, at: 0.4 }]);
    const onDiagonal: string[] = [];
    for (let v = 6; v < cut.positions.length / 3; v++) {
      const p = [0, 1, 2].map((k) => cut.positions[v * 3 + k]!);
      if (Math.abs(p[0]! - p[2]!) < 1e-6) onDiagonal.push(p.join(','));
    }
    expect(onDiagonal).toHaveLength(2);
    expect(onDiagonal[0]).toBe(onDiagonal[1]);
  });
});
