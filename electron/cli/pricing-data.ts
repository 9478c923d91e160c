import type { Catalog, ZoneTable } from '@domain/index';
import { loadCatalog, loadZoneTable } from '@services/catalog/load';
import { problemsSummary } from '@services/catalog/problems';

/** Loads what pricing needs from a catalog folder (catalog + the car's zone table), or the first problem as CLI text. */
export async function loadPricingData(dir: string): Promise<{ catalog: Catalog; zones: ZoneTable } | string> {
  const catalog = await loadCatalog(dir);
  if (!catalog.ok) {
    return `catalog ${dir} is invalid (${problemsSummary(catalog.errors)}); run validate-catalog`;
  }
  const zones = await loadZoneTable(dir);
  if (!zones.ok)
    return `zone table: ${zones.errors[0]!.file} ${zones.errors[0]!.path}: ${zones.errors[0]!.message}`;
  return { catalog: catalog.catalog, zones: zones.zones };
}
