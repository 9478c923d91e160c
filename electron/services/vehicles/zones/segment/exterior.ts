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

/** At most this many triangles get rays; the others take the answer of a tested neighbour. */
const RAY_BUDGET = 100_000;

/**
 * Marks paint a film cannot reach, from the paint alone: doubled faces (same welded corners, any order), and
 * triangles no ray leaves (inner shells). Rays start at the centroid, along the normal either way, then four tilted
 * rays a side (three-mesh-bvh). On a big mesh every k-th triangle is tested (k = count / 100 000 rounded up) and the
 * answer spreads to the untested ones through shared corners. Glass is not in the paint, so paint seen through a
 * window counts as reachable here.
 */
export function hiddenPaint(
  positions: Float32Array,
  indices: Uint32Array,
  welded: Uint32Array,
  geo: TriangleGeometry,
): Uint8Array {
  const count = geo.count;
  const hidden = new Uint8Array(count);
  // Doubled faces: the same three welded corners in any order (an open-addressing hash of sorted corner triples).
  let size = 1;
  while (size < count * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const sorted = new Uint32Array(count * 3);
  for (let t = 0; t < count; t++) {
    let a = welded[indices[t * 3]!]!;
    let b = welded[indices[t * 3 + 1]!]!;
    let c = welded[indices[t * 3 + 2]!]!;
    if (a > b) [a, b] = [b, a];
    if (b > c) [b, c] = [c, b];
    if (a > b) [a, b] = [b, a];
    sorted[t * 3] = a;
    sorted[t * 3 + 1] = b;
    sorted[t * 3 + 2] = c;
    if (a === b || b === c) continue;
    let h = (Math.imul(a, 73856093) ^ Math.imul(b, 19349663) ^ Math.imul(c, 83492791)) & (size - 1);
    for (;;) {
      const at = slots[h]!;
      if (at === -1) {
        slots[h] = t;
        break;
      }
      if (sorted[at * 3] === a && sorted[at * 3 + 1] === b && sorted[at * 3 + 2] === c) {
        hidden[t] = DUPLICATE;
        break;
      }
      h = (h + 1) & (size - 1);
    }
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
  const enclosed = (t: number): boolean => {
    n.fromArray(geo.normals, t * 3);
    if (escapes(t, n.x, n.y, n.z) || escapes(t, -n.x, -n.y, -n.z)) return false;
    t1.set(Math.abs(n.x) < 0.9 ? 1 : 0, Math.abs(n.x) < 0.9 ? 0 : 1, 0)
      .cross(n)
      .normalize();
    t2.crossVectors(n, t1);
    for (let side = 1; side >= -1; side -= 2) {
      for (let r = 0; r < 4; r++) {
        const c = Math.cos((r * Math.PI) / 2) * 0.8;
        const s = Math.sin((r * Math.PI) / 2) * 0.8;
        if (
          escapes(
            t,
            side * 0.6 * n.x + c * t1.x + s * t2.x,
            side * 0.6 * n.y + c * t1.y + s * t2.y,
            side * 0.6 * n.z + c * t1.z + s * t2.z,
          )
        )
          return false;
      }
    }
    return true;
  };
  const every = Math.max(1, Math.ceil(count / RAY_BUDGET));
  const tested = new Uint8Array(count);
  const queue = new Uint32Array(count);
  let queued = 0;
  for (let t = 0; t < count; t += every) {
    tested[t] = 1;
    queue[queued++] = t;
    if (!hidden[t] && geo.areas[t]! > 0 && enclosed(t)) hidden[t] = ENCLOSED;
  }
  if (every === 1) return hidden;
  // Spread each tested answer to untested triangles sharing a corner (breadth first), duplicates stay duplicates.
  const corners = new Uint32Array(welded.length + 1);
  for (let i = 0; i < indices.length; i++) corners[welded[indices[i]!]! + 1]!++;
  for (let v = 0; v < welded.length; v++) corners[v + 1]! += corners[v]!;
  const fill = corners.slice(0, welded.length);
  const trianglesAt = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) trianglesAt[fill[welded[indices[i]!]!]!++] = (i / 3) | 0;
  for (let q = 0; q < queued; q++) {
    const t = queue[q]!;
    const state = hidden[t] === ENCLOSED ? ENCLOSED : SEEN;
    for (let k = 0; k < 3; k++) {
      const v = welded[indices[t * 3 + k]!]!;
      for (let j = corners[v]!; j < corners[v + 1]!; j++) {
        const u = trianglesAt[j]!;
        if (tested[u]) continue;
        tested[u] = 1;
        if (hidden[u] !== DUPLICATE) hidden[u] = state;
        queue[queued++] = u;
      }
    }
  }
  return hidden;
}
