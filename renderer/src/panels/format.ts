import type { Localized } from '@domain/catalog/common';

/** Formats a plain number (areas, percentages) for the UI language. */
export function formatNumber(n: number, language: string, digits = 2): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n);
}

/** Picks the catalog text of the UI language. */
export function loc(text: Localized | undefined, language: string): string {
  if (!text) return '';
  return language.startsWith('zh') ? text.zh : text.en;
}
