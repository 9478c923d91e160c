import { z } from 'zod';
import { BodyStyle, VehicleKind } from '../vehicle/vehicle';
import { FILM_FINISHES, MOUNT_POINT_IDS, WRAP_ZONE_IDS } from '../vocabulary';
import { Availability, decimal, Fen, Id, Localized } from './common';
import { FilmMaterial } from './film-material';
import { says } from './problems';

/** A wrap zone id from the shared vocabulary. */
export const ZoneRef = z.enum(WRAP_ZONE_IDS, {
  error: says('catalog.schema.zone', { zones: WRAP_ZONE_IDS.join(', ') }),
});

/** Waste factor: extra film cut beyond the measured area (0.15 = 15 %). */
export const WasteFactor = decimal(4, 1);

/** Workshop hours with at most 2 decimals. */
export const Hours = decimal(2, 200);

/** A trim level: price (VAT included), what comes standard, and its battery options. */
export const Trim = z
  .object({
    id: Id,
    name: Localized,
    priceFen: Fen,
    standardEquipment: z.array(Localized),
    defaultWheel: Id,
    defaultCaliper: Id,
    battery: z
      .object({
        capacityKwh: decimal(1, 300),
        /** Battery as a service: monthly fee shown beside the total, credit taken off the price. */
        subscription: z.object({ monthlyFeeFen: Fen, creditFen: Fen }).strict().optional(),
      })
      .strict(),
  })
  .strict();

/** A wrap film the shop sells by the square metre. */
export const Film = z
  .object({
    id: Id,
    sku: z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,31}$/, { error: says('catalog.schema.sku') }),
    name: Localized,
    finish: z.enum(FILM_FINISHES),
    material: FilmMaterial,
    pricePerM2Fen: Fen,
    warrantyYears: z.number().int().min(0).max(20),
    wasteFactor: WasteFactor.optional(),
    ...Availability,
  })
  .strict();

/** Two-tone preset: one film on a set of zones over the main colour (e.g. black roof + mirrors). */
export const TwoTonePreset = z
  .object({ id: Id, name: Localized, film: Id, zones: z.array(ZoneRef).min(1), ...Availability })
  .strict();

/** A paint-protection-film package over a fixed set of zones. */
export const PpfPackage = z
  .object({
    id: Id,
    name: Localized,
    coverage: z.enum(['partial-front', 'full-front', 'full-body']),
    finish: z.enum(['gloss', 'matte']),
    zones: z.array(ZoneRef).min(1),
    pricePerM2Fen: Fen,
    warrantyYears: z.number().int().min(0).max(20),
    ...Availability,
  })
  .strict();

/** A window set of the car (windscreen, front sides…) with its glass area and fitting time. */
export const WindowSet = z
  .object({
    id: Id,
    name: Localized,
    areaM2: decimal(4, 20),
    labourHours: Hours,
    minVltPercent: z.number().int().min(0).max(100),
  })
  .strict();

/** A window tint film, by visible light transmission. */
export const TintFilm = z
  .object({
    id: Id,
    name: Localized,
    vltPercent: z.number().int().min(1).max(100),
    pricePerM2Fen: Fen,
    warrantyYears: z.number().int().min(0).max(20),
    ...Availability,
  })
  .strict();

/** A rim design in one size; the trim's default wheel is included in the trim price. */
export const Wheel = z
  .object({
    id: Id,
    design: z.enum(['aero', 'turbine', 'y-spoke', 'mesh']),
    sizeInch: z.union([z.literal(17), z.literal(19)]),
    name: Localized,
    priceFen: Fen,
    installHours: Hours,
    part: z.string().min(1),
    ...Availability,
  })
  .strict();

/** A brake caliper colour; the trim's default caliper is included. */
export const Caliper = z
  .object({
    id: Id,
    name: Localized,
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    priceFen: Fen,
    installHours: Hours,
    ...Availability,
  })
  .strict();

/** A trim-piece treatment such as chrome delete (bright trim in gloss black). */
export const TrimPiece = z
  .object({ id: Id, name: Localized, priceFen: Fen, installHours: Hours, ...Availability })
  .strict();

/** An accessory fitted in the shop; `part` is the 3D part id that shows it, or none. */
export const Accessory = z
  .object({
    id: Id,
    name: Localized,
    priceFen: Fen,
    installHours: Hours,
    mount: z.union([z.enum(MOUNT_POINT_IDS), z.literal('none')]),
    part: z.union([Id, z.literal('none')]),
    ...Availability,
  })
  .strict();

/** Bundle discount of an accessory package: a fixed amount or a percentage of its items. */
export const BundleDiscount = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), amountFen: Fen }).strict(),
  z.object({ kind: z.literal('percent'), percent: decimal(2, 100) }).strict(),
]);

/** A bundle of accessories sold together at a discount. */
export const AccessoryPackage = z
  .object({ id: Id, name: Localized, items: z.array(Id).min(2), discount: BundleDiscount, ...Availability })
  .strict();

/**
 * Vehicle kinds an item is offered for, at least one, each once; omitted = the launch EV only. Parsed items
 * always carry it (the default fills it in), so every item of a list has one object shape: a quote reads
 * these items on its hot path, and two shapes in one list measured about 1 µs a quote.
 */
const VehicleKinds = z
  .array(VehicleKind)
  .min(1)
  .refine((k) => new Set(k).size === k.length, { error: says('catalog.schema.kindTwice') })
  .default(['new-car']);

/** Labour hours of one body style: full wrap, full-body PPF, and tint per window set. */
export const BodyStyleLabour = z
  .object({
    fullWrapHours: decimal(2, 200),
    fullPpfHours: decimal(2, 200),
    tintHoursPerWindowSet: decimal(2, 20),
  })
  .strict();

/**
 * Labour by body style (assets/catalog/labour.json): how long a full wrap, a full-body PPF and tint take on a
 * service vehicle, which has one zone (its measured body) until zones are cut. Every body style is listed.
 */
export const LabourTable = z.record(BodyStyle, BodyStyleLabour);

/** A service plan. */
export const MaintenancePackage = z
  .object({
    id: Id,
    name: Localized,
    services: z.number().int().min(1).max(50),
    years: z.number().int().min(1).max(10),
    priceFen: Fen,
    /** Vehicle kinds the plan is offered for; omitted = the launch EV only. */
    vehicleKinds: VehicleKinds,
    ...Availability,
  })
  .strict();

/** A partner store: where the car is configured, fitted and possibly handed over. */
export const Store = z
  .object({ id: Id, name: Localized, city: Localized, labourRatePerHourFen: Fen, pickup: z.boolean() })
  .strict();

/** A financing plan offered on the order total. */
export const FinancingPlan = z
  .object({
    id: Id,
    name: Localized,
    aprPercent: decimal(2, 36),
    termsMonths: z.array(z.number().int().min(1).max(120)).min(1),
    minDownPaymentPercent: decimal(2, 100),
    /** Vehicle kinds the plan finances; omitted = the launch EV only (a car loan, not a service job). */
    vehicleKinds: VehicleKinds,
    ...Availability,
  })
  .strict();

/** Parsed Trim. */
export type Trim = z.infer<typeof Trim>;
/** Parsed Film. */
export type Film = z.infer<typeof Film>;
/** Parsed TwoTonePreset. */
export type TwoTonePreset = z.infer<typeof TwoTonePreset>;
/** Parsed PpfPackage. */
export type PpfPackage = z.infer<typeof PpfPackage>;
/** Parsed WindowSet. */
export type WindowSet = z.infer<typeof WindowSet>;
/** Parsed TintFilm. */
export type TintFilm = z.infer<typeof TintFilm>;
/** Parsed Wheel. */
export type Wheel = z.infer<typeof Wheel>;
/** Parsed Caliper. */
export type Caliper = z.infer<typeof Caliper>;
/** Parsed TrimPiece. */
export type TrimPiece = z.infer<typeof TrimPiece>;
/** Parsed Accessory. */
export type Accessory = z.infer<typeof Accessory>;
/** Parsed AccessoryPackage. */
export type AccessoryPackage = z.infer<typeof AccessoryPackage>;
/** Parsed MaintenancePackage. */
export type MaintenancePackage = z.infer<typeof MaintenancePackage>;
/** Parsed Store. */
export type Store = z.infer<typeof Store>;
/** Parsed labour table (body style → hours). */
export type LabourTable = z.infer<typeof LabourTable>;
/** Parsed FinancingPlan. */
export type FinancingPlan = z.infer<typeof FinancingPlan>;
