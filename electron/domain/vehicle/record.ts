import { z } from 'zod';
import type { CatalogData } from '../catalog/schema';
import type { ZoneTable } from '../catalog/zones';
import { sameText } from '../messages/message';
import { catalogMounts, serviceZoneTable, type VehicleContext } from './context';
import { BodyStyle, VehicleKind } from './vehicle';

const Hex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a lower-case hex SHA-256' });
const positive = z.number().positive().max(100);

/**
 * The part of a library car's `vehicle.json` (docs/VEHICLES.md: summary fields + manifest) that pricing reads;
 * other fields are left to the library. The body area is the manifest's body zone (one zone `body` until
 * zones are cut), else the summary's `bodyAreaM2`; window areas are used when the manifest's glass lists them.
 */
export const PricedVehicleRecord = z.looseObject({
  schemaVersion: z.literal(1),
  id: Hex,
  modelSha256: Hex,
  name: z.union([z.string().min(1), z.object({ zh: z.string().min(1), en: z.string().min(1) })]),
  bodyStyle: BodyStyle,
  kind: VehicleKind,
  bodyAreaM2: positive.optional(),
  manifest: z.looseObject({
    zones: z.array(z.looseObject({ id: z.string(), areaM2: positive, body: z.boolean().optional() })),
    mountPoints: z.array(z.looseObject({ id: z.string() })).default([]),
    glass: z.looseObject({ windowAreasM2: z.record(z.string(), positive).optional() }).optional(),
  }),
});

/** A parsed vehicle.json as pricing reads it. */
export type PricedVehicleRecord = z.infer<typeof PricedVehicleRecord>;

/** A library car ready to price: its vehicle context and zone table. */
export interface PricedVehicle {
  vehicle: VehicleContext;
  zones: ZoneTable;
}

/**
 * The pricing view of a library car (a service vehicle: one body zone with its measured area, labour by body
 * style, its mounts as catalog mount points). Throws with what to fix when the record cannot be priced.
 */
export function pricedVehicleOf(
  catalog: Pick<CatalogData, 'labour'>,
  record: PricedVehicleRecord,
): PricedVehicle {
  const bodyZones = record.manifest.zones.filter((z) => z.body !== false);
  const area = bodyZones.length > 0 ? bodyZones.reduce((s, z) => s + z.areaM2, 0) : record.bodyAreaM2;
  if (area === undefined)
    throw new RangeError(`vehicle ${record.id} has no measured body area: re-measure it in the library`);
  const name = typeof record.name === 'string' ? sameText(record.name) : record.name;
  const windows = record.manifest.glass?.windowAreasM2;
  const vehicle: VehicleContext = {
    ref: { id: record.id, modelSha256: record.modelSha256 },
    kind: record.kind,
    name,
    bodyStyle: record.bodyStyle,
    mounts: catalogMounts(record.manifest.mountPoints.map((m) => m.id)),
    ...(windows ? { windowAreasM2: windows } : {}),
  };
  return { vehicle, zones: serviceZoneTable(catalog, vehicle, area) };
}
