import type { ZoneType } from '@domain/vehicle/zone-types';

export type { ZoneType } from '@domain/vehicle/zone-types';

/** Paint of one car as one indexed triangle soup in the car frame (metres). */
export interface PaintMesh {
  /** xyz per vertex. */
  positions: Float32Array;
  /** 3 per triangle. */
  indices: Uint32Array;
  /** Optional hint per triangle: which source mesh/primitive (or material) it came from. */
  pieceOfTriangle?: Uint32Array;
}

/** `zoneOfTriangle` value of a triangle in no zone (its area is `unassignedAreaM2`). */
export const UNASSIGNED = 255;

/** Result of automatic zoning: triangles may have been split along cut lines, so geometry is returned. */
export interface ZonedPaint {
  positions: Float32Array;
  indices: Uint32Array;
  /** Index into `zones` per triangle, or 255 = unassigned. */
  zoneOfTriangle: Uint8Array;
  zones: { type: ZoneType; areaM2: number; triangles: number }[];
  unassignedAreaM2: number;
  /** Each decision in words (for the import report), e.g. "hood: above the front axle, normals up, 1.58 m²". */
  notes: string[];
}

/** One zone flattened for artwork: UVs in metres (u along the car where the panel allows), per output vertex. */
export interface ZoneLayout {
  type: ZoneType;
  /** May duplicate vertices along UV seams. */
  positions: Float32Array;
  indices: Uint32Array;
  /** Metres, 2 per vertex. */
  uvs: Float32Array;
  /** UV extent. */
  sizeM: [number, number];
  /** Share of the zone's area whose triangles' area scale is within ±10 % of true size. */
  withinTenPercent: number;
  /** Pieces the zone was cut into. */
  charts: number;
}

/** Progress and cancel for the zone engines (they run inside the import worker). */
export interface ZoneEngineOptions {
  signal?: AbortSignal;
  onProgress?(fraction: number): void;
}
