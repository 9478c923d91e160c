import type { Document } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { committed, readGlb } from './glb-fixture';

let doc: Document;

beforeAll(async () => {
  doc = await readGlb(committed().glb);
});

/** Positions, normals and indices of every wrap-zone mesh of the committed car. */
function zoneMeshes() {
  return doc
    .getRoot()
    .listNodes()
    .filter((n) => n.getName().startsWith('zone:'))
    .map((n) => {
      const p = n.getMesh()!.listPrimitives()[0]!;
      return {
        name: n.getName(),
        pos: p.getAttribute('POSITION')!.getArray()!,
        nrm: p.getAttribute('NORMAL')!.getArray()!,
        idx: p.getIndices()!.getArray()!,
      };
    });
}

/** Unit face normal of triangle t (indices t..t+2), or undefined for a sliver. */
function faceNormal(pos: ArrayLike<number>, idx: ArrayLike<number>, t: number): number[] | undefined {
  const [a, b, c] = [idx[t]!, idx[t + 1]!, idx[t + 2]!];
  const u = [0, 1, 2].map((d) => pos[b * 3 + d]! - pos[a * 3 + d]!);
  const v = [0, 1, 2].map((d) => pos[c * 3 + d]! - pos[a * 3 + d]!);
  const n = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
  const l = Math.hypot(n[0]!, n[1]!, n[2]!);
  // Slivers (under ~1 mm²) have no reliable facing.
  return l > 2e-6 ? n.map((x) => x / l) : undefined;
}

const degrees = (dot: number) => (Math.acos(Math.min(1, Math.max(-1, dot))) * 180) / Math.PI;

describe('paint surface of the default car', () => {
  it('never folds over: triangles sharing an edge turn less than 90° (the nose and hood lip once did)', () => {
    for (const z of zoneMeshes()) {
      // Edges by position, so split (crease) vertices still join their neighbours.
      const key = (i: number) => [0, 1, 2].map((d) => Math.round(z.pos[i * 3 + d]! * 1e5)).join(',');
      const edges = new Map<string, number[][]>();
      for (let t = 0; t < z.idx.length; t += 3) {
        const n = faceNormal(z.pos, z.idx, t);
        if (!n) continue;
        for (let e = 0; e < 3; e++) {
          const k = [key(z.idx[t + e]!), key(z.idx[t + ((e + 1) % 3)]!)].sort().join('|');
          edges.set(k, [...(edges.get(k) ?? []), n]);
        }
      }
      let worst = 0;
      for (const ns of edges.values())
        if (ns.length === 2)
          worst = Math.max(worst, degrees(ns[0]!.reduce((s, x, i) => s + x * ns[1]![i]!, 0)));
      expect(worst, z.name).toBeLessThan(90);
    }
  });

  it('shades with vertex normals that follow their faces (within 60°)', () => {
    for (const z of zoneMeshes()) {
      let worst = 0;
      for (let t = 0; t < z.idx.length; t += 3) {
        const n = faceNormal(z.pos, z.idx, t);
        if (!n) continue;
        for (let c = 0; c < 3; c++) {
          const k = z.idx[t + c]! * 3;
          worst = Math.max(worst, degrees(n[0]! * z.nrm[k]! + n[1]! * z.nrm[k + 1]! + n[2]! * z.nrm[k + 2]!));
        }
      }
      expect(worst, z.name).toBeLessThan(60);
    }
  });
});
