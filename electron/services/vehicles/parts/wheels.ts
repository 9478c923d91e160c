import type { RawSurface } from './surfaces';
import type { Corner } from './types';

/** A connected piece of one surface (vertices welded at 1 mm), with its bounding box. */
export type Piece = {
  surface: number;
  /** Vertex indices (into the surface's positions) of this piece. */
  vertices: Uint32Array;
  min: [number, number, number];
  max: [number, number, number];
};

/** A wheel found by shape, with the pieces that make it. */
export type WheelShape = {
  corner: Corner;
  centre: [number, number, number];
  radius: number;
  width: number;
  pieces: Piece[];
};

/** Splits every surface into connected pieces (union-find over vertices welded at 1 mm). */
export function piecesOf(surfaces: RawSurface[]): Piece[] {
  const out: Piece[] = [];
  surfaces.forEach((s, si) => {
    const count = s.positions.length / 3;
    const parent = new Int32Array(count).map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]!]!;
        i = parent[i]!;
      }
      return i;
    };
    const union = (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[ra] = rb;
    };
    const weld = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const key = `${Math.round(s.positions[i * 3]! * 1000)},${Math.round(s.positions[i * 3 + 1]! * 1000)},${Math.round(s.positions[i * 3 + 2]! * 1000)}`;
      const first = weld.get(key);
      if (first === undefined) weld.set(key, i);
      else union(i, first);
    }
    for (let t = 0; t < s.indices.length; t += 3) {
      union(s.indices[t]!, s.indices[t + 1]!);
      union(s.indices[t]!, s.indices[t + 2]!);
    }
    const used = new Uint8Array(count);
    for (let t = 0; t < s.indices.length; t++) used[s.indices[t]!] = 1;
    const groups = new Map<number, number[]>();
    for (let i = 0; i < count; i++) {
      if (!used[i]) continue;
      const r = find(i);
      const g = groups.get(r);
      if (g) g.push(i);
      else groups.set(r, [i]);
    }
    for (const vertices of groups.values()) {
      const min: [number, number, number] = [Infinity, Infinity, Infinity];
      const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
      for (const v of vertices) {
        for (let k = 0; k < 3; k++) {
          const c = s.positions[v * 3 + k]!;
          if (c < min[k]!) min[k] = c;
          if (c > max[k]!) max[k] = c;
        }
      }
      out.push({ surface: si, vertices: Uint32Array.from(vertices), min, max });
    }
  });
  return out;
}

const CORNERS: { corner: Corner; x: 1 | -1; z: 1 | -1 }[] = [
  { corner: 'front-left', x: 1, z: 1 },
  { corner: 'front-right', x: -1, z: 1 },
  { corner: 'rear-left', x: 1, z: -1 },
  { corner: 'rear-right', x: -1, z: -1 },
];

/** Angle bins used to tell a round outline from a square one. */
const BINS = 16;

/**
 * Finds the wheel at each floor corner by shape: pieces low in that corner whose outline in the y-z plane is round
 * (every one of 16 angle bins reaches at least 85 % of the radius, nothing sticks out past 110 %) and that touch the
 * floor; then every piece inside that cylinder joins the wheel (rim, disc, caliper). Names play no part.
 */
export function findWheels(
  surfaces: RawSurface[],
  pieces: Piece[],
  min: [number, number, number],
  max: [number, number, number],
): WheelShape[] {
  const height = max[1] - min[1];
  const length = max[2] - min[2];
  const width = max[0] - min[0];
  const found: WheelShape[] = [];
  for (const { corner, x, z } of CORNERS) {
    const candidates = pieces.filter((p) => {
      const cx = (p.min[0] + p.max[0]) / 2;
      const cz = (p.min[2] + p.max[2]) / 2;
      return (
        cx * x > 0.1 * width &&
        cz * z > 0.1 * length &&
        p.max[2] - p.min[2] < 0.3 * length &&
        p.max[1] - min[1] < 0.65 * height
      );
    });
    const seeds = candidates
      .filter((p) => p.min[1] - min[1] < 0.03 * height)
      .sort((a, b) => b.max[1] - b.min[1] - (a.max[1] - a.min[1]));
    const tries = [...seeds.slice(0, 6).map((p) => [p]), seeds];
    for (const group of tries) {
      const shape = roundShape(surfaces, group);
      if (!shape) continue;
      const inside = candidates.filter((p) => insideCylinder(surfaces[p.surface]!, p, shape));
      found.push({ corner, ...shape, pieces: inside });
      break;
    }
  }
  return found;
}

type Cylinder = { centre: [number, number, number]; radius: number; width: number };

function roundShape(surfaces: RawSurface[], group: Piece[]): Cylinder | null {
  if (group.length === 0) return null;
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (const p of group) {
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k]!, p.min[k]!);
      hi[k] = Math.max(hi[k]!, p.max[k]!);
    }
  }
  const dy = hi[1]! - lo[1]!;
  const dz = hi[2]! - lo[2]!;
  const dx = hi[0]! - lo[0]!;
  if (dy <= 0 || dz / dy < 0.8 || dz / dy > 1.25 || dx > 0.9 * dy) return null;
  const radius = (dy + dz) / 4;
  const cy = (lo[1]! + hi[1]!) / 2;
  const cz = (lo[2]! + hi[2]!) / 2;
  const reach = new Float64Array(BINS);
  for (const p of group) {
    const pos = surfaces[p.surface]!.positions;
    for (const v of p.vertices) {
      const y = pos[v * 3 + 1]! - cy;
      const z = pos[v * 3 + 2]! - cz;
      const r = Math.hypot(y, z);
      if (r > 1.1 * radius) return null;
      const bin = Math.min(BINS - 1, Math.floor(((Math.atan2(y, z) + Math.PI) / (2 * Math.PI)) * BINS));
      reach[bin] = Math.max(reach[bin]!, r);
    }
  }
  if (reach.some((r) => r < 0.85 * radius)) return null;
  return { centre: [(lo[0]! + hi[0]!) / 2, cy, cz], radius, width: dx };
}

function insideCylinder(surface: RawSurface, p: Piece, c: Cylinder): boolean {
  const halfWidth = c.width / 2 + 0.6 * c.radius;
  for (const v of p.vertices) {
    const x = surface.positions[v * 3]! - c.centre[0];
    const y = surface.positions[v * 3 + 1]! - c.centre[1];
    const z = surface.positions[v * 3 + 2]! - c.centre[2];
    if (Math.abs(x) > halfWidth || Math.hypot(y, z) > 1.08 * c.radius) return false;
  }
  return true;
}

/** How a piece of a wheel sits around its axle: outer and inner radius (share of the wheel's) and angle cover. */
export function ringOf(
  surface: RawSurface,
  pieces: Piece[],
  wheel: WheelShape,
): { outer: number; inner: number; cover: number } {
  let outer = 0;
  let inner = Infinity;
  const bins = new Uint8Array(BINS);
  for (const p of pieces) {
    for (const v of p.vertices) {
      const y = surface.positions[v * 3 + 1]! - wheel.centre[1];
      const z = surface.positions[v * 3 + 2]! - wheel.centre[2];
      const r = Math.hypot(y, z);
      outer = Math.max(outer, r);
      inner = Math.min(inner, r);
      bins[Math.min(BINS - 1, Math.floor(((Math.atan2(y, z) + Math.PI) / (2 * Math.PI)) * BINS))] = 1;
    }
  }
  return {
    outer: outer / wheel.radius,
    inner: inner / wheel.radius,
    cover: bins.reduce((a, b) => a + b, 0) / BINS,
  };
}
