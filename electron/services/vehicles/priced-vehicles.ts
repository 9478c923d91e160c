import { readdir, readFile } from 'node:fs/promises';
import { messageText } from '@contract/i18n';
import { RefusedError } from '@contract/result';
import type { Catalog } from '@domain/catalog/catalog';
import type { CatalogData } from '@domain/catalog/schema';
import type { ZoneTable } from '@domain/catalog/zones';
import type { Configuration } from '@domain/configuration';
import type { VehicleContext } from '@domain/vehicle/context';
import { configurationAsText, vehicleHere } from '@domain/vehicle/not-here';
import { type PricedVehicle, PricedVehicleRecord, pricedVehicleOf } from '@domain/vehicle/record';
import { ENTRY_NAME, LibraryPaths } from './library/layout';

/** The library cars pricing can use, by id, and the entries it could not read (file and reason). */
export interface PricedLibrary {
  vehicles: ReadonlyMap<string, PricedVehicle>;
  problems: { file: string; reason: string }[];
}

/**
 * Reads every imported entry's `vehicle.json` (the library's layout, `LibraryPaths`: folders named by a
 * SHA-256 under `<dataDir>/vehicles`) into cars pricing can use. A damaged or unpriceable entry is reported
 * and skipped, never fatal; no `vehicles` folder = no cars. The library (`VehicleStore`) owns writing these
 * files and checks the model too; this reads only the record fields pricing needs (`PricedVehicleRecord`).
 */
export async function readPricedLibrary(
  dataDir: string,
  catalog: Pick<CatalogData, 'labour'>,
): Promise<PricedLibrary> {
  const paths = new LibraryPaths(dataDir);
  const vehicles = new Map<string, PricedVehicle>();
  const problems: PricedLibrary['problems'] = [];
  let names: string[];
  try {
    names = (await readdir(paths.root, { withFileTypes: true }))
      .filter((d) => d.isDirectory() && ENTRY_NAME.test(d.name))
      .map((d) => d.name);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { vehicles, problems };
    throw e;
  }
  // The launch EV's built-in folder (`compact-ev`) is not an entry: it is priced from the catalog.
  for (const name of names.sort()) {
    const file = paths.record(name);
    try {
      const parsed = PricedVehicleRecord.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) {
        const i = parsed.error.issues[0]!;
        problems.push({ file, reason: `$.${i.path.join('.')}: ${i.message}` });
        continue;
      }
      if (parsed.data.kind !== 'service') continue;
      if (parsed.data.id !== name) {
        problems.push({ file, reason: `its id ${parsed.data.id} does not match its folder ${name}` });
        continue;
      }
      vehicles.set(name, pricedVehicleOf(catalog, parsed.data));
    } catch (e) {
      problems.push({ file, reason: (e as Error).message });
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
  const car = libraryCarOf(catalog, c, (await readPricedLibrary(dataDir, catalog)).vehicles);
  return car ? { zones: car.zones, vehicle: car.vehicle } : { zones: launchZones };
}

/**
 * The library car a configuration names, from `library` (undefined for the launch EV); refuses, saying so
 * plainly with the configuration as text (`reason: 'vehicle-not-in-shop'`), a car that is not in this shop.
 */
export function libraryCarOf(
  catalog: Catalog,
  c: Configuration,
  library: ReadonlyMap<string, PricedVehicle>,
): PricedVehicle | undefined {
  if (typeof c.vehicle !== 'object' || c.vehicle.id === catalog.vehicle.id) return undefined;
  const here = vehicleHere(catalog, c, library.keys());
  if (!here.here)
    throw new RefusedError('refused', messageText(here.message), {
      reason: 'vehicle-not-in-shop',
      vehicle: here.id,
      message: here.message,
      text: configurationAsText(catalog, c),
    });
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
