import { ModelManifest } from '@domain/model/manifest';
import {
  BodyStyle,
  ImportReport,
  LengthMm,
  ModelYear,
  PartAssignment,
  VehicleId,
  VehicleMake,
  VehicleModelName,
  VehicleName,
  VehicleSummary,
} from '@domain/vehicle/vehicle';
import { z } from 'zod';

/** Most bytes one `vehicle:import` may carry in all its files (a large car with its textures): 200 MiB. */
export const MAX_VEHICLE_IMPORT_BYTES = 200 * 1024 * 1024;
/** Longest base64 text that can carry MAX_VEHICLE_IMPORT_BYTES. */
export const MAX_VEHICLE_IMPORT_BASE64 = Math.ceil(MAX_VEHICLE_IMPORT_BYTES / 3) * 4;
/** Largest `vehicle:import` request body the local host reads: the files as base64 plus room for JSON. */
export const MAX_VEHICLE_IMPORT_BODY_BYTES = MAX_VEHICLE_IMPORT_BASE64 + 1024 * 1024;
/** Most files one import may carry (a .gltf with its buffers and textures). */
export const MAX_VEHICLE_IMPORT_FILES = 512;
/** Largest thumbnail PNG the page may save: 4 MiB. */
export const MAX_THUMBNAIL_BYTES = 4 * 1024 * 1024;

/** Where the page loads a library vehicle's model, relative to the page (local host and app protocol). */
export const vehicleModelUrl = (id: string): string => `vehicles/${id}/model.glb`;
/** Where the page loads a library vehicle's thumbnail, relative to the page. */
export const vehicleThumbnailUrl = (id: string): string => `vehicles/${id}/thumbnail.png`;

/** A running import, named by the page so it can cancel it and follow its progress. */
const ImportId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, {
  error: 'expected an import id of 1-64 letters, digits, - or _',
});

/** A file's name as picked, relative to the folder of the .gltf (side files may sit in sub-folders). */
export const VehicleFileName = z
  .string()
  .min(1)
  .max(300)
  .refine(
    (s) =>
      !/[\\\0:]/.test(s) &&
      !s.startsWith('/') &&
      s.split('/').every((p) => p !== '' && p !== '.' && p !== '..'),
    {
      error: 'expected a file name relative to the model folder (no .., no leading /, no \\ or :)',
    },
  );

const Base64 = (what: string, max: number) =>
  z
    .string()
    .max(max, { error: `${what} is too large` })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: `${what} must be base64 text` });

/** What the import request carries: the files and what staff already know about the car. */
const ImportRequest = z
  .object({
    importId: ImportId,
    files: z
      .array(
        z
          .object({
            name: VehicleFileName,
            dataBase64: Base64('a model file', MAX_VEHICLE_IMPORT_BASE64),
          })
          .strict(),
      )
      .min(1, { error: 'pick the .glb, or the .gltf with its side files' })
      .max(MAX_VEHICLE_IMPORT_FILES, { error: `at most ${MAX_VEHICLE_IMPORT_FILES} files in one import` })
      .refine(
        (files) => files.reduce((sum, f) => sum + f.dataBase64.length, 0) <= MAX_VEHICLE_IMPORT_BASE64,
        {
          error: 'the files are larger than 200 MiB together; optimise the model before importing it',
        },
      ),
    lengthMm: LengthMm.optional(),
    name: VehicleName.optional(),
    make: VehicleMake.optional(),
    model: VehicleModelName.optional(),
    year: ModelYear.optional(),
    bodyStyle: BodyStyle.optional(),
  })
  .strict();

/** Staff edits of a library vehicle (not the built-in's model). */
const UpdateRequest = z
  .object({
    id: VehicleId,
    name: VehicleName.optional(),
    make: VehicleMake.optional(),
    model: VehicleModelName.optional(),
    year: ModelYear.optional(),
    bodyStyle: BodyStyle.optional(),
    lengthMm: LengthMm.optional(),
    corrections: z.array(PartAssignment).max(10_000).optional(),
  })
  .strict();

const ById = z.object({ id: VehicleId }).strict();

/** What `vehicle:get` answers: everything the stage and the report view need, bytes by URL. */
export const VehicleDetail = z
  .object({
    summary: VehicleSummary,
    manifest: ModelManifest,
    report: ImportReport,
    corrections: z.array(PartAssignment),
    /** `vehicles/<id>/model.glb`, relative to the page. */
    modelUrl: z.string(),
    /** `vehicles/<id>/thumbnail.png`, relative to the page; absent until the page saved one. */
    thumbnailUrl: z.string().optional(),
  })
  .strict();
/** A library vehicle with its manifest, report and corrections. */
export type VehicleDetail = z.infer<typeof VehicleDetail>;

/** Vehicle library channels (appended to the contract). */
export const vehicleChannels = {
  /** Every library vehicle, the built-in launch EV first; damaged entries included with their `problem`. */
  'vehicle:list': {
    request: z.object({}).strict(),
    response: z.object({ vehicles: z.array(VehicleSummary) }).strict(),
  },
  'vehicle:get': { request: ById, response: VehicleDetail },
  /** Imports a shop's file into the library (progress as `vehicle:import-progress` events); same file twice = one entry. */
  'vehicle:import': {
    request: ImportRequest,
    response: z.object({ summary: VehicleSummary, report: ImportReport, duplicate: z.boolean() }).strict(),
  },
  /** Stops a running import (`cancelled: false` when none with that id is running). */
  'vehicle:import-cancel': {
    request: z.object({ importId: ImportId }).strict(),
    response: z.object({ cancelled: z.boolean() }).strict(),
  },
  /** Renames or corrects a vehicle; the body area is measured again when the length or the corrections change. */
  'vehicle:update': {
    request: UpdateRequest,
    response: z.object({ summary: VehicleSummary, report: ImportReport }).strict(),
  },
  /** Removes a library vehicle (never the built-in launch EV). */
  'vehicle:remove': {
    request: ById,
    response: z.object({ id: z.string(), removed: z.literal(true) }).strict(),
  },
  /** Saves the thumbnail the page rendered from the stage (PNG). */
  'vehicle:thumbnail': {
    request: ById.extend({
      pngBase64: Base64('the thumbnail', Math.ceil(MAX_THUMBNAIL_BYTES / 3) * 4),
    }).strict(),
    response: z.object({ saved: z.literal(true) }).strict(),
  },
} as const;

/** Events of the vehicle library main pushes to the page. */
export const vehicleEvents = {
  /** How far an import is: `stage` names the step (read, decode, normalise, parts, compress, write), 0-1. */
  'vehicle:import-progress': z
    .object({ importId: ImportId, stage: z.string().min(1).max(60), fraction: z.number().min(0).max(1) })
    .strict(),
} as const;
