import { createHash } from 'node:crypto';
import type { ModelManifest } from '@domain/model/manifest';
import type { BodyStyle, ImportReport, Message, PartAssignment } from '@domain/vehicle/vehicle';
import { sha256Hex } from '../../app/file-hash';
import { type LibraryMessageKey, libraryMessage, messageText } from './problems';

/** A file as the shop gave it (a .glb, or a .gltf with its side files; names relative to the .gltf's folder). */
export interface VehicleFile {
  name: string;
  bytes: Uint8Array;
}

/** How far an import is: the step and its share done (0-1). */
export interface ImportProgress {
  stage: string;
  fraction: number;
}

/** Options of an import: the length staff gave, cancellation, progress. */
export interface ImportOptions {
  lengthMm?: number;
  signal?: AbortSignal;
  onProgress?(progress: ImportProgress): void;
}

/** What an importer hands the library to store: the optimised glb and what it found in it. */
export interface ImportedVehicle {
  /** The glb to store (decoded, repaired, normalised, optimised); its SHA-256 becomes the vehicle id. */
  glb: Uint8Array;
  /** Manifest of that glb: one zone `body` with the measured area, paint materials, glass, wheels, mounts. */
  manifest: ModelManifest;
  report: ImportReport;
  /** Real length, mm (the file's when plausible, else the one given). */
  lengthMm: number;
  /** Exterior paint area at the real length, m². */
  bodyAreaM2: number;
  /** Body style guessed from the shape (staff can change it). */
  bodyStyle?: BodyStyle;
  /** A name found in the file (e.g. the asset's title). */
  name?: string;
}

/**
 * The import pipeline the library runs: normalise (electron/services/vehicles/import/normalise.ts) then find the
 * parts (electron/services/vehicles/parts/find-parts.ts), off the main thread. It refuses a file it cannot use by
 * throwing `VehicleRefusal` (any other throw is a bug, logged as internal) and stops on `signal`.
 */
export type ImportVehicle = (files: VehicleFile[], options: ImportOptions) => Promise<ImportedVehicle>;

/** What a re-measure is given: the stored glb and manifest, the real length and the staff corrections. */
export interface MeasureInput {
  glb: Uint8Array;
  manifest: ModelManifest;
  lengthMm: number;
  previousLengthMm: number;
  bodyAreaM2: number;
  corrections: PartAssignment[];
  correctionsChanged: boolean;
}

/** A re-measured vehicle: its manifest (zone areas at the real length), body area, and anything to tell staff. */
export interface Measured {
  manifest: ModelManifest;
  bodyAreaM2: number;
  warnings: Message[];
}

/** Measures a library vehicle again after staff changed its length or corrections (provided by the importer side). */
export type MeasureVehicle = (input: MeasureInput) => Promise<Measured>;

/** A file the importer cannot use, with the reason as a translatable sentence (turned into a `refused` error). */
export class VehicleRefusal extends Error {
  constructor(readonly problem: Message) {
    super(messageText(problem));
    this.name = 'VehicleRefusal';
  }
}

/** A refusal with one of the library's own sentences. */
export const refusal = (key: LibraryMessageKey, values?: Record<string, string | number>) =>
  new VehicleRefusal(libraryMessage(key, values));

/**
 * Identity of the files as given: for one file the SHA-256 of its bytes (what `sha256sum` prints); for several,
 * the SHA-256 of their `sha256sum` listing sorted by name. The same file(s) imported twice give the same value.
 */
export function sourceSha256(files: readonly VehicleFile[]): string {
  if (files.length === 1) return sha256Hex(files[0]!.bytes);
  const lines = files
    .map((f) => `${sha256Hex(f.bytes)}  ${f.name}\n`)
    .sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1));
  return createHash('sha256').update(lines.join('')).digest('hex');
}

/**
 * Re-measure without the geometry: a surface area scales with the square of the length, so the zone areas and the
 * body area are scaled by (new length / old length)². Corrections cannot be measured this way: they are kept,
 * and the answer says the area was not measured again. The importer side provides the full re-measure.
 */
export const scaleByLength: MeasureVehicle = async (input) => {
  const k = (input.lengthMm / input.previousLengthMm) ** 2;
  const round = (n: number) => Math.round(n * k * 10_000) / 10_000;
  const manifest = {
    ...input.manifest,
    zones: input.manifest.zones.map((z) => ({ ...z, areaM2: round(z.areaM2) })),
  };
  return {
    manifest,
    bodyAreaM2: round(input.bodyAreaM2),
    warnings: input.correctionsChanged ? [libraryMessage('areaNotRemeasured')] : [],
  };
};
