import { createHash } from 'node:crypto';
import { CATALOG_FILES } from '@domain/catalog/schema';
import type { Catalog, CatalogError, ZoneTable } from '@domain/index';
import { msg } from '@domain/messages/message';
import { loadCatalog, loadZoneTable } from './load';

/** The catalog main prices with: loaded and validated once at start, or every reason it could not be. */
export type CatalogState =
  | { ok: true; catalog: Catalog; zones: ZoneTable; dir: string; hash: string }
  | { ok: false; errors: CatalogError[]; dir: string };

/** Loads the catalog folder and the car's zone table; never throws (a bad catalog is a state, not a crash). */
export async function loadCatalogState(dir: string): Promise<CatalogState> {
  try {
    const texts = new Map<string, string>();
    const [catalog, zones] = await Promise.all([
      loadCatalog(dir, (file, text) => texts.set(file, text)),
      loadZoneTable(dir),
    ]);
    if (!catalog.ok || !zones.ok) {
      return {
        ok: false,
        dir,
        errors: [...(catalog.ok ? [] : catalog.errors), ...(zones.ok ? [] : zones.errors)],
      };
    }
    return { ok: true, catalog: catalog.catalog, zones: zones.zones, dir, hash: hashCatalogTexts(texts) };
  } catch (error) {
    return {
      ok: false,
      dir,
      errors: [
        {
          file: dir,
          path: '$',
          message: msg('catalog.other', { detail: error instanceof Error ? error.message : String(error) }),
        },
      ],
    };
  }
}

/**
 * SHA-256 over the catalog files in a fixed order (file name, then its bytes), from the texts as loaded:
 * drafts carry it so a store can tell which catalog priced them.
 */
function hashCatalogTexts(texts: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const file of CATALOG_FILES) {
    hash.update(file);
    hash.update(texts.get(file) ?? '', 'utf8');
  }
  return hash.digest('hex');
}
