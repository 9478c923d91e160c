import { type Box, extents } from './items';

/** Which file axis is up and which is the car's length, with signs: up along +up, nose along +long. */
export interface Orientation {
  up: number;
  upSign: 1 | -1;
  long: number;
  noseSign: 1 | -1;
  /** False when the nose was told from a weak cue (staff should look at it). */
  noseSure: boolean;
}

/** Share of the height at the top and bottom compared for width (the roof is narrower than the wheels' track). */
const BAND = 0.15;
/** Share of the length at each end whose top height is compared (the bonnet is lower than the boot or tailgate). */
const END = 0.12;
/** The ends must differ by this share of the car's height for the end-height cue to decide. */
const END_DECIDES = 0.05;

/** Spread of one axis over the vertices whose `axis` coordinate lies in [from, to]. */
function spreadWhere(positions: Float32Array, axis: number, from: number, to: number, along: number): number {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < positions.length; i += 3) {
    const v = positions[i + axis]!;
    if (v < from || v > to) continue;
    const w = positions[i + along]!;
    if (w < min) min = w;
    if (w > max) max = w;
  }
  return max > min ? max - min : 0;
}

/** Highest up-coordinate of the vertices whose `long` coordinate lies in [from, to]. */
function topWhere(
  positions: Float32Array,
  long: number,
  from: number,
  to: number,
  up: number,
  sign: number,
): number {
  let top = -Infinity;
  for (let i = 0; i < positions.length; i += 3) {
    const v = positions[i + long]!;
    if (v >= from && v <= to) top = Math.max(top, sign * positions[i + up]!);
  }
  return top;
}

/** Mean `long` coordinate of the vertices in the top 3 % of the height (where the roof peaks). */
function roofPeak(
  positions: Float32Array,
  long: number,
  up: number,
  sign: number,
  top: number,
  height: number,
): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < positions.length; i += 3)
    if (sign * positions[i + up]! >= top - 0.03 * height) {
      sum += positions[i + long]!;
      n++;
    }
  return n > 0 ? sum / n : 0;
}

function findUp(positions: Float32Array, box: Box): { up: number; upSign: 1 | -1; long: number } {
  const size = extents(box);
  const yLargest = size[1]! >= size[0]! && size[1]! >= size[2]!;
  const up = yLargest ? (size[0]! < size[2]! ? 0 : 2) : 1;
  const [a, b] = [0, 1, 2].filter((axis) => axis !== up) as [number, number];
  const long = size[a]! >= size[b]! ? a : b;
  const side = a === long ? b : a;
  const low = box.min[up]!;
  const height = size[up]!;
  const topWidth = spreadWhere(positions, up, low + (1 - BAND) * height, low + height, side);
  const bottomWidth = spreadWhere(positions, up, low, low + BAND * height, side);
  const upSign = topWidth > 1.1 * bottomWidth ? -1 : 1;
  return { up, upSign, long };
}

/**
 * Finds up and the nose from the shape. Up: glTF's +Y unless Y is the car's longest size (a Z-up export: then the
 * shorter of X and Z), turned over when the top is wider than the bottom (a roof is narrower than the wheel
 * track). Nose: the end whose top is lower (a bonnet is lower than a boot deck or tailgate); when the ends are
 * within 5 % of the height, the end nearer the roof's peak (a pickup's cab), marked unsure.
 */
export function findOrientation(positions: Float32Array, box: Box): Orientation {
  const { up, upSign, long } = findUp(positions, box);
  const size = extents(box);
  const height = size[up]!;
  const length = size[long]!;
  const lo = box.min[long]!;
  const hi = box.max[long]!;
  const lowEnd = topWhere(positions, long, lo, lo + END * length, up, upSign);
  const highEnd = topWhere(positions, long, hi - END * length, hi, up, upSign);
  if (Math.abs(highEnd - lowEnd) > END_DECIDES * height)
    return { up, upSign, long, noseSign: highEnd < lowEnd ? 1 : -1, noseSure: true };
  const top = upSign > 0 ? box.max[up]! : -box.min[up]!;
  const peak = roofPeak(positions, long, up, upSign, top, height);
  return { up, upSign, long, noseSign: peak >= (lo + hi) / 2 ? 1 : -1, noseSure: false };
}
