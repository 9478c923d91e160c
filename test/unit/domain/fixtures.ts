import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '@domain/catalog/catalog';
import { CATALOG_FILES } from '@domain/catalog/schema';
import { validateCatalog } from '@domain/catalog/validate';
import type { ZoneTable } from '@domain/catalog/zones';
import type { Configuration } from '@domain/configuration';
import { loadCatalog, loadZoneTable } from '@services/catalog/load';

/** The shipped catalog folder. */
export const CATALOG_DIR = path.resolve(import.meta.dirname, '../../../assets/catalog');

/** The car model manifest the default catalog's zone table comes from (its `vehicle.modelId` is compact-ev). */
export const MANIFEST_PATH = path.resolve(
  import.meta.dirname,
  '../../../assets/models/compact-ev.manifest.json',
);

/** Pricing date used across tests: inside the price list and the 2026-2027 tax window. */
export const DATE = '2026-11-22';

/** Loads the default catalog and zone table, failing loudly when they do not validate. */
export async function loadDefault(): Promise<{ catalog: Catalog; zones: ZoneTable }> {
  const catalog = await loadCatalog(CATALOG_DIR);
  if (!catalog.ok) throw new Error(JSON.stringify(catalog.errors));
  const zones = await loadZoneTable(CATALOG_DIR);
  if (!zones.ok) throw new Error(JSON.stringify(zones.errors));
  return { catalog: catalog.catalog, zones: zones.zones };
}

/** A fresh deep copy of the default catalog's raw JSON, keyed by file name, for mutation in tests. */
export function rawDefault(): Record<string, Record<string, unknown>> {
  const raw: Record<string, Record<string, unknown>> = {};
  for (const f of CATALOG_FILES) raw[f] = JSON.parse(readFileSync(path.join(CATALOG_DIR, f), 'utf8'));
  return raw;
}

/** Validates a raw catalog that must be valid. */
export function catalogFrom(raw: Record<string, unknown>): Catalog {
  const r = validateCatalog(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.catalog;
}

/** Smallest configuration: a trim with the battery bought. */
export function base(trim = 'standard', extra: Partial<Configuration> = {}): Configuration {
  return { schemaVersion: 1, vehicle: 'compact-ev', trim, battery: 'buy', ...extra };
}
