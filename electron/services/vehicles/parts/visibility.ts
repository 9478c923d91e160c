import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { RawSurface } from './surfaces';

/** A ray hit: which surface, where, how far. */
export type Hit = { surface: number; point: Vector3; distance: number };

/** The car's triangles in one BVH, answering "what does this ray hit first". */
export type CarRays = {
  /** Bounding box of every drawn triangle, m. */
  min: Vector3;
  max: Vector3;
  cast(origin: Vector3, direction: Vector3, far?: number): Hit | null;
  /** Area of all triangles per surface, m². */
  totalM2: Float64Array;
  /**
   * Exterior area of the given surfaces, m², estimated from `samples` random points spread over them by area (at
   * least 16 per surface): see `isExterior`.
   */
  exteriorM2(surfaces: number[], samples: number): Map<number, number>;
};

/** Builds one BVH over every surface's world-space triangles (three-mesh-bvh, SAH split). */
export function buildCarRays(surfaces: RawSurface[]): CarRays {
  let vertices = 0;
  let indexCount = 0;
  for (const s of surfaces) {
    vertices += s.positions.length / 3;
    indexCount += s.indices.length;
  }
  const position = new Float32Array(vertices * 3);
  const vertexSurface = new Uint32Array(vertices);
  const index = new Uint32Array(indexCount);
  let v = 0;
  let k = 0;
  surfaces.forEach((s, i) => {
    position.set(s.positions, v * 3);
    const n = s.positions.length / 3;
    vertexSurface.fill(i, v, v + n);
    for (let j = 0; j < s.indices.length; j++) index[k++] = s.indices[j]! + v;
    v += n;
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(position, 3));
  geometry.setIndex(new BufferAttribute(index, 1));
  const bvh = new MeshBVH(geometry, { maxLeafTris: 8 });
  geometry.computeBoundingBox();
  const box = geometry.boundingBox!;
  const min = box.min.clone();
  const max = box.max.clone();
  // The BVH reorders the index: read triangles back from the geometry it kept.
  const ordered = geometry.index!.array as Uint32Array;
  const ray = new Ray();
  const cast = (origin: Vector3, direction: Vector3, far = Number.POSITIVE_INFINITY): Hit | null => {
    ray.origin.copy(origin);
    ray.direction.copy(direction);
    const hit = bvh.raycastFirst(ray, DoubleSide, 0, far);
    if (!hit || hit.faceIndex == null) return null;
    return { surface: vertexSurface[ordered[hit.faceIndex * 3]!]!, point: hit.point, distance: hit.distance };
  };
  const faces = facesBySurface(ordered, position, vertexSurface, surfaces.length);
  const footprint = { min, max };
  const exteriorM2 = (which: number[], samples: number) => {
    const out = new Map<number, number>();
    const total = which.reduce((sum, s) => sum + faces.total[s]!, 0);
    const random = seededRandom(0x5eed);
    const point = new Vector3();
    const normal = new Vector3();
    for (const s of which) {
      const area = faces.total[s]!;
      if (area === 0) {
        out.set(s, 0);
        continue;
      }
      const n = Math.max(16, Math.round((samples * area) / total));
      let outside = 0;
      for (let i = 0; i < n; i++) {
        randomPoint(faces, s, ordered, position, random, point, normal);
        if (isExterior(point, normal, footprint, cast, random)) outside++;
      }
      out.set(s, (area * outside) / n);
    }
    return out;
  };
  return { min, max, cast, totalM2: faces.total, exteriorM2 };
}

/** Each surface's triangles (ids in the BVH's order), their cumulative areas, and each surface's total area. */
type Faces = { ids: Uint32Array[]; cumulative: Float64Array[]; total: Float64Array };

function facesBySurface(
  index: Uint32Array,
  position: Float32Array,
  vertexSurface: Uint32Array,
  count: number,
): Faces {
  const lists: number[][] = Array.from({ length: count }, () => []);
  const areas: number[][] = Array.from({ length: count }, () => []);
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  for (let f = 0; f < index.length / 3; f++) {
    const s = vertexSurface[index[f * 3]!]!;
    a.fromArray(position, index[f * 3]! * 3);
    b.fromArray(position, index[f * 3 + 1]! * 3).sub(a);
    c.fromArray(position, index[f * 3 + 2]! * 3).sub(a);
    lists[s]!.push(f);
    areas[s]!.push(b.cross(c).length() / 2);
  }
  const total = new Float64Array(count);
  const cumulative = areas.map((list, s) => {
    const out = new Float64Array(list.length);
    let sum = 0;
    list.forEach((x, i) => {
      sum += x;
      out[i] = sum;
    });
    total[s] = sum;
    return out;
  });
  return { ids: lists.map((l) => Uint32Array.from(l)), cumulative, total };
}

/** A uniformly random point of a surface (by area) and its triangle's unit normal. */
function randomPoint(
  faces: Faces,
  s: number,
  index: Uint32Array,
  position: Float32Array,
  random: () => number,
  point: Vector3,
  normal: Vector3,
): void {
  const cum = faces.cumulative[s]!;
  const target = random() * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  const f = faces.ids[s]![lo]!;
  const ax = index[f * 3]! * 3;
  const bx = index[f * 3 + 1]! * 3;
  const cx = index[f * 3 + 2]! * 3;
  let u = random();
  let v = random();
  if (u + v > 1) {
    u = 1 - u;
    v = 1 - v;
  }
  const w = 1 - u - v;
  point.set(
    position[ax]! * w + position[bx]! * u + position[cx]! * v,
    position[ax + 1]! * w + position[bx + 1]! * u + position[cx + 1]! * v,
    position[ax + 2]! * w + position[bx + 2]! * u + position[cx + 2]! * v,
  );
  const e1x = position[bx]! - position[ax]!;
  const e1y = position[bx + 1]! - position[ax + 1]!;
  const e1z = position[bx + 2]! - position[ax + 2]!;
  const e2x = position[cx]! - position[ax]!;
  const e2y = position[cx + 1]! - position[ax + 1]!;
  const e2z = position[cx + 2]! - position[ax + 2]!;
  normal.set(e1y * e2z - e1z * e2y, e1z * e2x - e1x * e2z, e1x * e2y - e1y * e2x).normalize();
}

/** Rays tried per side of a face: along its normal, then tilted up to 53° (cos 0.6) from it. */
const TILTED_RAYS = 4;
const CONE_COS = 0.6;

const origin = new Vector3();
const dir = new Vector3();
const t1 = new Vector3();
const t2 = new Vector3();

/**
 * A surface point is exterior when a ray leaving it (either side of its face, along the normal or tilted up to 53°
 * from it) escapes the car: hits no triangle and does not run into the floor under the car (y = min y inside the
 * footprint). Inner faces, doubled backsides and the underbody fail that test; paint seen only through a window
 * fails it too, because glass is geometry and stops the ray.
 */
function isExterior(
  point: Vector3,
  normal: Vector3,
  footprint: { min: Vector3; max: Vector3 },
  cast: CarRays['cast'],
  random: () => number,
): boolean {
  const { min, max } = footprint;
  const eps = Math.max(max.x - min.x, max.y - min.y, max.z - min.z) * 2e-5;
  const escapes = (): boolean => {
    if (cast(origin, dir)) return false;
    if (dir.y >= -1e-6) return true;
    const t = (min.y - origin.y) / dir.y;
    const x = origin.x + dir.x * t;
    const z = origin.z + dir.z * t;
    return x < min.x || x > max.x || z < min.z || z > max.z;
  };
  t1.set(Math.abs(normal.x) < 0.9 ? 1 : 0, Math.abs(normal.x) < 0.9 ? 0 : 1, 0)
    .cross(normal)
    .normalize();
  t2.crossVectors(normal, t1);
  const sin = Math.sqrt(1 - CONE_COS * CONE_COS);
  for (const side of [1, -1]) {
    origin.copy(point).addScaledVector(normal, side * eps);
    dir.copy(normal).multiplyScalar(side);
    if (escapes()) return true;
    const turn = random() * 2 * Math.PI;
    for (let r = 0; r < TILTED_RAYS; r++) {
      const phi = turn + (r * 2 * Math.PI) / TILTED_RAYS;
      dir
        .copy(normal)
        .multiplyScalar(side * CONE_COS)
        .addScaledVector(t1, sin * Math.cos(phi))
        .addScaledVector(t2, sin * Math.sin(phi));
      if (escapes()) return true;
    }
  }
  return false;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): the same car always measures the same. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
