import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Id } from '@domain/catalog/common';
import { CATALOG_FILES } from '@domain/catalog/schema';
import { type CatalogError, type CatalogResult, validateCatalog, zodErrors } from '@domain/catalog/validate';
import { type ZoneTable, zonesFromManifest } from '@domain/catalog/zones';
import { msg } from '@domain/messages/message';
import { ModelManifest } from '@domain/model/manifest';

/** The default catalog shipped with the app, relative to the project root. */
export const DEFAULT_CATALOG_DIR = 'assets/catalog';

/**
 * Where the car model's manifest lives for a catalog folder: `<dir>/../models/<modelId>.manifest.json`
 * (`assets/catalog` → `assets/models/compact-ev.manifest.json`). `modelId` is `catalog.json` `vehicle.modelId`.
 */
export function modelManifestPath(dir: string, modelId: string): string {
  return path.join(dir, '..', 'models', `${modelId}.manifest.json`);
}

/**
 * The zone table pricing uses (PRODUCT §2 "Wrap zones"): the areas and labour hours of the car model's manifest,
 * found from the catalog's `vehicle.modelId` by `modelManifestPath`, so the price and the workshop's cut agree.
 */
export async function loadZoneTable(dir: string): Promise<ZoneTableResult> {
  const file = 'catalog.json';
  const read = await readJson(dir, file);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const vehicle = (read.value as { vehicle?: { modelId?: unknown } } | null)?.vehicle;
  const modelId = Id.safeParse(vehicle?.modelId);
  if (!modelId.success) {
    return { ok: false, errors: [{ file, path: '$.vehicle.modelId', message: msg('catalog.noModelId') }] };
  }
  return loadZoneTableFromManifest(modelManifestPath(dir, modelId.data));
}

/** A zone table, or why it could not be read. */
export type ZoneTableResult = { ok: true; zones: ZoneTable } | { ok: false; errors: CatalogError[] };

/**
 * Reads every catalog file in `dir` and validates the whole catalog, reporting all problems at once;
 * `onText` sees each file's text as read (main hashes the catalog from it without reading twice).
 */
export async function loadCatalog(
  dir: string,
  onText?: (file: string, text: string) => void,
): Promise<CatalogResult> {
  const raw: Record<string, unknown> = {};
  const errors: CatalogError[] = [];
  for (const file of CATALOG_FILES) {
    const read = await readJson(dir, file, undefined, onText);
    if (read.ok) raw[file] = read.value;
    else errors.push(read.error);
  }
  const result = validateCatalog(raw);
  if (errors.length === 0) return result;
  // An unreadable file is "missing" to validateCatalog: keep the read error, and every other file's problems.
  const others = result.ok ? [] : result.errors.filter((e) => !errors.some((m) => m.file === e.file));
  return { ok: false, errors: [...errors, ...others] };
}

type JsonRead = { ok: true; value: unknown } | { ok: false; error: CatalogError };

/** Reads and parses one JSON file, turning a missing file or bad JSON into a catalog error (`what`: the file kind). */
export async function readJson(
  dir: string,
  file: string,
  what: 'catalog' | 'manifest' = 'catalog',
  onText?: (file: string, text: string) => void,
): Promise<JsonRead> {
  const full = path.join(dir, file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? msg('catalog.missing', { what: msg(`catalog.files.${what}`), path: full })
        : msg('catalog.unreadable', { path: full, reason: code ?? String(e) });
    return { ok: false, error: { file, path: '$', message } };
  }
  onText?.(file, text);
  try {
    // Editors such as Windows Notepad save UTF-8 with a byte-order mark; JSON.parse refuses it.
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (e) {
    return {
      ok: false,
      error: { file, path: '$', message: msg('catalog.badJson', { reason: (e as Error).message }) },
    };
  }
}

/** Zone table from a car model manifest file (areas rounded to 4 dp, hours to 2 dp). */
export async function loadZoneTableFromManifest(manifestPath: string): Promise<ZoneTableResult> {
  const file = path.basename(manifestPath);
  const read = await readJson(path.dirname(manifestPath), file, 'manifest');
  if (!read.ok) return { ok: false, errors: [read.error] };
  const parsed = ModelManifest.safeParse(read.value, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: zodErrors(file, parsed.error) };
  try {
    return { ok: true, zones: zonesFromManifest(parsed.data) };
  } catch (e) {
    return {
      ok: false,
      errors: [{ file, path: '$.zones', message: msg('catalog.other', { detail: (e as Error).message }) }],
    };
  }
}
