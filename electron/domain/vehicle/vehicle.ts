import { z } from 'zod';
import { ModelManifest } from '../model/manifest';

/**
 * A vehicle of the shop's library (issue #16): the launch EV the catalog sells as a new car, and the customer
 * cars staff import. Shapes fixed by the shared design (docs/VEHICLES.md); pure, no Node.
 */

/** Id of the launch EV, the built-in library entry (every other id is the SHA-256 of the stored glb). */
export const BUILT_IN_VEHICLE_ID = 'compact-ev';

/** Lower-case hex SHA-256. */
export const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { error: 'expected a lower-case hex SHA-256 digest' });

/** A vehicle id: the SHA-256 of its stored glb, or `compact-ev` for the launch EV. */
export const VehicleId = z.union([Sha256, z.literal(BUILT_IN_VEHICLE_ID)], {
  error: `expected a vehicle id: 64 lower-case hex digits, or "${BUILT_IN_VEHICLE_ID}"`,
});

/** Whether a string is a vehicle id (used to keep URLs and folder names path-safe). */
export const isVehicleId = (id: unknown): id is string => VehicleId.safeParse(id).success;

/** `new-car`: the catalog's launch EV (trims, battery, financing, purchase tax); `service`: a customer car. */
export const VehicleKind = z.enum(['new-car', 'service']);
/** A vehicle kind. */
export type VehicleKind = z.infer<typeof VehicleKind>;

/** Body style: labour comes from a body-style table in the catalog. */
export const BodyStyle = z.enum([
  'sedan',
  'hatchback',
  'suv',
  'coupe',
  'wagon',
  'mpv',
  'pickup',
  'van',
  'convertible',
]);
/** A body style. */
export type BodyStyle = z.infer<typeof BodyStyle>;

/** How a configuration names its vehicle (absent = the launch EV). */
export const VehicleRef = z.object({ id: VehicleId, modelSha256: Sha256 }).strict();
/** A configuration's vehicle. */
export type VehicleRef = z.infer<typeof VehicleRef>;

/** A sentence for the user: a key in renderer/src/i18n/vehicles.json (zh-CN and en) and its `{{placeholders}}`. */
export const Message = z
  .object({
    key: z.string().min(1).max(120),
    values: z.record(z.string().max(120), z.union([z.string().max(2000), z.number()])).optional(),
  })
  .strict();
/** A translatable sentence. */
export type Message = z.infer<typeof Message>;

/** Real car length, millimetres: what areas and prices are measured at. */
export const LengthMm = z
  .number({ error: 'expected the car length in millimetres' })
  .min(1000, { error: 'a car is at least 1000 mm long; give the length in millimetres (e.g. 4650)' })
  .max(20_000, { error: 'a car is at most 20000 mm long; give the length in millimetres (e.g. 4650)' });

/** Model year. */
export const ModelYear = z.number().int().min(1886).max(2100);

/** Short free text staff type (name, make, model). */
const Label = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} is empty` })
    .max(80, { error: `${what} is longer than 80 characters` });

/** Vehicle name shown on tiles and in quotes. */
export const VehicleName = Label('the vehicle name');
/** Make (e.g. BYD). */
export const VehicleMake = Label('the make');
/** Model (e.g. Seal). */
export const VehicleModelName = Label('the model');

/** What the picker and the kiosk tiles show of a library vehicle (damaged ones too, with the reason). */
export const VehicleSummary = z
  .object({
    id: VehicleId,
    /** SHA-256 of the stored glb (for an imported car equal to `id`). */
    modelSha256: Sha256,
    name: z.string().min(1).max(200),
    make: z.string().max(200).optional(),
    model: z.string().max(200).optional(),
    year: ModelYear.optional(),
    bodyStyle: BodyStyle,
    kind: VehicleKind,
    lengthMm: z.number().nonnegative(),
    /** Measured exterior paint area at the real length, m² (0 when unknown, e.g. a damaged entry). */
    bodyAreaM2: z.number().nonnegative(),
    builtIn: z.boolean(),
    status: z.enum(['ok', 'damaged']),
    /** Why the entry is damaged (or what is missing, e.g. its thumbnail). */
    problem: Message.optional(),
    /** ISO date-time of the import (the built-in: its model file's time). */
    importedAt: z.string().max(40),
  })
  .strict();
/** A library vehicle as listed. */
export type VehicleSummary = z.infer<typeof VehicleSummary>;

/** A part kind the importer may guess. */
export const GuessedPart = z.enum(['paint', 'glass', 'wheel', 'tyre', 'rim', 'caliper', 'mount']);

/** What the import did with the shop's file: source, units, length, repairs, dropped scenery, guesses, warnings. */
export const ImportReport = z
  .object({
    source: z
      .object({
        files: z.array(z.string().max(500)).max(1000),
        bytes: z.number().int().nonnegative(),
        sha256: Sha256,
      })
      .strict(),
    unit: z
      .object({ detected: z.enum(['m', 'cm', 'mm', 'in', 'ft', 'unknown']), scale: z.number().positive() })
      .strict(),
    lengthMm: z
      .object({ value: z.number().nonnegative(), from: z.enum(['file', 'given', 'asked']) })
      .strict(),
    repairs: z.array(Message).max(10_000),
    dropped: z.array(z.object({ node: z.string().max(500), reason: Message }).strict()).max(10_000),
    guesses: z
      .array(z.object({ part: GuessedPart, target: z.string().max(500), reason: Message }).strict())
      .max(10_000),
    warnings: z.array(Message).max(10_000),
  })
  .strict();
/** An import report. */
export type ImportReport = z.infer<typeof ImportReport>;

/** A staff correction: this mesh or material is paint, glass, a wheel, or none of them. */
export const PartAssignment = z
  .object({
    target: z
      .object({
        mesh: z.string().min(1).max(500).optional(),
        material: z.string().min(1).max(500).optional(),
      })
      .strict()
      .refine((t) => (t.mesh === undefined) !== (t.material === undefined), {
        error: 'a correction names exactly one mesh or one material',
      }),
    part: z.enum(['paint', 'glass', 'wheel', 'none']),
  })
  .strict();
/** A staff correction. */
export type PartAssignment = z.infer<typeof PartAssignment>;

/** The vehicle.json format version this code writes and reads. */
export const VEHICLE_SCHEMA_VERSION = 1;

/** `vehicle.json` of a library entry: summary fields, source hash, manifest, import report, staff corrections. */
export const VehicleRecord = z
  .object({
    schemaVersion: z.literal(VEHICLE_SCHEMA_VERSION),
    id: Sha256,
    modelSha256: Sha256,
    /** SHA-256 of the file(s) as given: the same file imported twice is one entry. */
    sourceSha256: Sha256,
    name: VehicleName,
    make: VehicleMake.optional(),
    model: VehicleModelName.optional(),
    year: ModelYear.optional(),
    bodyStyle: BodyStyle,
    kind: VehicleKind,
    lengthMm: LengthMm,
    bodyAreaM2: z.number().nonnegative(),
    importedAt: z.iso.datetime(),
    manifest: ModelManifest,
    report: ImportReport,
    corrections: z.array(PartAssignment).max(10_000),
  })
  .strict()
  .refine((r) => r.id === r.modelSha256, {
    error: 'id must equal modelSha256 (a library vehicle is named by the hash of its glb)',
    path: ['id'],
  });
/** A parsed vehicle.json. */
export type VehicleRecord = z.infer<typeof VehicleRecord>;

/** The summary a record lists as (status ok; the store adds problems it finds on disk). */
export function summaryOf(record: VehicleRecord): VehicleSummary {
  const { id, modelSha256, name, make, model, year, bodyStyle, kind, lengthMm, bodyAreaM2, importedAt } =
    record;
  return {
    id,
    modelSha256,
    name,
    ...(make === undefined ? {} : { make }),
    ...(model === undefined ? {} : { model }),
    ...(year === undefined ? {} : { year }),
    bodyStyle,
    kind,
    lengthMm,
    bodyAreaM2,
    builtIn: false,
    status: 'ok',
    importedAt,
  };
}
