/** TEST ONLY: compares automatic zones with the generated car's known zones, by area. */
import type { ZoneType } from '@domain/vehicle/zone-types';
import { UNASSIGNED, type ZonedPaint } from '@services/vehicles/zones/types';
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { KnownPaint } from './paint-meshes';

/** Per zone type: found area, known area, intersection, IoU (by area). */
export interface ZoneScore {
  type: ZoneType;
  foundM2: number;
  knownM2: number;
  iou: number;
}

/** Area of each triangle of an indexed mesh. */
export function triangleAreas(positions: Float32Array, indices: Uint32Array): Float64Array {
  const out = new Float64Array(indices.length / 3);
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  for (let t = 0; t < out.length; t++) {
    a.fromArray(positions, indices[t * 3]! * 3);
    b.fromArray(positions, indices[t * 3 + 1]! * 3).sub(a);
    c.fromArray(positions, indices[t * 3 + 2]! * 3).sub(a);
    out[t] = b.cross(c).length() / 2;
  }
  return out;
}

/**
 * Maps each output triangle's centroid back to the source triangle it lies in (closest point on the source mesh,
 * three-mesh-bvh) and scores every known zone type by the area of the found and known sets.
 */
export function scoreZones(known: KnownPaint, zoned: ZonedPaint): ZoneScore[] {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(known.positions, 3));
  geometry.setIndex(new BufferAttribute(Uint32Array.from(known.indices), 1));
  const bvh = new MeshBVH(geometry);
  // The BVH reorders the index; keep a map from its triangle order back to the source order.
  const original = new Map<string, number>();
  const key = (ix: ArrayLike<number>, t: number) => [ix[t * 3]!, ix[t * 3 + 1]!, ix[t * 3 + 2]!].join(',');
  for (let t = 0; t < known.indices.length / 3; t++) original.set(key(known.indices, t), t);
  const ordered = geometry.index!.array as Uint32Array;
  const areas = triangleAreas(zoned.positions, zoned.indices);
  const found = new Map<ZoneType, number>();
  const both = new Map<ZoneType, number>();
  const centroid = new Vector3();
  const p = zoned.positions;
  for (let t = 0; t < areas.length; t++) {
    const z = zoned.zoneOfTriangle[t]!;
    const type = z === UNASSIGNED ? null : zoned.zones[z]!.type;
    if (type) found.set(type, (found.get(type) ?? 0) + areas[t]!);
    centroid.set(0, 0, 0);
    for (let k = 0; k < 3; k++) centroid.add(new Vector3().fromArray(p, zoned.indices[t * 3 + k]! * 3));
    centroid.divideScalar(3);
    const hit = bvh.closestPointToPoint(centroid);
    if (!hit) continue;
    const src = original.get(key(ordered, hit.faceIndex))!;
    if (type && known.truth[src] === type) both.set(type, (both.get(type) ?? 0) + areas[t]!);
  }
  const knownArea = new Map<ZoneType, number>();
  const sourceAreas = triangleAreas(known.positions, known.indices);
  for (const [t, type] of known.truth.entries())
    knownArea.set(type, (knownArea.get(type) ?? 0) + sourceAreas[t]!);
  return [...knownArea.keys()].map((type) => {
    const f = found.get(type) ?? 0;
    const k = knownArea.get(type)!;
    const i = both.get(type) ?? 0;
    return { type, foundM2: f, knownM2: k, iou: i / (f + k - i) };
  });
}
