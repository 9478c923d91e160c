import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ModelManifest } from '../model/manifest';
import { CATALOG_FILES } from './schema';
import { type CatalogError, type CatalogResult, validateCatalog, zodErrors } from './validate';
import { type ZoneTable, ZoneTableFile, zonesFromManifest, zoneTable } from './zones';

/** The default catalog shipped with the app, relative to the project root. */
export const DEFAULT_CATALOG_DIR = 'assets/catalog';

/**
 * Where zone areas and labour hours come from. Today: the provisional table in the catalog folder.
 * When the 3D team's manifest ships, replace this line with `loadZoneTableFromManifest`.
 */
export const loadZoneTable = (dir: string): Promise<ZoneTableResult> => loadProvisionalZoneTable(dir);

/** A zone table, or why it could not be read. */
export type ZoneTableResult = { ok: true; zones: ZoneTable } | { ok: false; errors: CatalogError[] };

/** Reads every catalog file in `dir` and validates the whole catalog, reporting all problems at once. */
export async function loadCatalog(dir: string): Promise<CatalogResult> {
  const raw: Record<string, unknown> = {};
  const errors: CatalogError[] = [];
  for (const file of CATALOG_FILES) {
    const read = await readJson(dir, file);
    if (read.ok) raw[file] = read.value;
    else errors.push(read.error);
  }
  if (errors.length === 0) return validateCatalog(raw);
  const rest = validateCatalog(raw);
  const others = rest.ok ? [] : rest.errors.filter((e) => !errors.some((m) => m.file === e.file));
  return { ok: false, errors: [...errors, ...others] };
}

/** Reads zones.provisional.json from the catalog folder. */
export async function loadProvisionalZoneTable(dir: string): Promise<ZoneTableResult> {
  const file = 'zones.provisional.json';
  const read = await readJson(dir, file);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const parsed = ZoneTableFile.safeParse(read.value);
  if (!parsed.success) return { ok: false, errors: zodErrors(file, parsed.error) };
  try {
    return { ok: true, zones: zoneTable(parsed.data.modelId, parsed.data.zones) };
  } catch (e) {
    return { ok: false, errors: [{ file, path: '$.zones', message: (e as Error).message }] };
  }
}

type JsonRead = { ok: true; value: unknown } | { ok: false; error: CatalogError };

/** Reads and parses one JSON file, turning a missing file or bad JSON into a catalog error. */
export async function readJson(dir: string, file: string): Promise<JsonRead> {
  const full = path.join(dir, file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? `missing catalog file ${full}` : `cannot read ${full}: ${code ?? String(e)}`;
    return { ok: false, error: { file, path: '$', message } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: { file, path: '$', message: `bad JSON: ${(e as Error).message}` } };
  }
}

/** Zone table from the 3D team's model manifest (the future source of `loadZoneTable`). */
export async function loadZoneTableFromManifest(manifestPath: string): Promise<ZoneTableResult> {
  const file = path.basename(manifestPath);
  const read = await readJson(path.dirname(manifestPath), file);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const parsed = ModelManifest.safeParse(read.value);
  if (!parsed.success) return { ok: false, errors: zodErrors(file, parsed.error) };
  try {
    return { ok: true, zones: zonesFromManifest(parsed.data) };
  } catch (e) {
    return { ok: false, errors: [{ file, path: '$.zones', message: (e as Error).message }] };
  }
}
