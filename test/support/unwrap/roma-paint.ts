/**
 * TEST ONLY: the real third-party car's paint through the product's import pipeline (normaliseVehicle + findParts:
 * metres, Y up, nose +Z, centred), as one triangle soup, then cut into connected pieces (vertices welded at 1 mm)
 * to unwrap one by one until segmentation (h6-zones) cuts it into zones.
 */
import { readFileSync } from 'node:fs';
import { normaliseVehicle } from '@services/vehicles/import/normalise';
import { findParts } from '@services/vehicles/parts/find-parts';
import { ROMA_PATH } from '../vehicle-fixtures/shaped';

/** A connected piece of paint. */
export interface PaintPiece {
  positions: Float32Array;
  indices: Uint32Array;
}

/** The Roma's paint triangles (every surface the part finder calls paint), car frame, metres. */
export async function romaPaint(): Promise<{
  positions: Float32Array;
  indices: Uint32Array;
  lengthM: number;
}> {
  const bytes = new Uint8Array(readFileSync(ROMA_PATH));
  const { document, report } = await normaliseVehicle([{ name: 'lowpoly-roma.glb', bytes }]);
  const lengthM = report.lengthMm.value / 1000;
  const parts = findParts(document, { lengthM });
  const pos: number[] = [];
  const idx: number[] = [];
  for (const s of parts.surfaces) {
    if (s.role !== 'paint') continue;
    const node = document
      .getRoot()
      .listNodes()
      .find((n) => n.getName() === s.mesh);
    const prim = node?.getMesh()?.listPrimitives()[s.primitive];
    if (!prim) throw new Error(`paint surface ${s.mesh}#${s.primitive} is not in the normalised model`);
    const p = prim.getAttribute('POSITION')!.getArray()!;
    const base = pos.length / 3;
    for (let i = 0; i < p.length; i++) pos.push(p[i]!);
    const ind = prim.getIndices()?.getArray();
    const count = ind ? ind.length : p.length / 3;
    for (let i = 0; i < count; i++) idx.push(base + (ind ? ind[i]! : i));
  }
  return { positions: new Float32Array(pos), indices: new Uint32Array(idx), lengthM };
}

/** Connected pieces of a triangle soup (vertices within 1 mm are one), largest area first. */
export function connectedPieces(positions: Float32Array, indices: Uint32Array): PaintPiece[] {
  const key = (i: number) =>
    `${Math.round(positions[i * 3]! * 1000)},${Math.round(positions[i * 3 + 1]! * 1000)},${Math.round(positions[i * 3 + 2]! * 1000)}`;
  const ids = new Map<string, number>();
  const weld = new Uint32Array(positions.length / 3);
  for (let i = 0; i < weld.length; i++) {
    const k = key(i);
    if (!ids.has(k)) ids.set(k, ids.size);
    weld[i] = ids.get(k)!;
  }
  const parent = Array.from({ length: ids.size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (let t = 0; t < indices.length; t += 3) {
    const a = find(weld[indices[t]!]!);
    parent[find(weld[indices[t + 1]!]!)] = a;
    parent[find(weld[indices[t + 2]!]!)] = a;
  }
  const groups = new Map<number, number[]>();
  for (let t = 0; t < indices.length; t += 3) {
    const root = find(weld[indices[t]!]!);
    const g = groups.get(root) ?? [];
    g.push(indices[t]!, indices[t + 1]!, indices[t + 2]!);
    groups.set(root, g);
  }
  const pieces = [...groups.values()].map((g) => ({ positions, indices: new Uint32Array(g) }));
  const area = (p: PaintPiece) => {
    let a = 0;
    for (let t = 0; t < p.indices.length; t += 3) {
      const [i, j, k] = [p.indices[t]! * 3, p.indices[t + 1]! * 3, p.indices[t + 2]! * 3];
      const u = [
        positions[j]! - positions[i]!,
        positions[j + 1]! - positions[i + 1]!,
        positions[j + 2]! - positions[i + 2]!,
      ];
      const v = [
        positions[k]! - positions[i]!,
        positions[k + 1]! - positions[i + 1]!,
        positions[k + 2]! - positions[i + 2]!,
      ];
      a +=
        Math.hypot(
          u[1]! * v[2]! - u[2]! * v[1]!,
          u[2]! * v[0]! - u[0]! * v[2]!,
          u[0]! * v[1]! - u[1]! * v[0]!,
        ) / 2;
    }
    return a;
  };
  return pieces.sort((a, b) => area(b) - area(a));
}
