import type { Localized } from '../../../electron/domain/catalog/common';

const money = new Map<string, Intl.NumberFormat>();

/** Formats integer fen as yuan for the UI language: ¥ with thousands separators and two decimals. */
export function formatFen(fen: number, language: string): string {
  let f = money.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language, {
      style: 'currency',
      currency: 'CNY',
      currencyDisplay: 'narrowSymbol',
    });
    money.set(language, f);
  }
  return f.format(fen / 100);
}

/** Formats a plain number (areas, percentages) for the UI language. */
export function formatNumber(n: number, language: string, digits = 2): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n);
}

/** Picks the catalog text of the UI language. */
export function loc(text: Localized | undefined, language: string): string {
  if (!text) return '';
  return language.startsWith('zh') ? text.zh : text.en;
}
