/**
 * TEST ONLY: the paint of the two test cars as the zone engine takes it (one `PaintMesh` in the car frame, metres).
 * The generated launch EV with its zones removed (every `zone:*` mesh merged, the zone of each triangle kept as the
 * ground truth) and the real third-party car through the product's import steps (normalise + part finder).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isZoneType, type ZoneType } from '@domain/vehicle/zone-types';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { normaliseVehicle } from '@services/vehicles/import/normalise';
import { findParts } from '@services/vehicles/parts/find-parts';
import { collectSurfaces, type RawSurface } from '@services/vehicles/parts/surfaces';
import type { PaintMesh } from '@services/vehicles/zones/types';
import { ROOT } from '../main';
import { ROMA_GLB } from '../vehicle-fixtures/encoded';

/** Paint with, per triangle, the zone it belongs to on the generated car. */
export interface KnownPaint extends PaintMesh {
  truth: ZoneType[];
}

/** Merges surfaces into one PaintMesh; `pieceOfTriangle` = the surface each triangle came from. */
export function mergeSurfaces(surfaces: Pick<RawSurface, 'positions' | 'indices'>[]): PaintMesh {
  let vertices = 0;
  let triangles = 0;
  for (const s of surfaces) {
    vertices += s.positions.length / 3;
    triangles += s.indices.length / 3;
  }
  const positions = new Float32Array(vertices * 3);
  const indices = new Uint32Array(triangles * 3);
  const pieceOfTriangle = new Uint32Array(triangles);
  let v = 0;
  let t = 0;
  surfaces.forEach((s, piece) => {
    positions.set(s.positions, v * 3);
    for (let i = 0; i < s.indices.length; i++) indices[t * 3 + i] = s.indices[i]! + v;
    pieceOfTriangle.fill(piece, t, t + s.indices.length / 3);
    v += s.positions.length / 3;
    t += s.indices.length / 3;
  });
  return { positions, indices, pieceOfTriangle };
}

/** The launch EV's paint, zones removed: all `zone:<type>` meshes merged, each triangle's zone kept aside. */
export async function generatedCarPaint(): Promise<KnownPaint> {
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS);
  const doc = await io.read(join(ROOT, 'assets', 'models', 'compact-ev.glb'));
  const zoned = collectSurfaces(doc).filter((s) => s.mesh.startsWith('zone:'));
  const truth: ZoneType[] = [];
  for (const s of zoned) {
    const type = s.mesh.slice('zone:'.length);
    if (!isZoneType(type)) throw new Error(`generated car: mesh ${s.mesh} is not a zone type`);
    for (let i = 0; i < s.indices.length / 3; i++) truth.push(type);
  }
  return { ...mergeSurfaces(zoned), truth };
}

/** The real car's paint in the car frame, found by the import steps (normalise, then the part finder's paint). */
export async function romaPaint(): Promise<PaintMesh> {
  const { document } = await normaliseVehicle([{ name: 'lowpoly-roma.glb', bytes: readFileSync(ROMA_GLB) }]);
  const surfaces = collectSurfaces(document);
  let max = -Infinity;
  let min = Infinity;
  for (const s of surfaces)
    for (let i = 2; i < s.positions.length; i += 3) {
      max = Math.max(max, s.positions[i]!);
      min = Math.min(min, s.positions[i]!);
    }
  const parts = findParts(document, { lengthM: max - min });
  const paint = new Set(parts.paint.materials);
  return mergeSurfaces(surfaces.filter((s) => paint.has(s.material)));
}
