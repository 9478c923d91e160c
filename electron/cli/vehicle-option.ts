import { join } from 'node:path';
import type { Catalog } from '@domain/catalog/catalog';
import type { Configuration } from '@domain/configuration';
import { vehicleIdOf } from '@domain/configuration';
import type { PricedVehicle } from '@domain/vehicle/record';
import { readPricedLibrary } from '@services/vehicles/priced-vehicles';
import { appDataDir } from './vehicles';

/** Usage of the vehicle options shared by `quote` and `export-draft`. */
export const VEHICLE_OPTIONS = '[--vehicle <library id>] [--data <data folder>]';

/** The data folder holding the vehicle library: `--data`, else the app's (`appDataDir`, as the app finds it). */
export function dataFolder(given: string | undefined): string {
  return given ?? appDataDir();
}

/** Every library car of the data folder, keyed by id (damaged entries left out). */
export async function libraryOf(
  dataDir: string,
  catalog: Catalog,
): Promise<ReadonlyMap<string, PricedVehicle>> {
  return (await readPricedLibrary(dataDir, catalog)).vehicles;
}

/**
 * The configuration on the car `--vehicle` names (its library reference replaces the configuration's vehicle),
 * or on the library car the configuration already names; the launch EV needs nothing. A car that is not in
 * the library, or a configuration made for another car, is an error saying which and where it looked.
 */
export async function onLibraryCar(
  catalog: Catalog,
  configuration: Configuration,
  options: { vehicle?: string; data?: string },
): Promise<{ configuration: Configuration; car?: PricedVehicle } | string> {
  const named = vehicleIdOf(configuration);
  const id = options.vehicle ?? named;
  if (id === catalog.vehicle.id) {
    if (options.vehicle !== undefined && named !== id)
      return `the configuration is for vehicle ${named}, not ${id}; drop --vehicle or fix the file's "vehicle"`;
    return { configuration };
  }
  if (typeof configuration.vehicle === 'object' && named !== id && named !== catalog.vehicle.id)
    return `the configuration is for library car ${named.slice(0, 8)}, not ${id.slice(0, 8)}; drop --vehicle or fix the file's "vehicle"`;
  const dataDir = dataFolder(options.data);
  const library = await readPricedLibrary(dataDir, catalog);
  const car = library.vehicles.get(id);
  if (!car) {
    const problem = library.problems.find((p) => p.id === id);
    const known = [...library.vehicles.values()].map(
      (v) => `${v.vehicle.ref.id.slice(0, 12)} (${v.vehicle.name.en})`,
    );
    return (
      `vehicle ${id} is not in the vehicle library at ${join(dataDir, 'vehicles')}` +
      (problem ? `: its entry is damaged (${problem.reason})` : '') +
      `; library cars: ${known.length > 0 ? known.join(', ') : 'none'} (import it with the app, or pass --data <folder>)`
    );
  }
  return { configuration: { ...configuration, vehicle: { ...car.vehicle.ref } }, car };
}
