import { z } from 'zod';
import { decimal, decimalPlaces, Id } from './catalog/common';
import { BUILT_IN_VEHICLE_ID, VehicleRef } from './vehicle/vehicle';

/** Battery choice: bought with the car, or subscribed monthly (battery as a service). */
export const BATTERY_PLANS = ['buy', 'subscribe'] as const;

/** SHA-256 of an artwork file's bytes, lower-case hex: what the workshop checks the supplied file against. */
export const ArtworkHash = z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 hex digest' });

const mm = (max: number) => z.number().min(-max).max(max);

/**
 * How artwork sits on one zone's UV layout (u along the car, v around the section, real size from the
 * model's `uvSizeM`; imports without it treat the UV square as 1 m). `fit` shows all of the image inside the
 * zone, `fill` covers the zone (cropping), `tile` repeats it at its real size; then offset, scale, rotate.
 */
export const ArtworkPlacement = z
  .object({
    fit: z.enum(['fit', 'fill', 'tile']),
    /** Image centre relative to the zone's UV centre, millimetres (u, v). */
    offsetMm: z.tuple([mm(20_000), mm(20_000)]),
    /** Extra scale on top of the fit (1 = as fitted). */
    scale: z.number().min(0.01).max(100),
    rotationDeg: mm(360),
  })
  .strict();

/** Printed artwork on some zones: a reference to the designer's file, printed on a `printed` film. */
export const ArtworkChoice = z
  .object({
    /** Artwork reference (file name) that the order draft and work order carry. */
    ref: z.string().min(1).max(200),
    /** Content hash of the file the design was made with (absent for configurations made before it). */
    sha256: ArtworkHash.optional(),
    film: Id,
    zones: z.array(Id).min(1).max(64),
    /** Zone id → placement; a zone without one is `fit`, centred, unscaled, unrotated. */
    placement: z
      .record(Id, ArtworkPlacement)
      .refine((r) => Object.keys(r).length <= 64, { error: 'at most 64 zones' })
      .optional(),
  })
  .strict();

/**
 * One side of a decal in millimetres, to 0.1 mm at most: the print cutter's step, and the step the price is
 * exact at (each side scales to a whole number of 0.1 mm, so the area and price are exact integers).
 */
export const DecalSideMm = z
  .number({ error: 'expected a decal side in millimetres' })
  .min(10)
  .max(5_000)
  .refine((n) => decimalPlaces(n) <= 1, {
    error:
      'decal sides are given to 0.1 mm at most (e.g. 1000.1, not 1000.05): the cutter works in 0.1 mm steps',
  })
  .describe('millimetres, 10–5000, at most one decimal place (0.1 mm)');

/**
 * A printed decal projected onto the car where the designer clicked (on top of whatever film is there):
 * model-space point and surface normal in metres (glTF axes), size in millimetres, printed on `film`.
 */
export const ArtworkDecal = z
  .object({
    ref: z.string().min(1).max(200),
    sha256: ArtworkHash.optional(),
    film: Id,
    position: z.tuple([mm(10), mm(10), mm(10)]),
    normal: z.tuple([mm(1), mm(1), mm(1)]),
    sizeMm: z.tuple([DecalSideMm, DecalSideMm]),
    rotationDeg: mm(360),
  })
  .strict();

/**
 * The wrap: `film` covers every body zone, then `twoTone` overrides its zones, then `zones` (zone id → film)
 * and finally `artwork` zones; a zone may not be listed both in `zones` and in `artwork.zones`.
 */
export const WrapChoice = z
  .object({
    film: Id.optional(),
    twoTone: Id.optional(),
    zones: z
      .record(Id, Id)
      .refine((r) => Object.keys(r).length <= 64, { error: 'at most 64 zones' })
      .optional(),
    artwork: ArtworkChoice.optional(),
    /** Projected decals (designer mode), drawn over the zones' films. */
    decals: z.array(ArtworkDecal).max(16).optional(),
  })
  .strict();

/** Financing choice: plan, term and down payment as a percentage of the order total. */
export const FinancingChoice = z
  .object({
    plan: Id,
    termMonths: z.number().int().min(1).max(120),
    downPaymentPercent: decimal(2, 100),
  })
  .strict();

/**
 * What a customer chose, by catalog id only (never prices): the renderer store, configuration codes and
 * order drafts share it. Optional fields are omitted, never null; wheel and caliper default to the trim's.
 */
export const Configuration = z
  .object({
    schemaVersion: z.literal(1),
    vehicle: z
      .union([Id, VehicleRef])
      .optional()
      .describe(
        "the vehicle: { id, modelSha256 } (library id + model hash), the catalog vehicle's id, or omitted = the launch EV",
      ),
    trim: Id.optional().describe('trim id (the launch EV only; a service vehicle has none)'),
    battery: z
      .enum(BATTERY_PLANS)
      .optional()
      .describe('battery bought with the car, or subscribed monthly (the launch EV only)'),
    wrap: WrapChoice.optional().describe('full film, two-tone preset, per-zone films and printed artwork'),
    ppf: Id.optional().describe('paint protection film package id'),
    /** Window set id → tint film id. */
    tint: z
      .record(Id, Id)
      .refine((r) => Object.keys(r).length <= 16, { error: 'at most 16 window sets' })
      .optional()
      .describe('window set id → tint film id'),
    wheel: Id.optional().describe("wheel id; omitted = the trim's standard wheel"),
    caliper: Id.optional().describe("caliper id; omitted = the trim's standard caliper"),
    trimPieces: z.array(Id).max(32).optional(),
    accessories: z.array(Id).max(100).optional(),
    accessoryPackages: z.array(Id).max(32).optional(),
    maintenance: Id.optional().describe('maintenance package id'),
    store: Id.optional().describe('store id (a quote may override it)'),
    promotionCodes: z
      .array(z.string().regex(/^[A-Za-z0-9-]{2,32}$/, { error: 'expected a promotion code' }))
      .max(10)
      .optional(),
    financing: FinancingChoice.optional().describe('financing plan, term and down payment percent'),
  })
  .strict()
  .describe('What a customer chose, by catalog id (docs/CONFIGURATION.md)');

/** A customer's configuration. */
export type Configuration = z.infer<typeof Configuration>;

/** The vehicle id a configuration is for: its reference's id, the catalog id it names, or the launch EV. */
export function vehicleIdOf(c: Pick<Configuration, 'vehicle'>): string {
  const v = c.vehicle;
  return v === undefined ? BUILT_IN_VEHICLE_ID : typeof v === 'string' ? v : v.id;
}

/** SHA-256 of the model the configuration was made on, when it names one. */
export function modelShaOf(c: Pick<Configuration, 'vehicle'>): string | undefined {
  const v = c.vehicle;
  return typeof v === 'object' ? v.modelSha256 : undefined;
}

/** Battery plan. */
export type BatteryPlan = (typeof BATTERY_PLANS)[number];

/** JSON schema of the configuration (for docs/schema and other tools). */
export function configurationJsonSchema(): unknown {
  return z.toJSONSchema(Configuration, { target: 'draft-2020-12', io: 'input' });
}

type Wrap = NonNullable<Configuration['wrap']>;

/** Every field of a configuration, absent: the one shape `fixedShape` copies into (the compiler wants all keys). */
const BLANK_CONFIGURATION = {
  schemaVersion: 1,
  vehicle: undefined,
  trim: undefined,
  battery: undefined,
  wrap: undefined,
  ppf: undefined,
  tint: undefined,
  wheel: undefined,
  caliper: undefined,
  trimPieces: undefined,
  accessories: undefined,
  accessoryPackages: undefined,
  maintenance: undefined,
  store: undefined,
  promotionCodes: undefined,
  financing: undefined,
} as const satisfies Record<keyof Configuration, unknown>;

/** Every field of a wrap, absent. */
const BLANK_WRAP = {
  film: undefined,
  twoTone: undefined,
  zones: undefined,
  artwork: undefined,
  decals: undefined,
} as const satisfies Record<keyof Wrap, unknown>;

/**
 * `src` copied into a fresh object of `blank`'s shape (its keys, in its order; keys `blank` lacks are dropped).
 * `for…in` walks each object's own key list, so reading `src` is fast for any of its shapes, and every copy has
 * the one shape of `blank`.
 */
function intoShape<T extends object>(blank: Readonly<Record<keyof T, unknown>>, src: T): T {
  const out = { ...blank } as T;
  for (const key in src) if (key in blank) out[key] = src[key];
  return out;
}

/**
 * The same configuration as an object of one fixed shape (absent fields undefined), for the engine's
 * hot paths: configurations parsed from JSON come in many shapes, and reading fields from one shape is
 * several times faster. Never serialise it (use the original).
 *
 * Reading the fields by name instead would miss V8's inline caches on every one of thousands of shapes (every
 * optional field present or not: about 3 µs a configuration); `intoShape` reads them in `for…in` order.
 */
export function fixedShape(c: Configuration): Configuration {
  const out = intoShape<Configuration>(BLANK_CONFIGURATION, c);
  if (out.wrap !== undefined) out.wrap = intoShape<Wrap>(BLANK_WRAP, out.wrap);
  return out;
}
