import {
  chartReading,
  chartTurn,
  IMAGE_TOP_DIRECTION,
  imageTopOf,
  templateEdges,
} from '@domain/artwork/orientation';
import { ModelManifest } from '@domain/model/manifest';
import type { Document } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { committed, readGlb, triArea } from './glb-fixture';

interface ZoneData {
  pos: ArrayLike<number>;
  uv: ArrayLike<number>;
  idx: ArrayLike<number>;
}

let doc: Document;
let manifest: ModelManifest;
const zones = new Map<string, ZoneData>();

beforeAll(async () => {
  const files = committed();
  doc = await readGlb(files.glb);
  manifest = ModelManifest.parse(files.manifest);
  for (const z of manifest.zones) {
    const p = doc
      .getRoot()
      .listNodes()
      .find((n) => n.getName() === z.meshes[0])!
      .getMesh()!
      .listPrimitives()[0]!;
    zones.set(z.id, {
      pos: p.getAttribute('POSITION')!.getArray()!,
      uv: p.getAttribute('TEXCOORD_0')!.getArray()!,
      idx: p.getIndices()!.getArray()!,
    });
  }
});

const corner = (a: ArrayLike<number>, i: number, d: number) =>
  Array.from({ length: d }, (_, k) => a[i * d + k]!);
/** Signed area of a UV triangle as drawn on the image (v runs down): positive = counter-clockwise there. */
const uvArea = (z: ZoneData, t: number) => {
  const [a, b, c] = [z.idx[t]!, z.idx[t + 1]!, z.idx[t + 2]!].map((i) => corner(z.uv, i, 2)) as [
    number[],
    number[],
    number[],
  ];
  return -((b[0]! - a[0]!) * (c[1]! - a[1]!) - (c[0]! - a[0]!) * (b[1]! - a[1]!)) / 2;
};
const area3 = (z: ZoneData, t: number) =>
  triArea(corner(z.pos, z.idx[t]!, 3), corner(z.pos, z.idx[t + 1]!, 3), corner(z.pos, z.idx[t + 2]!, 3));

describe('wrap zones of the default car', () => {
  it('report the area measured from the mesh (sum of triangle areas)', () => {
    for (const z of manifest.zones) {
      const d = zones.get(z.id)!;
      let a = 0;
      for (let t = 0; t < d.idx.length; t += 3) a += area3(d, t);
      expect(Math.abs(a - z.areaM2), z.id).toBeLessThan(1e-3);
    }
  });

  it('have plausible areas and labour for a 4.2 m compact EV', () => {
    const total = manifest.zones.reduce((s, z) => s + z.areaM2, 0);
    expect(total).toBeGreaterThan(10);
    expect(total).toBeLessThan(20);
    for (const z of manifest.zones) expect(z.labourHours, z.id).toBeGreaterThan(0);
  });

  it('unfold without folds or mirroring: every UV triangle, drawn on the image, turns as seen from outside', () => {
    for (const [id, d] of zones) {
      let folded = 0;
      for (let t = 0; t < d.idx.length; t += 3) if (uvArea(d, t) <= 0) folded++;
      expect(folded, id).toBe(0);
    }
  });

  it('never overlap in UV (no sample point is covered twice)', () => {
    const cell = 0.004;
    for (const [id, d] of zones) {
      const size = manifest.zones.find((z) => z.id === id)!.uvSizeM!;
      const nx = Math.ceil(size[0] / cell) + 1;
      const ny = Math.ceil(size[1] / cell) + 1;
      const hits = new Uint8Array(nx * ny);
      let twice = 0;
      for (let t = 0; t < d.idx.length; t += 3) {
        const [a, b, c] = [d.idx[t]!, d.idx[t + 1]!, d.idx[t + 2]!].map((i) => corner(d.uv, i, 2)) as [
          number[],
          number[],
          number[],
        ];
        const area2 = (b[0]! - a[0]!) * (c[1]! - a[1]!) - (c[0]! - a[0]!) * (b[1]! - a[1]!);
        const x0 = Math.max(0, Math.floor(Math.min(a[0]!, b[0]!, c[0]!) / cell));
        const x1 = Math.min(nx - 1, Math.ceil(Math.max(a[0]!, b[0]!, c[0]!) / cell));
        const y0 = Math.max(0, Math.floor(Math.min(a[1]!, b[1]!, c[1]!) / cell));
        const y1 = Math.min(ny - 1, Math.ceil(Math.max(a[1]!, b[1]!, c[1]!) / cell));
        for (let i = x0; i <= x1; i++)
          for (let j = y0; j <= y1; j++) {
            const px = (i + 0.5) * cell;
            const py = (j + 0.5) * cell;
            const w0 = ((b[0]! - px) * (c[1]! - py) - (c[0]! - px) * (b[1]! - py)) / area2;
            const w1 = ((c[0]! - px) * (a[1]! - py) - (a[0]! - px) * (c[1]! - py)) / area2;
            const w2 = 1 - w0 - w1;
            if (w0 > 1e-9 && w1 > 1e-9 && w2 > 1e-9) {
              if (hits[i * ny + j]) twice++;
              hits[i * ny + j] = 1;
            }
          }
      }
      expect(twice, id).toBe(0);
    }
  });

  it('map artwork at real size: UV metres match surface metres (consistent texel density)', () => {
    for (const [id, d] of zones) {
      let total = 0;
      let uvTotal = 0;
      let good = 0;
      for (let t = 0; t < d.idx.length; t += 3) {
        const a = area3(d, t);
        const u = uvArea(d, t);
        total += a;
        uvTotal += u;
        if (a > 0 && u / a > 0.8 && u / a < 1.25) good += a;
      }
      expect(uvTotal / total, id).toBeGreaterThan(0.9);
      expect(uvTotal / total, id).toBeLessThan(1.1);
      expect(good / total, id).toBeGreaterThan(0.9);
    }
  });

  it('lay the image the way the domain rule says: unmirrored from outside, its top to the sky (the rear on hood and roof)', () => {
    for (const [id, d] of zones) {
      const part = [{ uv: d.uv, indices: d.idx, positions: d.pos }];
      const top = imageTopOf(id);
      const reading = chartReading(part, top);
      expect(reading.mirroredShare, `${id}: share read mirrored`).toBe(0);
      expect(reading.topAlong, `${id}: image top along ${top}`).toBeGreaterThan(0.5);
      // The printed template labels its top edge with the same direction.
      expect(templateEdges(part).top, `${id}: template top`).toBe(IMAGE_TOP_DIRECTION[top]);
      // Nothing left for the generator to turn.
      expect(chartTurn(part, top), id).toEqual({ mirrorU: false, halfTurn: false });
    }
    expect(imageTopOf('hood')).toBe('rear');
    expect(imageTopOf('door-front-left')).toBe('sky');
  });

  it('declare their UV extent in metres', () => {
    for (const z of manifest.zones) {
      const d = zones.get(z.id)!;
      let mu = 0;
      let mv = 0;
      for (let i = 0; i < d.uv.length; i += 2) {
        expect(Math.min(d.uv[i]!, d.uv[i + 1]!), z.id).toBeGreaterThanOrEqual(-1e-6);
        mu = Math.max(mu, d.uv[i]!);
        mv = Math.max(mv, d.uv[i + 1]!);
      }
      expect(Math.abs(mu - z.uvSizeM![0]), z.id).toBeLessThan(0.002);
      expect(Math.abs(mv - z.uvSizeM![1]), z.id).toBeLessThan(0.002);
    }
  });
});
