import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogData } from '@domain/catalog/schema';
import { type PricedVehicle, PricedVehicleRecord, pricedVehicleOf } from '@domain/vehicle/record';
import { LAUNCH_VEHICLE_ID } from '@domain/vehicle/vehicle';

/** The library cars pricing can use, by id, and the entries it could not read (file and reason). */
export interface PricedLibrary {
  vehicles: ReadonlyMap<string, PricedVehicle>;
  problems: { file: string; reason: string }[];
}

/**
 * Reads every `<dataDir>/vehicles/<id>/vehicle.json` (the library's on-disk layout) into cars pricing can
 * use. A damaged or unpriceable entry is reported and skipped, never fatal; no `vehicles` folder = no cars.
 * The library service (h-library) owns writing these files; this only reads what pricing needs.
 */
export async function readPricedLibrary(
  dataDir: string,
  catalog: Pick<CatalogData, 'labour'>,
): Promise<PricedLibrary> {
  const root = join(dataDir, 'vehicles');
  const vehicles = new Map<string, PricedVehicle>();
  const problems: PricedLibrary['problems'] = [];
  let names: string[];
  try {
    names = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { vehicles, problems };
    throw e;
  }
  for (const name of names.sort()) {
    // The launch EV's built-in entry is priced from the catalog, not as a library car.
    if (name === LAUNCH_VEHICLE_ID) continue;
    const file = join(root, name, 'vehicle.json');
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
