import { unwrapZone } from '@services/vehicles/zones/unwrap/unwrap-zone';
import { describe, expect, it } from 'vitest';
import { overlappingPairs } from '../../../support/unwrap/overlap';
import { generatedCarZones } from '../../../support/unwrap/zones-of-car';

/** Each triangle cut into four at its edge midpoints (shared midpoints shared): the same surface, 4× the triangles. */
function subdivide(
  positions: Float32Array,
  indices: Uint32Array,
): { positions: Float32Array; indices: Uint32Array } {
  const pos = Array.from(positions);
  const mid = new Map<string, number>();
  const midpoint = (a: number, b: number) => {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    let m = mid.get(key);
    if (m === undefined) {
      m = pos.length / 3;
      mid.set(key, m);
      for (let k = 0; k < 3; k++) pos.push((pos[a * 3 + k]! + pos[b * 3 + k]!) / 2);
    }
    return m;
  };
  const out: number[] = [];
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
    const ab = midpoint(a, b);
    const bc = midpoint(b, c);
    const ca = midpoint(c, a);
    out.push(a, ab, ca, ab, b, bc, ca, bc, c, ab, bc, ca);
  }
  return { positions: new Float32Array(pos), indices: new Uint32Array(out) };
}

/**
 * Timing of big zones. xatlas' chart computation in this WebAssembly build costs about 1.7 s of CPU for the
 * 7.6k-triangle hood and grows faster than the triangle count, so this runs only when asked
 * (`UNWRAP_LARGE=<subdivisions>`, 1 = 30k triangles, 2 = 122k): minutes on the shared machine.
 */
const LEVELS = Number(process.env.UNWRAP_LARGE ?? 0);

describe.skipIf(!LEVELS)('a big zone (the generated hood subdivided)', () => {
  it('unwraps as well as the hood, timed', async () => {
    const hood = (await generatedCarZones()).find((z) => z.type === 'hood')!;
    let big = { positions: hood.positions, indices: hood.indices };
    for (let i = 0; i < LEVELS; i++) big = subdivide(big.positions, big.indices);
    expect(big.indices.length / 3).toBe((hood.indices.length / 3) * 4 ** LEVELS);
    const progress: number[] = [];
    const t0 = performance.now();
    const l = unwrapZone({ type: 'hood', ...big }, { onProgress: (f) => progress.push(f) });
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `hood ×${4 ** LEVELS}: ${big.indices.length / 3} triangles, ${big.positions.length / 3} vertices, ${l.charts} charts, ` +
        `${(l.withinTenPercent * 100).toFixed(1)} % within ±10 %, ${seconds.toFixed(1)} s (shared 2-core machine, noisy)`,
    );
    expect(l.withinTenPercent).toBeGreaterThanOrEqual(0.98);
    expect(l.stretch.folded).toBe(0);
    expect(overlappingPairs(l.uvs, l.indices)).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    // No time bar here: the budget (30 s for a whole 500k-triangle car) is not met by this xatlas build
    // (docs/VEHICLES.md "Unwrap"); the figure is logged for the bench row to come.
  }, 3_600_000);
});
