import { statSync } from 'node:fs';
import { ModelManifest } from '@domain/model/manifest';
import { MOUNT_POINT_IDS, WRAP_ZONE_IDS } from '@domain/vocabulary';
import type { Document } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { committed, GLB_PATH, isHidden, readGlb } from './glb-fixture';

let doc: Document;
let manifest: ModelManifest;

beforeAll(async () => {
  const files = committed();
  doc = await readGlb(files.glb);
  manifest = ModelManifest.parse(files.manifest);
});

const nodeNamed = (name: string) =>
  doc
    .getRoot()
    .listNodes()
    .find((n) => n.getName() === name);

describe('default car file', () => {
  it('validates against the manifest schema and names the file', () => {
    expect(manifest.file).toBe('compact-ev.glb');
    expect(manifest.lengthM).toBeGreaterThan(4.1);
  });

  it('has one paint-material mesh node per wrap zone of the vocabulary', () => {
    expect(manifest.zones.map((z) => z.id).sort()).toEqual([...WRAP_ZONE_IDS].sort());
    for (const id of WRAP_ZONE_IDS) {
      const node = nodeNamed(`zone:${id}`);
      expect(node, id).toBeDefined();
      const prims = node!.getMesh()!.listPrimitives();
      expect(prims.length).toBe(1);
      expect(prims[0]!.getMaterial()!.getName()).toBe('paint');
      expect(prims[0]!.getAttribute('TEXCOORD_0'), id).not.toBeNull();
    }
  });

  it('keeps within the budgets: ≤ 150k triangles (all parts), ≤ 60 draw calls as shown, ≤ 3 MB', () => {
    let all = 0;
    let shown = 0;
    let calls = 0;
    for (const node of doc.getRoot().listNodes()) {
      const mesh = node.getMesh();
      if (!mesh) continue;
      for (const p of mesh.listPrimitives()) {
        const tris = p.getIndices()!.getCount() / 3;
        all += tris;
        if (!isHidden(node)) {
          shown += tris;
          calls++;
        }
      }
    }
    expect(all).toBeLessThanOrEqual(150_000);
    expect(calls).toBeLessThanOrEqual(60);
    expect(statSync(GLB_PATH).size).toBeLessThanOrEqual(3 * 1024 * 1024);
    expect(manifest.stats).toEqual({
      triangles: shown,
      drawCalls: calls,
      bytes: statSync(GLB_PATH).size,
      trianglesAllParts: all,
    });
  });

  it('gives every primitive unit normals', () => {
    for (const mesh of doc.getRoot().listMeshes())
      for (const p of mesh.listPrimitives()) {
        const n = p.getAttribute('NORMAL');
        expect(n, mesh.getName()).not.toBeNull();
        const a = n!.getArray()!;
        for (let i = 0; i < a.length; i += 3)
          expect(Math.abs(Math.hypot(a[i]!, a[i + 1]!, a[i + 2]!) - 1)).toBeLessThan(1e-3);
      }
  });

  it('carries the wheels, rim designs, sizes, glass sets, lights, trim, accessories and mount points it declares', () => {
    for (const w of manifest.wheels.nodes) {
      const children = nodeNamed(w)!
        .listChildren()
        .map((c) => c.getName());
      for (const rims of Object.values(manifest.wheels.rims))
        for (const r of rims) expect(children).toContain(r);
      for (const s of manifest.wheels.sizes) expect(children).toContain(s.tyre);
      expect(children).toEqual(expect.arrayContaining(['disc', 'caliper']));
    }
    expect(Object.keys(manifest.wheels.rims).length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(manifest.glass.windowSets).sort()).toEqual([
      'front-sides',
      'rear',
      'rear-sides',
      'windscreen',
    ]);
    for (const names of [
      manifest.glass.meshes,
      manifest.brightTrim,
      ...Object.values(manifest.lights),
      ...Object.values(manifest.accessories),
    ])
      for (const n of names) expect(nodeNamed(n), n).toBeDefined();
    for (const n of Object.values(manifest.accessories).flat()) expect(isHidden(nodeNamed(n)!)).toBe(true);
    expect(manifest.mountPoints.map((m) => m.id).sort()).toEqual([...MOUNT_POINT_IDS].sort());
    const emissive = doc
      .getRoot()
      .listMaterials()
      .filter((m) => m.getName().startsWith('light-emissive'));
    expect(emissive.length).toBeGreaterThan(0);
    for (const m of emissive) expect(Math.max(...m.getEmissiveFactor())).toBeGreaterThan(0.5);
  });
});
