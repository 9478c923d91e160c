import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog } from '@domain/index';
import { validateCatalog } from '@domain/index';

/**
 * Older price lists kept so their configuration codes still decode: `assets/catalog/archive/*.json`, each
 * the catalog files of one price list (`{ "catalog.json": {...}, "films.json": {...}, ... }`), written by
 * `npm run cli -- archive-catalog`. A file that does not validate is skipped and reported.
 */
export async function loadCatalogArchive(dir: string): Promise<{ catalogs: Catalog[]; problems: string[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return { catalogs: [], problems: [] };
  }
  const catalogs: Catalog[] = [];
  const problems: string[] = [];
  for (const name of names) {
    try {
      const result = validateCatalog(JSON.parse(await readFile(join(dir, name), 'utf8')));
      if (result.ok) catalogs.push(result.catalog);
      else
        problems.push(
          `${name}: ${result.errors[0]?.file} ${result.errors[0]?.path}: ${result.errors[0]?.message}`,
        );
    } catch (e) {
      problems.push(`${name}: ${(e as Error).message}`);
    }
  }
  return { catalogs, problems };
}
