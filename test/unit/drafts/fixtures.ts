import { randomBytes } from 'node:crypto';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import type { Configuration } from '@domain/configuration';
import { buildDraft, type DraftInput } from '@domain/drafts/build';
import { newDraftId } from '@domain/drafts/id';
import type { OrderDraft } from '@domain/drafts/schema';
import { priceQuote } from '@domain/pricing/quote';
import { DATE } from '../domain/fixtures';

/** A configuration a shop would sell: two-tone wrap, partial-front PPF, tint, rails and crossbars, a package. */
export const SHOP_CONFIGURATION: Configuration = {
  schemaVersion: 1,
  vehicle: 'compact-ev',
  trim: 'long-range',
  battery: 'buy',
  wrap: { film: 'satin-khaki', twoTone: 'two-tone-black-roof' },
  ppf: 'ppf-partial-front',
  tint: { rear: 'tint-20', 'rear-sides': 'tint-20' },
  accessories: ['roof-rails', 'crossbars'],
  accessoryPackages: ['pkg-sport'],
  maintenance: 'care-plus',
  store: 'sh-xuhui-wrap',
  financing: { plan: 'fin-zero-24', termMonths: 24, downPaymentPercent: 30 },
};

/** Builds a checksummed draft of a configuration, priced on the test date. */
export function makeDraft(
  catalog: Catalog,
  zones: ZoneTable,
  configuration: Configuration = SHOP_CONFIGURATION,
  extra: Partial<DraftInput> = {},
): OrderDraft {
  const vehicle = extra.vehicle ? { vehicle: extra.vehicle } : {};
  const priced = priceQuote(catalog, configuration, { date: DATE, zones, ...vehicle });
  if (!priced.ok) throw new Error(JSON.stringify(priced.reasons));
  const createdAt = extra.createdAt ?? new Date('2026-11-22T03:00:00Z');
  return buildDraft({
    id: newDraftId({ now: () => createdAt.getTime(), randomBytes: (n) => randomBytes(n) }),
    createdAt,
    appVersion: '0.1.0',
    catalog,
    catalogHash: 'a'.repeat(64),
    configuration,
    quote: priced.quote,
    ...extra,
  });
}
