import { CATEGORY_NAMES, QUOTE_CATEGORIES, type QuoteCategory } from '@domain/categories';
import type { DraftLine } from '@domain/drafts/quote-schema';

/** A printed row: one item (its price, material and fitting lines added up, never re-rounded). */
export interface PrintRow {
  key: string;
  label: { zh: string; en: string };
  amountFen: number;
  zones: number;
  areaM2: number;
  hours: number;
  package?: string;
}

/** A category block on the quote. */
export interface PrintSection {
  category: QuoteCategory;
  title: { zh: string; en: string };
  rows: PrintRow[];
  subtotalFen: number;
}

/**
 * Groups a draft's lines for print: one row per item (zone lines of one film together, fitting labour
 * with its part, package items under their package); promotion lines are left out (printed apart).
 */
export function groupLines(
  lines: readonly DraftLine[],
  names: (id: string, fallback: DraftLine['label']) => DraftLine['label'],
): PrintSection[] {
  const sections: PrintSection[] = [];
  for (const category of QUOTE_CATEGORIES) {
    const rows = new Map<string, PrintRow>();
    for (const l of lines) {
      if (l.category !== category || l.kind === 'discount') continue;
      const key = `${l.package ?? ''}/${l.kind === 'bundle-discount' ? 'bundle' : l.kind === 'credit' ? 'credit' : ''}/${l.item}`;
      const row = rows.get(key) ?? {
        key,
        label: l.kind === 'material' ? names(l.item, l.label) : l.label,
        amountFen: 0,
        zones: 0,
        areaM2: 0,
        hours: 0,
      };
      if (l.kind === 'price' || l.kind === 'credit' || l.kind === 'bundle-discount') row.label = l.label;
      row.amountFen += l.amountFen;
      if (l.kind === 'material') {
        row.zones += 1;
        row.areaM2 = Math.round((row.areaM2 + (l.basis?.areaM2 ?? 0)) * 10_000) / 10_000;
      }
      if (l.kind === 'labour') row.hours = Math.round((row.hours + (l.basis?.hours ?? 0)) * 100) / 100;
      if (l.package !== undefined) row.package = l.package;
      rows.set(key, row);
    }
    if (rows.size === 0) continue;
    const list = [...rows.values()];
    sections.push({
      category,
      title: CATEGORY_NAMES[category],
      rows: list,
      subtotalFen: list.reduce((s, r) => s + r.amountFen, 0),
    });
  }
  return sections;
}

/** Package names from the bundle-discount lines ("Sport package bundle discount" → the package's own name). */
export function packageNamesOf(lines: readonly DraftLine[]): Map<string, { zh: string; en: string }> {
  const out = new Map<string, { zh: string; en: string }>();
  for (const l of lines) {
    if (l.kind !== 'bundle-discount' || l.package === undefined) continue;
    out.set(l.package, {
      zh: l.label.zh.replace(/套装优惠$/, ''),
      en: l.label.en.replace(/ bundle discount$/, ''),
    });
  }
  return out;
}

/** A configuration code in groups of five for reading aloud and typing (decoding ignores the hyphens). */
export const groupCode = (code: string): string => code.replace(/(.{5})(?=.)/g, '$1-');
