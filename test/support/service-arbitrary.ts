import { messageText } from '@contract/i18n';
/**
 * Random service vehicles (library cars: body style, measured body area, mounts, some measured window sets)
 * and random valid configurations on them, for property tests (test-only: imports fast-check).
 */

import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import type { Configuration } from '@domain/configuration';
import { applyChoice } from '@domain/rules/apply';
import { evaluateRules } from '@domain/rules/evaluate';
import { serviceZoneTable, type VehicleContext } from '@domain/vehicle/context';
import { BodyStyle } from '@domain/vehicle/vehicle';
import { MOUNT_POINT_IDS } from '@domain/vocabulary';
import fc from 'fast-check';

/** A service vehicle with its zone table and its figures as the reference quote reads them. */
export interface ServiceCase {
  vehicle: VehicleContext;
  zones: ZoneTable;
  bodyAreaM2: number;
}

const hex64 = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((b) => [...b].map((x) => x.toString(16).padStart(2, '0')).join(''));

/** A service vehicle made from a body area (m²) and body style, with the given mounts and window areas. */
export function serviceCase(
  catalog: Catalog,
  v: {
    id: string;
    bodyStyle: BodyStyle;
    bodyAreaM2: number;
    mounts?: readonly string[];
    windowAreasM2?: Record<string, number>;
    name?: string;
  },
): ServiceCase {
  const vehicle: VehicleContext = {
    ref: { id: v.id, modelSha256: v.id },
    kind: 'service',
    name: { zh: v.name ?? `客户车辆 ${v.id.slice(0, 8)}`, en: v.name ?? `Customer car ${v.id.slice(0, 8)}` },
    bodyStyle: v.bodyStyle,
    mounts: v.mounts ?? [],
    ...(v.windowAreasM2 ? { windowAreasM2: v.windowAreasM2 } : {}),
  };
  return { vehicle, zones: serviceZoneTable(catalog, vehicle, v.bodyAreaM2), bodyAreaM2: v.bodyAreaM2 };
}

/** Random service vehicles: any body style, 4–25 m² of paint, any mounts, some window sets measured. */
export function serviceCaseArbitrary(catalog: Catalog): fc.Arbitrary<ServiceCase> {
  return fc
    .record({
      id: hex64,
      bodyStyle: fc.constantFrom(...BodyStyle.options),
      area: fc.integer({ min: 40_000, max: 250_000 }),
      mounts: fc.subarray([...MOUNT_POINT_IDS]),
      windows: fc.tuple(
        ...catalog.windowSets.map((w) =>
          fc.tuple(fc.constant(w.id), fc.option(fc.integer({ min: 20, max: 250 }), { nil: undefined })),
        ),
      ),
    })
    .map((r) => {
      const windowAreasM2: Record<string, number> = {};
      for (const [id, a] of r.windows) if (a !== undefined) windowAreasM2[id] = a / 100;
      return serviceCase(catalog, {
        id: r.id,
        bodyStyle: r.bodyStyle,
        bodyAreaM2: r.area / 10_000,
        mounts: r.mounts,
        windowAreasM2,
      });
    });
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** A random service vehicle and a configuration on it that the rules accept (for that vehicle, on `date`). */
export function serviceConfigurationArbitrary(
  catalog: Catalog,
  date: string,
): fc.Arbitrary<{ car: ServiceCase; configuration: Configuration }> {
  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
  const plain = ids(catalog.films.filter((f) => f.finish !== 'printed'));
  const fullBody = ids(catalog.ppfPackages.filter((p) => p.coverage === 'full-body'));
  const care = ids(catalog.maintenancePackages.filter((m) => m.vehicleKinds?.includes('service')));
  const codes = catalog.promotions
    .filter((p) => p.code && p.validFrom <= date && date <= p.validTo)
    .map((p) => p.code!);
  return serviceCaseArbitrary(catalog).chain((car) => {
    const fits = (id: string) => {
      const a = catalog.accessories.find((x) => x.id === id)!;
      return a.mount === 'none' || car.vehicle.mounts.includes(a.mount);
    };
    const packages = ids(catalog.accessoryPackages.filter((p) => p.items.every(fits)));
    const measured = catalog.windowSets.filter((w) => car.vehicle.windowAreasM2?.[w.id] !== undefined);
    const tintFor = measured.map((set) =>
      fc.tuple(
        fc.constant(set.id),
        optional(fc.constantFrom(...ids(catalog.tintFilms.filter((t) => t.vltPercent >= set.minVltPercent)))),
      ),
    );
    return fc
      .record({
        film: optional(fc.constantFrom(...plain)),
        ppf: optional(fc.constantFrom(...fullBody)),
        tint: fc.tuple(...tintFor),
        wheel: optional(fc.constantFrom(...ids(catalog.wheels))),
        caliper: optional(fc.constantFrom(...ids(catalog.calipers))),
        trimPieces: fc.subarray(ids(catalog.trimPieces)),
        accessories: fc.subarray(ids(catalog.accessories).filter(fits)),
        accessoryPackages: fc.subarray(packages, { maxLength: Math.min(1, packages.length) }),
        maintenance: care.length > 0 ? optional(fc.constantFrom(...care)) : fc.constant(undefined),
        store: fc.constantFrom(...ids(catalog.stores)),
        codes: fc.subarray(codes),
      })
      .map((r) => {
        const c: Configuration = { schemaVersion: 1, vehicle: { ...car.vehicle.ref } };
        if (r.film) c.wrap = { film: r.film };
        if (r.ppf) c.ppf = r.ppf;
        const tint = Object.fromEntries(r.tint.filter(([, f]) => f !== undefined)) as Record<string, string>;
        if (Object.keys(tint).length > 0) c.tint = tint;
        if (r.wheel) c.wheel = r.wheel;
        if (r.caliper) c.caliper = r.caliper;
        if (r.trimPieces.length > 0) c.trimPieces = r.trimPieces;
        if (r.accessories.length > 0) c.accessories = r.accessories;
        if (r.accessoryPackages.length > 0) c.accessoryPackages = r.accessoryPackages;
        if (r.maintenance) c.maintenance = r.maintenance;
        c.store = r.store;
        if (r.codes.length > 0) c.promotionCodes = r.codes;
        const context = { zones: car.zones, date, vehicle: car.vehicle };
        // Let the rules resolve requires / excludes (as if the customer re-confirmed the maintenance choice).
        const fixed = applyChoice(catalog, c, { kind: 'maintenance', id: c.maintenance ?? null }, context);
        if (!fixed.ok)
          throw new Error(
            `unrepairable service configuration: ${fixed.reasons.map((v) => messageText(v.message)).join('; ')}`,
          );
        return { car, configuration: fixed.configuration };
      })
      .filter(
        ({ car: k, configuration }) =>
          evaluateRules(catalog, configuration, { zones: k.zones, date, vehicle: k.vehicle }).valid,
      );
  });
}
