/** Checks a zone handed to `unwrapZone` and welds it into one indexed surface (vertices shared by position). */
import type { ZoneType } from '../types';

/** A zone to unwrap: its triangles in the car frame, metres. */
export interface ZoneMesh {
  type: ZoneType;
  positions: Float32Array;
  indices: Uint32Array;
}

/** Why a zone cannot be unwrapped: what is wrong, where, and what to do. */
export class UnwrapError extends Error {
  constructor(
    readonly zone: string,
    readonly problem: 'no-triangles' | 'not-finite' | 'bad-index' | 'bad-length' | 'too-small',
    message: string,
  ) {
    super(`Cannot unwrap zone "${zone}": ${message}`);
    this.name = 'UnwrapError';
  }
}

/** Welded zone: positions without duplicates, triangles without degenerate ones. */
export interface WeldedZone {
  positions: Float32Array;
  indices: Uint32Array;
  /** Input triangles left out (two corners at one point, or no area). */
  dropped: number;
}

/** Vertices closer than this are one (0.01 mm): glTF meshes repeat vertices along normal and UV seams. */
const WELD_M = 1e-5;
/** Triangles below this area (1 mm²·10⁻²) carry no artwork and confuse the flattening. */
const MIN_AREA_M2 = 1e-8;

/** Throw an UnwrapError naming the first problem of `zone`, else weld it. */
export function checkAndWeld(zone: ZoneMesh): WeldedZone {
  const { type, positions, indices } = zone;
  const name = String(type);
  if (!(positions instanceof Float32Array) || !(indices instanceof Uint32Array))
    throw new UnwrapError(name, 'bad-length', 'positions must be a Float32Array and indices a Uint32Array.');
  if (positions.length % 3 !== 0)
    throw new UnwrapError(name, 'bad-length', `positions has ${positions.length} numbers, not 3 per vertex.`);
  if (indices.length % 3 !== 0)
    throw new UnwrapError(name, 'bad-length', `indices has ${indices.length} entries, not 3 per triangle.`);
  if (indices.length === 0)
    throw new UnwrapError(
      name,
      'no-triangles',
      'it has no triangles; give the zone its paint triangles first.',
    );
  const count = positions.length / 3;
  for (let i = 0; i < positions.length; i++)
    if (!Number.isFinite(positions[i]))
      throw new UnwrapError(
        name,
        'not-finite',
        `vertex ${Math.floor(i / 3)} has a coordinate that is ${positions[i]} (not a number); re-import the car or fix the model.`,
      );
  for (let i = 0; i < indices.length; i++)
    if (indices[i]! >= count)
      throw new UnwrapError(
        name,
        'bad-index',
        `triangle ${Math.floor(i / 3)} points at vertex ${indices[i]} but there are only ${count} vertices.`,
      );
  const byKey = new Map<string, number>();
  const remap = new Uint32Array(count);
  const welded: number[] = [];
  for (let i = 0; i < count; i++) {
    const key = `${Math.round(positions[i * 3]! / WELD_M)},${Math.round(positions[i * 3 + 1]! / WELD_M)},${Math.round(positions[i * 3 + 2]! / WELD_M)}`;
    let w = byKey.get(key);
    if (w === undefined) {
      w = welded.length / 3;
      byKey.set(key, w);
      welded.push(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!);
    }
    remap[i] = w;
  }
  const out: number[] = [];
  let dropped = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = remap[indices[t]!]!;
    const b = remap[indices[t + 1]!]!;
    const c = remap[indices[t + 2]!]!;
    if (a === b || b === c || a === c || triangleArea(welded, a, b, c) < MIN_AREA_M2) {
      dropped++;
      continue;
    }
    out.push(a, b, c);
  }
  if (out.length === 0)
    throw new UnwrapError(
      name,
      'too-small',
      `all ${indices.length / 3} triangles have no area (corners at one point); check the zone's geometry.`,
    );
  return { positions: new Float32Array(welded), indices: new Uint32Array(out), dropped };
}

/** Area of triangle (a, b, c) of a flat xyz array, m². */
export function triangleArea(p: ArrayLike<number>, a: number, b: number, c: number): number {
  const ux = p[b * 3]! - p[a * 3]!;
  const uy = p[b * 3 + 1]! - p[a * 3 + 1]!;
  const uz = p[b * 3 + 2]! - p[a * 3 + 2]!;
  const vx = p[c * 3]! - p[a * 3]!;
  const vy = p[c * 3 + 1]! - p[a * 3 + 1]!;
  const vz = p[c * 3 + 2]! - p[a * 3 + 2]!;
  return Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
}
