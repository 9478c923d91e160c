import type { PaintMesh } from '../types';

/** Per-triangle geometry of a paint mesh: unit normals (outward), areas and centroids. */
export interface TriangleGeometry {
  count: number;
  /** Unit normal per triangle, turned to face away from the car's long axis. */
  normals: Float32Array;
  areas: Float64Array;
  centroids: Float32Array;
  totalArea: number;
}

/** The paint's box in the car frame (metres). */
export interface Box {
  min: [number, number, number];
  max: [number, number, number];
}

/** The paint's bounding box; refuses an empty or non-finite mesh with what was found. */
export function boxOf(paint: PaintMesh): Box {
  const { positions, indices } = paint;
  if (indices.length < 3 || indices.length % 3 !== 0) {
    throw new Error(
      `segmentPaint: the paint has ${indices.length} indices; it needs at least one triangle (3 indices each)`,
    );
  }
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  const vertices = positions.length / 3;
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i]!;
    if (v >= vertices) {
      throw new Error(
        `segmentPaint: index ${i} names vertex ${v} but the paint has ${vertices} vertices; pass the mesh's own positions`,
      );
    }
    for (let r = 0; r < 3; r++) {
      const x = positions[v * 3 + r]!;
      if (!Number.isFinite(x))
        throw new Error(`segmentPaint: vertex ${v} has a non-finite coordinate (${x})`);
      if (x < min[r]!) min[r] = x;
      if (x > max[r]!) max[r] = x;
    }
  }
  return { min, max };
}

/** Normals, areas and centroids of every triangle; normals face away from the axis running along the car. */
export function triangleGeometry(paint: PaintMesh, box: Box): TriangleGeometry {
  const { positions: p, indices: ix } = paint;
  const count = ix.length / 3;
  const normals = new Float32Array(count * 3);
  const areas = new Float64Array(count);
  const centroids = new Float32Array(count * 3);
  const height = box.max[1] - box.min[1];
  const length = box.max[2] - box.min[2];
  const axisY = box.min[1] + 0.45 * height;
  const zLo = box.min[2] + 0.3 * length;
  const zHi = box.max[2] - 0.3 * length;
  let totalArea = 0;
  for (let t = 0; t < count; t++) {
    const a = ix[t * 3]! * 3;
    const b = ix[t * 3 + 1]! * 3;
    const c = ix[t * 3 + 2]! * 3;
    const e1x = p[b]! - p[a]!;
    const e1y = p[b + 1]! - p[a + 1]!;
    const e1z = p[b + 2]! - p[a + 2]!;
    const e2x = p[c]! - p[a]!;
    const e2y = p[c + 1]! - p[a + 1]!;
    const e2z = p[c + 2]! - p[a + 2]!;
    let nx = e1y * e2z - e1z * e2y;
    let ny = e1z * e2x - e1x * e2z;
    let nz = e1x * e2y - e1y * e2x;
    const len = Math.hypot(nx, ny, nz);
    const cx = (p[a]! + p[b]! + p[c]!) / 3;
    const cy = (p[a + 1]! + p[b + 1]! + p[c + 1]!) / 3;
    const cz = (p[a + 2]! + p[b + 2]! + p[c + 2]!) / 3;
    centroids[t * 3] = cx;
    centroids[t * 3 + 1] = cy;
    centroids[t * 3 + 2] = cz;
    areas[t] = len / 2;
    totalArea += len / 2;
    if (len === 0) continue;
    nx /= len;
    ny /= len;
    nz /= len;
    const az = Math.min(zHi, Math.max(zLo, cz));
    if (nx * cx + ny * (cy - axisY) + nz * (cz - az) < 0) {
      nx = -nx;
      ny = -ny;
      nz = -nz;
    }
    normals[t * 3] = nx;
    normals[t * 3 + 1] = ny;
    normals[t * 3 + 2] = nz;
  }
  return { count, normals, areas, centroids, totalArea };
}

/** Vertex ids after welding positions within 1 mm (so pieces that touch are one surface): an open-addressing hash. */
export function weldVertices(positions: Float32Array): Uint32Array {
  const count = positions.length / 3;
  const out = new Uint32Array(count);
  let size = 1;
  while (size < count * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const q = new Int32Array(count * 3);
  for (let i = 0; i < count * 3; i++) q[i] = Math.round(positions[i]! * 1000);
  for (let v = 0; v < count; v++) {
    const x = q[v * 3]!;
    const y = q[v * 3 + 1]!;
    const z = q[v * 3 + 2]!;
    let h = (Math.imul(x, 73856093) ^ Math.imul(y, 19349663) ^ Math.imul(z, 83492791)) & (size - 1);
    for (;;) {
      const at = slots[h]!;
      if (at === -1) {
        slots[h] = v;
        out[v] = v;
        break;
      }
      if (q[at * 3] === x && q[at * 3 + 1] === y && q[at * 3 + 2] === z) {
        out[v] = at;
        break;
      }
      h = (h + 1) & (size - 1);
    }
  }
  return out;
}

/** Connected pieces of the welded mesh: a component id per triangle and the number of components. */
export function components(indices: Uint32Array, welded: Uint32Array): { of: Uint32Array; count: number } {
  const parent = new Uint32Array(welded.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const triangles = indices.length / 3;
  for (let t = 0; t < triangles; t++) {
    const a = find(welded[indices[t * 3]!]!);
    const b = find(welded[indices[t * 3 + 1]!]!);
    const c = find(welded[indices[t * 3 + 2]!]!);
    parent[b] = a;
    parent[find(c)] = a;
  }
  const id = new Map<number, number>();
  const of = new Uint32Array(triangles);
  for (let t = 0; t < triangles; t++) {
    const root = find(welded[indices[t * 3]!]!);
    let c = id.get(root);
    if (c === undefined) {
      c = id.size;
      id.set(root, c);
    }
    of[t] = c;
  }
  return { of, count: id.size };
}
