import type { z } from 'zod';
import { msg } from '../messages/message';
import { buildCatalog, type Catalog } from './catalog';
import type { CatalogError } from './catalog-error';
import { issueMessage } from './problems';
import { crossCheck } from './references';
import { salvageCatalog } from './salvage';
import {
  CATALOG_FILE_SCHEMAS,
  CATALOG_FILES,
  type CatalogFileName,
  type CatalogFiles,
  mergeCatalogFiles,
} from './schema';

export type { CatalogError } from './catalog-error';

/** The one catalog file an archived price list may lack (added with service vehicles). */
const OPTIONAL_IN_ARCHIVE: CatalogFileName = 'labour.json';

/** Result of validating a catalog: the usable catalog, or every problem found. */
export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; errors: CatalogError[] };

/** Formats a zod issue path as a JSON path ($.films[3].pricePerM2Fen). */
export function jsonPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

/** Turns zod issues into catalog errors for one file. */
export function zodErrors(file: string, error: z.ZodError): CatalogError[] {
  return error.issues.map((issue) => ({
    file,
    path: jsonPath('$', issue.path),
    message: issueMessage(issue),
  }));
}

/**
 * Validates raw parsed JSON per file name (as `loadCatalog` reads them) and reports every problem at once:
 * schema errors first for each file, then cross-file checks (duplicates, unknown ids, cycles, dates) over
 * everything that did pass the schema (`salvageCatalog`), so one run lists them all.
 */
export function validateCatalog(raw: Readonly<Record<string, unknown>>): CatalogResult {
  const errors: CatalogError[] = [];
  const parsed: Partial<Record<CatalogFileName, unknown>> = {};
  for (const file of CATALOG_FILES) {
    if (!(file in raw) || raw[file] === undefined) {
      // Archived price lists (assets/catalog/archive) predate the labour table; the loader still requires the file.
      if (file === OPTIONAL_IN_ARCHIVE) continue;
      errors.push({ file, path: '$', message: msg('catalog.missingFile', { file }) });
      continue;
    }
    const result = CATALOG_FILE_SCHEMAS[file].safeParse(raw[file], { reportInput: true });
    if (result.success) parsed[file] = result.data;
    else errors.push(...zodErrors(file, result.error));
  }
  if (errors.length > 0) {
    const { data, ...unusable } = salvageCatalog(raw, parsed);
    return { ok: false, errors: [...errors, ...crossCheck(data, unusable)] };
  }
  const data = mergeCatalogFiles(parsed as CatalogFiles);
  errors.push(...crossCheck(data));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, catalog: buildCatalog(data) };
}
