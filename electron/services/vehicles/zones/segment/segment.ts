import { ZONE_TYPES, type ZoneType } from '@domain/vehicle/zone-types';
import { type PaintMesh, UNASSIGNED, type ZonedPaint, type ZoneEngineOptions } from '../types';
import { cutPlanesOf, zoneOf } from './classify';
import { cutByPlanes } from './clip';
import { DUPLICATE, ENCLOSED, hiddenPaint } from './exterior';
import { findLandmarks, type Landmarks, samplePaint } from './landmarks';
import { boxOf, components, triangleGeometry, weldVertices } from './mesh';
import { applyPieceHints } from './piece-hints';

/** Options of `segmentPaint`: progress and cancel, and the wheel axles when the part finder has them. */
export interface SegmentOptions extends ZoneEngineOptions {
  /** Axle positions (z, m) and wheel radius from the wheels found at import; else read from the paint's outline. */
  axles?: { frontZ: number; rearZ: number; radius: number };
}

/** Points spread over the paint to read its outline. */
const SAMPLES = 60_000;

const m2 = (x: number) => `${x.toFixed(2)} m²`;

/**
 * Cuts a car's paint into wrap zones (docs/VEHICLES.md "Zones"): landmarks from the paint's own outline (wheel arches,
 * windscreen and rear glass holes, side window gap), planes through them cut the triangles, and each piece goes to a
 * zone by where it lies and which way it faces; mirrors are the small separate pieces beside the front door glass.
 * Doubled and enclosed paint is `unassigned`. Synchronous; `signal` is checked between steps.
 */
export function segmentPaint(paint: PaintMesh, opts: SegmentOptions = {}): ZonedPaint {
  const step = (f: number) => {
    opts.signal?.throwIfAborted();
    opts.onProgress?.(f);
  };
  step(0);
  const box = boxOf(paint);
  const geo = triangleGeometry(paint, box);
  step(0.1);
  const welded = weldVertices(paint.positions);
  const hidden = hiddenPaint(paint.positions, paint.indices, welded, geo);
  step(0.5);
  const pieces = components(paint.indices, welded);
  const pieceArea = new Float64Array(pieces.count);
  for (let t = 0; t < geo.count; t++) pieceArea[pieces.of[t]!]! += geo.areas[t]!;
  // The outline is read from the body: small separate pieces (mirrors, badges) and hidden paint are left out.
  const weight = new Float64Array(geo.count);
  for (let t = 0; t < geo.count; t++) {
    weight[t] = hidden[t] || pieceArea[pieces.of[t]!]! < 0.03 * geo.totalArea ? 0 : geo.areas[t]!;
  }
  const samples = samplePaint(paint.positions, paint.indices, geo, weight, SAMPLES);
  const marks = findLandmarks(box, samples, opts.axles);
  step(0.6);
  const mirrorOf = findMirrors(pieces, geo, marks);
  step(0.7);
  const cut = cutByPlanes(paint.positions, paint.indices, cutPlanesOf(marks));
  step(0.85);
  const triangles = cut.indices.length / 3;
  const typeOf: (ZoneType | null)[] = new Array(triangles);
  const area = new Float64Array(triangles);
  const p = cut.positions;
  const piece = { x: 0, y: 0, z: 0, nx: 0, ny: 0, nz: 0 };
  let unassignedAreaM2 = 0;
  let duplicateM2 = 0;
  let enclosedM2 = 0;
  for (let t = 0; t < triangles; t++) {
    const a = cut.indices[t * 3]! * 3;
    const b = cut.indices[t * 3 + 1]! * 3;
    const c = cut.indices[t * 3 + 2]! * 3;
    const e1 = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!];
    const e2 = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!];
    area[t] =
      Math.hypot(
        e1[1]! * e2[2]! - e1[2]! * e2[1]!,
        e1[2]! * e2[0]! - e1[0]! * e2[2]!,
        e1[0]! * e2[1]! - e1[1]! * e2[0]!,
      ) / 2;
    const src = cut.sourceOf[t]!;
    if (hidden[src]) {
      typeOf[t] = null;
      unassignedAreaM2 += area[t]!;
      if (hidden[src] === DUPLICATE) duplicateM2 += area[t]!;
      if (hidden[src] === ENCLOSED) enclosedM2 += area[t]!;
      continue;
    }
    const mirror = mirrorOf.get(src);
    if (mirror) {
      typeOf[t] = mirror;
      continue;
    }
    piece.x = (p[a]! + p[b]! + p[c]!) / 3;
    piece.y = (p[a + 1]! + p[b + 1]! + p[c + 1]!) / 3;
    piece.z = (p[a + 2]! + p[b + 2]! + p[c + 2]!) / 3;
    piece.nx = geo.normals[src * 3]!;
    piece.ny = geo.normals[src * 3 + 1]!;
    piece.nz = geo.normals[src * 3 + 2]!;
    typeOf[t] = zoneOf(piece, marks);
  }
  const hints = paint.pieceOfTriangle
    ? applyPieceHints(typeOf, area, (t) => paint.pieceOfTriangle![cut.sourceOf[t]!]!)
    : [];
  step(0.95);
  const present = ZONE_TYPES.filter((type) => typeOf.includes(type));
  const index = new Map(present.map((type, i) => [type, i]));
  const zones = present.map((type) => ({ type, areaM2: 0, triangles: 0 }));
  const zoneOfTriangle = new Uint8Array(triangles);
  for (let t = 0; t < triangles; t++) {
    const type = typeOf[t];
    if (!type) {
      zoneOfTriangle[t] = UNASSIGNED;
      continue;
    }
    const i = index.get(type)!;
    zoneOfTriangle[t] = i;
    zones[i]!.areaM2 += area[t]!;
    zones[i]!.triangles++;
  }
  const notes = [
    ...marks.how,
    ...hints,
    ...zones.map((z) => `${z.type}: ${m2(z.areaM2)}, ${z.triangles} triangles`),
  ];
  if (unassignedAreaM2 > 0) {
    notes.push(
      `unassigned: ${m2(unassignedAreaM2)} (${m2(duplicateM2)} doubled faces, ${m2(enclosedM2)} enclosed by other paint)`,
    );
  }
  step(1);
  return { positions: cut.positions, indices: cut.indices, zoneOfTriangle, zones, unassignedAreaM2, notes };
}

/**
 * Mirrors: separate pieces of paint (welded at 1 mm) under 3 % of the paint, beside the front of the side glass
 * around the beltline, reaching beyond the body side. Source triangle → mirror zone.
 */
function findMirrors(
  { of, count }: { of: Uint32Array; count: number },
  geo: ReturnType<typeof triangleGeometry>,
  m: Landmarks,
): Map<number, ZoneType> {
  const area = new Float64Array(count);
  const sum = new Float64Array(count * 3);
  const reach = new Float64Array(count);
  for (let t = 0; t < geo.count; t++) {
    const c = of[t]!;
    area[c]! += geo.areas[t]!;
    for (let r = 0; r < 3; r++) sum[c * 3 + r]! += geo.centroids[t * 3 + r]! * geo.areas[t]!;
    reach[c] = Math.max(reach[c]!, Math.abs(geo.centroids[t * 3]!));
  }
  const mirrorComponent = new Map<number, ZoneType>();
  for (let c = 0; c < count; c++) {
    if (area[c]! === 0 || area[c]! > 0.03 * geo.totalArea) continue;
    const x = sum[c * 3]! / area[c]!;
    const y = sum[c * 3 + 1]! / area[c]!;
    const z = sum[c * 3 + 2]! / area[c]!;
    const nearGlass = Math.abs(z - m.doorFrontZ) < 0.45;
    const height = y > m.beltY - 0.12 * m.height && y < m.beltY + 0.25 * m.height;
    if (nearGlass && height && reach[c]! > m.halfWidth * 1.02 && Math.abs(x) > 0.7 * m.halfWidth) {
      mirrorComponent.set(c, x >= 0 ? 'mirror-left' : 'mirror-right');
    }
  }
  const out = new Map<number, ZoneType>();
  for (let t = 0; t < geo.count; t++) {
    const type = mirrorComponent.get(of[t]!);
    if (type) out.set(t, type);
  }
  return out;
}
