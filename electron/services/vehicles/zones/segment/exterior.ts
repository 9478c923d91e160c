import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { TriangleGeometry } from './mesh';

/** Why a paint triangle is not counted: a second copy of another triangle, or no ray from it leaves the paint. */
export type Hidden = 0 | 1 | 2;
/** Counted. */
export const SEEN = 0;
/** Same three corners as an earlier triangle (a doubled face or the back of a double-sided panel). */
export const DUPLICATE = 1;
/** Enclosed by the paint: every ray from it (both sides, along its normal and tilted 53°) hits paint. */
export const ENCLOSED = 2;

/**
 * Marks paint a film cannot reach, from the paint alone: doubled faces (same corners within 0.1 mm, any order), and
 * triangles no ray leaves (inner shells). Rays start at the centroid, along the normal either way, then four tilted
 * rays a side (three-mesh-bvh). Glass is not in the paint, so paint seen through a window counts as reachable here.
 */
export function hiddenPaint(
  positions: Float32Array,
  indices: Uint32Array,
  geo: TriangleGeometry,
): Uint8Array {
  const count = geo.count;
  const hidden = new Uint8Array(count);
  const seen = new Set<string>();
  const q = (v: number) =>
    `${Math.round(positions[v * 3]! * 1e4)},${Math.round(positions[v * 3 + 1]! * 1e4)},${Math.round(positions[v * 3 + 2]! * 1e4)}`;
  for (let t = 0; t < count; t++) {
    const key = [q(indices[t * 3]!), q(indices[t * 3 + 1]!), q(indices[t * 3 + 2]!)].sort().join('|');
    if (seen.has(key)) hidden[t] = DUPLICATE;
    else seen.add(key);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(new BufferAttribute(Uint32Array.from(indices), 1));
  const bvh = new MeshBVH(geometry, { maxLeafTris: 10 });
  const ray = new Ray();
  const n = new Vector3();
  const t1 = new Vector3();
  const t2 = new Vector3();
  const escapes = (t: number, dx: number, dy: number, dz: number) => {
    ray.origin.set(
      geo.centroids[t * 3]! + dx * 1e-4,
      geo.centroids[t * 3 + 1]! + dy * 1e-4,
      geo.centroids[t * 3 + 2]! + dz * 1e-4,
    );
    ray.direction.set(dx, dy, dz);
    return bvh.raycastFirst(ray, DoubleSide) === null;
  };
  const sin = 0.8;
  for (let t = 0; t < count; t++) {
    if (hidden[t] || geo.areas[t] === 0) continue;
    n.fromArray(geo.normals, t * 3);
    if (escapes(t, n.x, n.y, n.z) || escapes(t, -n.x, -n.y, -n.z)) continue;
    t1.set(Math.abs(n.x) < 0.9 ? 1 : 0, Math.abs(n.x) < 0.9 ? 0 : 1, 0)
      .cross(n)
      .normalize();
    t2.crossVectors(n, t1);
    let out = false;
    for (let side = 1; side >= -1 && !out; side -= 2) {
      for (let r = 0; r < 4 && !out; r++) {
        const c = Math.cos((r * Math.PI) / 2) * sin;
        const s = Math.sin((r * Math.PI) / 2) * sin;
        const dx = side * 0.6 * n.x + c * t1.x + s * t2.x;
        const dy = side * 0.6 * n.y + c * t1.y + s * t2.y;
        const dz = side * 0.6 * n.z + c * t1.z + s * t2.z;
        out = escapes(t, dx, dy, dz);
      }
    }
    if (!out) hidden[t] = ENCLOSED;
  }
  return hidden;
}
