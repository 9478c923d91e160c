import type { Box, TriangleGeometry } from './mesh';

/** Where a car's panels meet, read from its paint (car frame, metres). Each `from` says how it was found. */
export interface Landmarks {
  box: Box;
  /** Body half-width (mirrors left out). */
  halfWidth: number;
  height: number;
  length: number;
  frontAxleZ: number;
  rearAxleZ: number;
  wheelRadius: number;
  /** z of the front wheel arch's front edge: front bumper ahead of it. */
  frontArchFrontZ: number;
  /** z of the rear wheel arch's rear edge: rear bumper behind it. */
  rearArchRearZ: number;
  /** z of the rear wheel arch's front edge. */
  rearArchFrontZ: number;
  /** Hood's rear edge (windscreen base). */
  cowlZ: number;
  /** Roof's front edge (windscreen top). */
  roofFrontZ: number;
  /** Roof's rear edge (rear glass top). */
  roofRearZ: number;
  /** Rear glass bottom: tailgate or trunk lid behind it. */
  deckZ: number;
  /** Length of the near-flat deck behind the rear glass (≥ 0.25 m: a trunk lid, else a tailgate). */
  deckLengthM: number;
  /** Side window bottom (beltline). */
  beltY: number;
  /** Top of the side skirt strip. */
  skirtTopY: number;
  /** Front bumper's top edge at the nose. */
  hoodEdgeY: number;
  /** Rear bumper's top edge. */
  rearBumperTopY: number;
  /** Lowest roof height (roof vs pillars). */
  roofMinY: number;
  /** Door edges: front door front, B-pillar (four doors only), rear door rear. */
  doorFrontZ: number;
  doorSplitZ: number | null;
  doorRearZ: number;
  /** How each figure was found, in words. */
  how: string[];
}

/** Points spread over the paint by area, with their triangle's outward normal. */
interface Samples {
  x: Float32Array;
  y: Float32Array;
  z: Float32Array;
  nx: Float32Array;
  ny: Float32Array;
  nz: Float32Array;
  n: number;
}

/** A number in [0, 1) from a triangle's place and a counter (the same wherever the triangle sits in the list). */
function placeRandom(x: number, y: number, z: number, k: number): number {
  let h = Math.imul(Math.round(x * 1e4), 73856093) ^ Math.imul(Math.round(y * 1e4), 19349663);
  h ^= Math.imul(Math.round(z * 1e4), 83492791) ^ Math.imul(k + 1, 0x27d4eb2d);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

/**
 * About `count` points spread by area over the given triangles (weight 0 = left out). Each triangle gets its share
 * of points, placed by numbers drawn from its own position, so the same surface gives the same points however the
 * mesh was split up or ordered.
 */
export function samplePaint(
  positions: Float32Array,
  indices: Uint32Array,
  geo: TriangleGeometry,
  weight: Float64Array,
  count: number,
): Samples {
  let sum = 0;
  for (let t = 0; t < geo.count; t++) sum += weight[t]!;
  const per = sum > 0 ? count / sum : 0;
  const x: number[] = [];
  const y: number[] = [];
  const z: number[] = [];
  const nx: number[] = [];
  const ny: number[] = [];
  const nz: number[] = [];
  for (let t = 0; t < geo.count; t++) {
    const expected = weight[t]! * per;
    if (expected === 0) continue;
    const cx = geo.centroids[t * 3]!;
    const cy = geo.centroids[t * 3 + 1]!;
    const cz = geo.centroids[t * 3 + 2]!;
    const n = Math.floor(expected) + (placeRandom(cx, cy, cz, 0) < expected % 1 ? 1 : 0);
    if (n === 0) continue;
    // Corners in a fixed order (lowest position first), so a re-indexed triangle gives the same points.
    const [a, b, c] = [indices[t * 3]! * 3, indices[t * 3 + 1]! * 3, indices[t * 3 + 2]! * 3].sort(
      (i, j) =>
        positions[i + 2]! - positions[j + 2]! ||
        positions[i]! - positions[j]! ||
        positions[i + 1]! - positions[j + 1]!,
    ) as [number, number, number];
    for (let k = 1; k <= n; k++) {
      let u = placeRandom(cx, cy, cz, 2 * k);
      let v = placeRandom(cx, cy, cz, 2 * k + 1);
      if (u + v > 1) {
        u = 1 - u;
        v = 1 - v;
      }
      const w = 1 - u - v;
      x.push(positions[a]! * w + positions[b]! * u + positions[c]! * v);
      y.push(positions[a + 1]! * w + positions[b + 1]! * u + positions[c + 1]! * v);
      z.push(positions[a + 2]! * w + positions[b + 2]! * u + positions[c + 2]! * v);
      nx.push(geo.normals[t * 3]!);
      ny.push(geo.normals[t * 3 + 1]!);
      nz.push(geo.normals[t * 3 + 2]!);
    }
  }
  return {
    x: Float32Array.from(x),
    y: Float32Array.from(y),
    z: Float32Array.from(z),
    nx: Float32Array.from(nx),
    ny: Float32Array.from(ny),
    nz: Float32Array.from(nz),
    n: x.length,
  };
}

/** A profile along z: one value per bin (NaN where no sample fell). */
class Profile {
  readonly values: Float64Array;
  constructor(
    readonly z0: number,
    readonly dz: number,
    bins: number,
    fill: number,
  ) {
    this.values = new Float64Array(bins).fill(fill);
  }
  bin(z: number): number {
    return Math.min(this.values.length - 1, Math.max(0, Math.floor((z - this.z0) / this.dz)));
  }
  z(bin: number): number {
    return this.z0 + (bin + 0.5) * this.dz;
  }
}

/** Median of the finite values. */
function median(values: number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length === 0 ? Number.NaN : v[Math.floor(v.length / 2)]!;
}

const round = (x: number) => x.toFixed(2);

/** Reads the car's landmarks from samples of its paint (see Landmarks). */
export function findLandmarks(
  box: Box,
  s: Samples,
  axles?: { frontZ: number; rearZ: number; radius: number },
): Landmarks {
  const how: string[] = [];
  const height = box.max[1] - box.min[1];
  const length = box.max[2] - box.min[2];
  const floor = box.min[1];
  const lowX: number[] = [];
  for (let i = 0; i < s.n; i++) if (s.y[i]! - floor < 0.55 * height) lowX.push(Math.abs(s.x[i]!));
  lowX.sort((a, b) => a - b);
  const halfWidth = lowX[Math.floor(lowX.length * 0.995)] ?? Math.max(-box.min[0], box.max[0]);
  const bins = 200;
  const dz = length / bins;
  const z0 = box.min[2];

  // Side silhouette: the lowest paint along the car's flanks; wheel arches are where it rises.
  const low = new Profile(z0, dz, bins, Number.POSITIVE_INFINITY);
  for (let i = 0; i < s.n; i++) {
    if (Math.abs(s.x[i]!) < 0.55 * halfWidth) continue;
    const b = low.bin(s.z[i]!);
    low.values[b] = Math.min(low.values[b]!, s.y[i]! - floor);
  }
  const middle: number[] = [];
  for (let b = Math.floor(bins * 0.4); b < bins * 0.6; b++) middle.push(low.values[b]!);
  const sill = median(middle);
  const arch = (from: number, to: number) => {
    let top = -1;
    let at = from;
    for (let b = from; b < to; b++) {
      const v = low.values[b]!;
      if (Number.isFinite(v) && v > top) {
        top = v;
        at = b;
      }
    }
    const threshold = sill + 0.5 * (top - sill);
    let a = at;
    let c = at;
    while (a > 0 && (low.values[a - 1]! > threshold || !Number.isFinite(low.values[a - 1]!))) a--;
    while (c < bins - 1 && (low.values[c + 1]! > threshold || !Number.isFinite(low.values[c + 1]!))) c++;
    return { top, centre: (low.z(a) + low.z(c)) / 2, from: low.z(a), to: low.z(c) };
  };
  const front = arch(Math.floor(bins * 0.55), Math.floor(bins * 0.95));
  const rear = arch(Math.floor(bins * 0.05), Math.floor(bins * 0.45));
  let frontAxleZ = front.centre;
  let rearAxleZ = rear.centre;
  // The arch is about a wheel wide at half its height: radius from its width, checked against its top.
  let wheelRadius = Math.min(
    ((front.to - front.from + rear.to - rear.from) / 4) * 0.95,
    (front.top + rear.top) / 2 / 1.6,
  );
  how.push(
    `arches: front ${round(front.from)}..${round(front.to)} top ${round(front.top)}, rear ${round(rear.from)}..${round(rear.to)} top ${round(rear.top)}, sill ${round(sill)}`,
  );
  if (axles) {
    frontAxleZ = axles.frontZ;
    rearAxleZ = axles.rearZ;
    wheelRadius = axles.radius;
    how.push(`axles: given, front z ${round(frontAxleZ)} m, rear z ${round(rearAxleZ)} m`);
  } else {
    how.push(
      `axles: centres of the wheel arches in the paint's side outline, front z ${round(frontAxleZ)} m, rear z ${round(rearAxleZ)} m, wheel radius about ${round(wheelRadius)} m`,
    );
  }
  const archReach = Math.max(wheelRadius * 1.1, (front.to - front.from) / 2);
  const frontArchFrontZ = frontAxleZ + archReach;
  const rearArchRearZ = rearAxleZ - archReach;
  const rearArchFrontZ = rearAxleZ + Math.max(wheelRadius * 1.1, (rear.to - rear.from) / 2);

  // Top profile along the centre line: glass leaves holes in the paint (windscreen, rear window).
  const top = new Profile(z0, dz, bins, Number.NaN);
  for (let i = 0; i < s.n; i++) {
    if (Math.abs(s.x[i]!) > 0.3 * halfWidth || s.ny[i]! < 0.15) continue;
    const b = top.bin(s.z[i]!);
    const v = s.y[i]! - floor;
    if (!(top.values[b]! >= v)) top.values[b] = v;
  }
  let peak = 0;
  for (let b = 0; b < bins; b++) if (top.values[b]! > (top.values[peak]! || 0)) peak = b;
  const roofTop = top.values[peak]!;
  // Roof: the run around the peak within 7 % of the height of it.
  let r0 = peak;
  let r1 = peak;
  const nearRoof = (b: number) => !(top.values[b]! < roofTop - 0.07 * height);
  while (r0 > 0 && nearRoof(r0 - 1) && Number.isFinite(top.values[r0 - 1]!)) r0--;
  while (r1 < bins - 1 && nearRoof(r1 + 1) && Number.isFinite(top.values[r1 + 1]!)) r1++;
  const roofFrontZ = top.z(r1) + dz / 2;
  const roofRearZ = top.z(r0) - dz / 2;
  // Windscreen: forward of the roof, the first paint low and flat again (the cowl / hood's rear edge).
  // Glass leaves a hole (3+ empty bins) in the centre-line paint: the first paint past the hole ends the glass. Where
  // the paint runs on under the glass, the first paint well below the roof is taken instead.
  const pastHole = (from: number, step: 1 | -1): number | null => {
    let empty = 0;
    for (let b = from; b >= 0 && b < bins && Math.abs(b - from) < bins * 0.4; b += step) {
      if (!Number.isFinite(top.values[b]!)) empty++;
      else if (empty >= 3) return b;
      else empty = 0;
    }
    return null;
  };
  const dropFrom = (from: number, step: 1 | -1, drop: number): number => {
    let b = from;
    while (b > 0 && b < bins - 1 && !(top.values[b]! < roofTop - drop * height)) b += step;
    return b;
  };
  const cowlHole = pastHole(r1 + 1, 1);
  const cowl = cowlHole ?? dropFrom(r1 + 1, 1, 0.3);
  const cowlZ = top.z(cowl) - dz / 2;
  how.push(
    `windscreen: between the roof's front edge at z ${round(roofFrontZ)} m and ${cowlHole !== null ? 'the first paint past the glass' : 'the first low paint ahead of it'} (hood's rear edge) at z ${round(cowlZ)} m`,
  );
  const deckHole = pastHole(r0 - 1, -1);
  const deck = deckHole ?? dropFrom(r0 - 1, -1, 0.18);
  const deckZ = top.z(deck) + dz / 2;
  let d = deck;
  const deckY = top.values[deck]!;
  while (d > 0 && Math.abs(top.values[d - 1]! - deckY) < 0.05 * height) d--;
  const deckLengthM = deckZ - top.z(d);
  how.push(
    `rear glass: between the roof's rear edge at z ${round(roofRearZ)} m and ${deckHole !== null ? 'the first paint past the glass' : 'the paint below it'} at z ${round(deckZ)} m; ${deckLengthM >= 0.25 ? `a flat deck ${round(deckLengthM)} m long behind it: a trunk lid` : 'no flat deck behind it: a tailgate'}`,
  );

  // Side windows: on the flanks, a gap in the paint above the doors.
  const yBins = 50;
  const dy = height / yBins;
  const side = new Uint8Array(bins * yBins);
  for (let i = 0; i < s.n; i++) {
    if (Math.abs(s.x[i]!) < 0.5 * halfWidth) continue;
    const b = low.bin(s.z[i]!);
    const yb = Math.min(yBins - 1, Math.floor((s.y[i]! - floor) / dy));
    for (let k = Math.max(0, b - 1); k <= Math.min(bins - 1, b + 1); k++) side[k * yBins + yb] = 1;
  }
  const beltOf = new Float64Array(bins).fill(Number.NaN);
  const from = Math.floor(0.4 * yBins);
  for (let b = 0; b < bins; b++) {
    const z = low.z(b);
    if (z > Math.min(cowlZ + 0.2, frontAxleZ) || z < Math.max(deckZ - 0.2, rearAxleZ - 0.3)) continue;
    for (let yb = from; yb < yBins - 2; yb++) {
      if (side[b * yBins + yb] || side[b * yBins + yb + 1]) continue;
      // A window gap needs paint above it (pillar, roof rail) unless it is the open top.
      let above = false;
      for (let k = yb + 2; k < yBins; k++) if (side[b * yBins + k]) above = true;
      if (above) beltOf[b] = yb * dy;
      break;
    }
  }
  const windowBins: number[] = [];
  for (let b = 0; b < bins; b++) if (Number.isFinite(beltOf[b]!)) windowBins.push(b);
  let beltY = median(windowBins.map((b) => beltOf[b]!));
  let windowFrontZ = windowBins.length ? low.z(windowBins[windowBins.length - 1]!) : cowlZ - 0.1;
  let windowRearZ = windowBins.length ? low.z(windowBins[0]!) : deckZ + 0.1;
  if (!Number.isFinite(beltY) || windowBins.length < 5) {
    beltY = 0.62 * height;
    windowFrontZ = Math.min(cowlZ, frontAxleZ - wheelRadius * 1.4);
    windowRearZ = Math.max(deckZ, rearAxleZ);
    how.push(`beltline: no side window gap in the paint, taken at 62 % of the height (${round(beltY)} m)`);
  } else {
    how.push(
      `beltline: bottom of the side window gap in the paint, ${round(floor + beltY)} m high, windows from z ${round(windowRearZ)} to ${round(windowFrontZ)} m`,
    );
  }
  // Doors: the front door starts under the front of the side window; a pillar of paint inside the window run splits
  // front and rear door glass (four doors) when the cabin is long enough for two doors.
  // The front door starts a little behind the front wheel arch, never ahead of the windscreen base.
  const doorFrontZ = Math.min(front.from - 0.12, cowlZ);
  const cabin = doorFrontZ - rearArchFrontZ;
  let pillar: number[] = [];
  for (let b = low.bin(windowRearZ); b <= low.bin(windowFrontZ); b++) {
    const z = low.z(b);
    if (z > doorFrontZ - 0.3 * cabin || z < doorFrontZ - 0.75 * cabin) continue;
    if (!Number.isFinite(beltOf[b]!)) pillar.push(z);
  }
  // A B-pillar has door glass behind it too, not just a small quarter light.
  if (pillar.length > 0.35 / dz || (pillar.length > 0 && Math.min(...pillar) - windowRearZ < 0.3))
    pillar = [];
  let doorSplitZ: number | null = null;
  let doorRearZ: number;
  if (cabin > 1.5 && pillar.length > 0) {
    doorSplitZ = median(pillar);
    doorRearZ = rearArchFrontZ;
    how.push(
      `doors: two a side, a pillar between the side windows at z ${round(doorSplitZ)} m; rear doors end at the rear wheel arch, z ${round(doorRearZ)} m`,
    );
  } else if (cabin > 2.0) {
    doorSplitZ = doorFrontZ - 0.52 * cabin;
    doorRearZ = rearArchFrontZ;
    how.push(
      `doors: two a side (the cabin is ${round(cabin)} m long), split at z ${round(doorSplitZ)} m with no pillar seen in the paint`,
    );
  } else {
    doorRearZ = doorFrontZ - Math.min(1.3, 0.8 * cabin);
    how.push(`doors: one a side (the cabin is ${round(cabin)} m long), ending at z ${round(doorRearZ)} m`);
  }
  const skirtTopY = sill + 0.05 * height;
  // Nose: the highest paint near the front end is the hood's leading edge.
  let nose = 0;
  for (let b = Math.floor(bins * 0.97); b < bins; b++) if (top.values[b]! > nose) nose = top.values[b]!;
  const hoodEdgeY = floor + (nose > 0 ? nose - 0.05 * height : 2.3 * wheelRadius);
  const rearBumperTopY = 1.75 * wheelRadius;
  const roofMinY = floor + beltY + 0.75 * (roofTop - beltY);
  return {
    box,
    halfWidth,
    height,
    length,
    frontAxleZ,
    rearAxleZ,
    wheelRadius,
    frontArchFrontZ,
    rearArchRearZ,
    rearArchFrontZ,
    cowlZ,
    roofFrontZ,
    roofRearZ,
    deckZ,
    deckLengthM,
    beltY: floor + beltY,
    skirtTopY: floor + skirtTopY,
    hoodEdgeY,
    rearBumperTopY,
    roofMinY,
    doorFrontZ,
    doorSplitZ,
    doorRearZ,
    how,
  };
}
