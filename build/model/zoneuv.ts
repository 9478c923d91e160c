/** Lays every body zone flat (UVs in metres) and measures it: the numbers the manifest and the price rely on. */

import { imageTopOf } from '@domain/artwork/orientation';
import type { WrapZoneId } from '@domain/vocabulary';
import type { BodyGrid } from './body';
import { arcInit } from './bodyparts';
import { type Mesh, meshArea, splitCorners } from './mesh';
import { flattenZone } from './uv';
import { ZONE_INFO } from './zones';

/** A zone mesh with its UV extent and measured area. */
export interface MeasuredZone {
  id: WrapZoneId;
  mesh: Mesh;
  uvSizeM: [number, number];
  areaM2: number;
}

/** Flatten and measure the grid-built zones (mirrors are built and flattened in mirrors.ts). */
export function measureBodyZones(g: BodyGrid, zones: Map<string, Mesh>): MeasuredZone[] {
  const nu = g.us.length;
  const nv = g.vs.length;
  const out: MeasuredZone[] = [];
  for (const [id, mesh] of zones) {
    const info = ZONE_INFO[id as WrapZoneId];
    if (!info) throw new Error(`zone ${id} has no metadata`);
    const ij = [...mesh.uvs];
    const pinned = (k: number) =>
      info.arc === 'top' ? ij[k * 2 + 1] === nv - 1 : ij[k * 2] === 0 || ij[k * 2] === nu - 1;
    const uvSizeM = flattenZone(
      mesh,
      arcInit(g, ij, info.arc),
      pinned,
      imageTopOf(id),
      info.iterations ?? 300,
    );
    // Crease normals (plate recess edges) split vertices only now, so the flattening saw one connected sheet.
    splitCorners(mesh);
    out.push({ id: id as WrapZoneId, mesh, uvSizeM, areaM2: meshArea(mesh) });
  }
  return out;
}
