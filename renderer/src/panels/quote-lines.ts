import type { CatalogData } from '@domain/catalog/schema';
import type { QuoteLine } from '@domain/pricing/types';
import type { TFunction } from 'i18next';
import { loc } from './format';

/** A row of the breakdown: one quote line, or the zone lines of one item and kind shown together. */
export interface LineGroup {
  key: string;
  label: string;
  amountFen: number;
  discount: boolean;
  /** The catalog item and line kind of its (first) line, for staff tools and tests reading the screen. */
  item: string;
  kind: QuoteLine['kind'];
}

/**
 * Groups per-zone lines of one item and kind for display (PRODUCT §3 allows grouping, never re-rounding:
 * the amount is the plain sum of main's lines); every other line, discounts included, stays as main wrote it.
 */
export function groupLines(
  catalog: CatalogData,
  lines: readonly QuoteLine[],
  language: string,
  t: TFunction,
): LineGroup[] {
  const names = new Map<string, CatalogData['films'][number]['name']>();
  const lists = [
    catalog.films,
    catalog.ppfPackages,
    catalog.tintFilms,
    catalog.wheels,
    catalog.calipers,
    catalog.trimPieces,
    catalog.accessories,
  ];
  for (const list of lists) for (const x of list) names.set(x.id, x.name);
  const out: LineGroup[] = [];
  const zoneGroups = new Map<string, { group: LineGroup; count: number; line: QuoteLine }>();
  lines.forEach((line, i) => {
    const discount = line.kind === 'discount' || line.kind === 'bundle-discount' || line.kind === 'credit';
    if (line.zone === undefined) {
      const name = names.get(line.item);
      const label =
        line.kind === 'labour' && name
          ? t('summary.labourFor', { item: loc(name, language) })
          : loc(line.label, language);
      out.push({ key: `${i}`, label, amountFen: line.amountFen, discount, item: line.item, kind: line.kind });
      return;
    }
    const key = `${line.item}|${line.kind}`;
    const found = zoneGroups.get(key);
    if (found) {
      found.group.amountFen += line.amountFen;
      found.count += 1;
      return;
    }
    const group: LineGroup = {
      key,
      label: '',
      amountFen: line.amountFen,
      discount,
      item: line.item,
      kind: line.kind,
    };
    zoneGroups.set(key, { group, count: 1, line });
    out.push(group);
  });
  for (const { group, count, line } of zoneGroups.values()) {
    const item = loc(names.get(line.item), language) || loc(line.label, language);
    group.label =
      line.kind === 'labour'
        ? t('summary.zoneLabour', { item, count })
        : t('summary.zoneMaterial', { item, count });
  }
  return out;
}
