import { messageText } from '@contract/i18n';
import { RefusedError } from '@contract/result';
import type { Catalog } from '@domain/catalog/catalog';
import type { CatalogData } from '@domain/catalog/schema';
import type { ZoneTable } from '@domain/catalog/zones';
import { type Configuration, vehicleIdOf } from '@domain/configuration';
import type { VehicleContext } from '@domain/vehicle/context';
import { configurationAsText, vehicleHere } from '@domain/vehicle/not-here';
import { type PricedVehicle, pricedVehicleOf } from '@domain/vehicle/record';
import type { Message } from '@domain/vehicle/vehicle';
import { ENTRY_NAME } from './library/layout';
import { libraryMessage, messageText as libraryText } from './library/problems';
import { VehicleStore } from './library/store';

/** An entry pricing cannot use: its id, its vehicle.json, why (English) and the library's sentence for it. */
export interface PricedProblem {
  id: string;
  file: string;
  reason: string;
  problem?: Message;
}

/** The library cars pricing can use, by id, and the entries it could not use (damaged, or without an area). */
export interface PricedLibrary {
  vehicles: ReadonlyMap<string, PricedVehicle>;
  problems: PricedProblem[];
}

/**
 * The library's customer cars as pricing sees them, read through the library store (`VehicleStore`: the one
 * reader of `<dataDir>/vehicles`, with its checks of the record, the model file and its hash). A damaged entry
 * is not priced: it is reported with the store's reason, never fatal; no `vehicles` folder = no cars. `only`
 * reads just that entry (a quote names one car; an id that is not a library id is simply not there).
 */
export async function readPricedLibrary(
  dataDir: string,
  catalog: Pick<CatalogData, 'labour'>,
  only?: string,
): Promise<PricedLibrary> {
  const store = new VehicleStore(dataDir);
  const vehicles = new Map<string, PricedVehicle>();
  const problems: PricedProblem[] = [];
  const entries =
    only === undefined
      ? await store.entries()
      : ENTRY_NAME.test(only)
        ? [await store.checkedEntry(only)]
        : [];
  for (const entry of entries) {
    if (!entry) continue;
    const file = store.paths.record(entry.id);
    const { record, summary } = entry;
    if (summary.status === 'damaged' || !record) {
      const problem = summary.problem ?? libraryMessage('recordMissing');
      problems.push({ id: entry.id, file, reason: libraryText(problem), problem });
      continue;
    }
    // Only customer cars are priced from their record (the launch EV is the catalog's and has no entry folder).
    if (record.kind !== 'service') continue;
    try {
      vehicles.set(entry.id, pricedVehicleOf(catalog, record));
    } catch (e) {
      problems.push({ id: entry.id, file, reason: (e as Error).message });
    }
  }
  return { vehicles, problems };
}

/** Where a configuration is checked and priced: the launch EV's zones, or its library car's vehicle and zones. */
export interface VehicleScope {
  zones: ZoneTable;
  vehicle?: VehicleContext;
}

/**
 * The scope of a configuration: the launch EV (the catalog's zone table) unless it names a library car, which is
 * looked up in `<dataDir>/vehicles`; a car that is not in this shop is refused, saying so plainly, with the
 * configuration as text in the refusal's details (`reason: 'vehicle-not-in-shop'`).
 */
export async function vehicleScope(
  dataDir: string,
  catalog: Catalog,
  launchZones: ZoneTable,
  c: Configuration,
): Promise<VehicleScope> {
  if (typeof c.vehicle !== 'object' || c.vehicle.id === catalog.vehicle.id) return { zones: launchZones };
  const library = await readPricedLibrary(dataDir, catalog, vehicleIdOf(c));
  const car = libraryCarOf(catalog, c, library.vehicles, library.problems);
  return car ? { zones: car.zones, vehicle: car.vehicle } : { zones: launchZones };
}

/**
 * The library car a configuration names, from `library` (undefined for the launch EV); refuses, saying so
 * plainly with the configuration as text (`reason: 'vehicle-not-in-shop'`), a car that is not in this shop.
 * When its entry is there but damaged (`problems`), the refusal adds why (`details.problem`, the library's
 * sentence, and its English text in the message).
 */
export function libraryCarOf(
  catalog: Catalog,
  c: Configuration,
  library: ReadonlyMap<string, PricedVehicle>,
  problems: readonly PricedProblem[] = [],
): PricedVehicle | undefined {
  if (typeof c.vehicle !== 'object' || c.vehicle.id === catalog.vehicle.id) return undefined;
  const here = vehicleHere(catalog, c, library.keys());
  if (!here.here) {
    const damaged = problems.find((p) => p.id === here.id);
    throw new RefusedError(
      'refused',
      messageText(here.message) + (damaged ? ` Its library entry is damaged: ${damaged.reason}` : ''),
      {
        reason: 'vehicle-not-in-shop',
        vehicle: here.id,
        message: here.message,
        text: configurationAsText(catalog, c),
        ...(damaged?.problem ? { problem: damaged.problem } : {}),
      },
    );
  }
  return library.get(here.id);
}

/** The library cars the two sides of a comparison are on (a side on the launch EV has none). */
export async function sideVehicles(
  dataDir: string,
  catalog: Catalog,
  launchZones: ZoneTable,
  a: Configuration,
  b: Configuration,
): Promise<{
  a?: { vehicle: VehicleContext; zones: ZoneTable };
  b?: { vehicle: VehicleContext; zones: ZoneTable };
}> {
  const [sa, sb] = await Promise.all([
    vehicleScope(dataDir, catalog, launchZones, a),
    vehicleScope(dataDir, catalog, launchZones, b),
  ]);
  return {
    ...(sa.vehicle ? { a: { vehicle: sa.vehicle, zones: sa.zones } } : {}),
    ...(sb.vehicle ? { b: { vehicle: sb.vehicle, zones: sb.zones } } : {}),
  };
}
