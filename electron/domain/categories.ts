import type { Localized } from './catalog/common';
import { wording } from './messages/wording';

/** Quote categories: every priced line belongs to one, and promotions target them. */
export const QUOTE_CATEGORIES = [
  'vehicle',
  'wrap',
  'ppf',
  'tint',
  'wheels',
  'accessories',
  'maintenance',
] as const;

/** One quote category. */
export type QuoteCategory = (typeof QUOTE_CATEGORIES)[number];

/** Display names of the categories, for quotes and messages (`domain.categories.…`). */
export const CATEGORY_NAMES: Record<QuoteCategory | 'order', Localized> = Object.fromEntries(
  [...QUOTE_CATEGORIES, 'order' as const].map((c) => [c, wording(`categories.${c}`)]),
) as Record<QuoteCategory | 'order', Localized>;
