import type { Localized } from '../catalog/common';
import type { CatalogData } from '../catalog/schema';
import { type ZoneTable, zoneTable } from '../catalog/zones';
import { wording } from '../messages/wording';
import type { BodyStyle, VehicleKind, VehicleRef } from './vehicle';

/**
 * The vehicle a configuration is priced and checked for (rules and quotes take it in their context; absent =
 * the catalog's launch EV, priced exactly as before). A library car is a `service` vehicle.
 */
export interface VehicleContext {
  ref: VehicleRef;
  kind: VehicleKind;
  name: Localized;
  /** Needed for service vehicles: labour hours come from the catalog's body-style table. */
  bodyStyle: BodyStyle | undefined;
  /** Catalog mount point ids the car has (`catalogMounts`); an accessory needing another one is unavailable. */
  mounts: readonly string[];
  /** Measured glass area per catalog window set, m²; a window set without one cannot be tinted on this car. */
  windowAreasM2?: Readonly<Record<string, number>>;
}

/** The one zone of a service vehicle until zones are cut (issue #17): its measured paint surface. */
export const BODY_ZONE = 'body';

/** Name of the body zone. */
export const BODY_NAME: Localized = Object.freeze(wording('names.body'));

/** Library mount ids (found by geometry) → the catalog's mount point ids accessories name. */
const LIBRARY_MOUNTS: Readonly<Record<string, string>> = {
  roof: 'roof',
  'tow-bar': 'tow-hitch',
  'rear-hatch': 'rear-spoiler',
};

/** The catalog mount points of a library car's mounts (`roof`, `tow-bar`, `rear-hatch`); catalog ids pass through. */
export function catalogMounts(mounts: readonly string[]): string[] {
  return [...new Set(mounts.map((m) => LIBRARY_MOUNTS[m] ?? m))];
}

/** A service vehicle's labour hours by body style, or undefined when the catalog or the vehicle lacks them. */
export function bodyStyleLabour(catalog: Pick<CatalogData, 'labour'>, vehicle: VehicleContext) {
  return vehicle.bodyStyle === undefined ? undefined : catalog.labour?.[vehicle.bodyStyle];
}

/**
 * The zone table of a service vehicle: one body zone with its measured area (m², rounded to 4 dp) and the
 * full-wrap hours of its body style. Throws with what to do when the body style or labour table is missing.
 */
export function serviceZoneTable(
  catalog: Pick<CatalogData, 'labour'>,
  vehicle: VehicleContext,
  bodyAreaM2: number,
): ZoneTable {
  if (!(bodyAreaM2 > 0 && bodyAreaM2 <= 60))
    throw new RangeError(
      `vehicle ${vehicle.ref.id}: body area ${bodyAreaM2} m² is not a car's (0–60 m²); re-measure it in the library`,
    );
  const labour = bodyStyleLabour(catalog, vehicle);
  if (!labour)
    throw new RangeError(
      vehicle.bodyStyle === undefined
        ? `vehicle ${vehicle.ref.id} has no body style: set it in the vehicle library`
        : `the catalog has no labour for body style "${vehicle.bodyStyle}": add it to labour.json`,
    );
  return zoneTable(vehicle.ref.id, [
    {
      id: BODY_ZONE,
      name: BODY_NAME,
      areaM2: Math.round(bodyAreaM2 * 10_000) / 10_000,
      labourHours: labour.fullWrapHours,
      body: true,
    },
  ]);
}
