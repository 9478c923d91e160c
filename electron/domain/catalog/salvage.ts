import { z } from 'zod';
import { ITEM_SOURCES, type ItemKind } from './catalog';
import { Id } from './common';
import {
  CATALOG_FILE_SCHEMAS,
  type CatalogFileName,
  type CheckableCatalog,
  mergeCatalogFiles,
} from './schema';

/** An id the schema rejected the rest of its item for: where it sits and what kind of item it was meant to be. */
export interface BrokenItem {
  id: string;
  kind: ItemKind;
  file: string;
  path: string;
}

/** What the cross-file checks can still look at when some files failed their schema. */
export interface Salvage {
  /** Everything that parsed: good list items at their own index (holes where an item failed), good settings. */
  data: CheckableCatalog;
  /** Rejected items whose id still reads: they count as known ids, so a reference to one is not a second error. */
  broken: BrokenItem[];
  /** Kinds whose whole list could not be read (file missing, not an object, list not an array). */
  unread: Set<ItemKind>;
}

/**
 * Keeps what parses of each catalog file: a file that passed its schema whole, or field by field and list item by
 * list item (each item checked alone with `safeParse`). The schema's own errors are reported elsewhere; this only
 * lets reference, cycle and date checks run over the rest in the same run.
 */
export function salvageCatalog(
  raw: Readonly<Record<string, unknown>>,
  parsed: Partial<Record<CatalogFileName, unknown>>,
): Salvage {
  const files: Partial<Record<CatalogFileName, Record<string, unknown>>> = {};
  const broken: BrokenItem[] = [];
  const kept = (file: CatalogFileName, field: string): unknown => files[file]?.[field];
  for (const [file, schema] of Object.entries(CATALOG_FILE_SCHEMAS) as [CatalogFileName, z.ZodObject][]) {
    if (file in parsed) files[file] = parsed[file] as Record<string, unknown>;
    else if (isObject(raw[file])) files[file] = salvageFile(schema, raw[file] as Record<string, unknown>);
  }
  const unread = new Set<ItemKind>();
  for (const source of ITEM_SOURCES) {
    const field = source.path.slice(2);
    if (kept(source.file, field) === undefined) unread.add(source.kind);
    if (source.file in parsed) continue;
    const value = (raw[source.file] as Record<string, unknown> | undefined)?.[field];
    const items = source.kind === 'vehicle' ? [value] : Array.isArray(value) ? value : [];
    const good = kept(source.file, field);
    items.forEach((item, i) => {
      const ok = source.kind === 'vehicle' ? good !== undefined : (good as unknown[] | undefined)?.[i];
      const id = Id.safeParse(isObject(item) ? (item as { id?: unknown }).id : undefined);
      if (ok || !id.success) return;
      const path = source.kind === 'vehicle' ? source.path : `${source.path}[${i}]`;
      broken.push({ id: id.data, kind: source.kind, file: source.file, path });
    });
  }
  return { data: mergeCatalogFiles(files), broken, unread };
}

/** One file's fields that pass alone; a list keeps its good items at their own index (a sparse array). */
function salvageFile(schema: z.ZodObject, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const value = raw[field];
    if (fieldSchema instanceof z.ZodArray && Array.isArray(value)) {
      const list: unknown[] = new Array(value.length);
      value.forEach((item, i) => {
        const r = (fieldSchema.element as z.ZodType).safeParse(item);
        if (r.success) list[i] = r.data;
      });
      out[field] = list;
    } else {
      const r = fieldSchema.safeParse(value);
      if (r.success) out[field] = r.data;
    }
  }
  return out;
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
