import { randomBytes } from 'node:crypto';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { buildDraft, sealDraft } from '@domain/drafts/build';
import { newDraftId } from '@domain/drafts/id';
import type { OrderDraft } from '@domain/drafts/schema';
import { verifyDraft } from '@domain/drafts/verify';
import { compareConfigurations } from '@domain/pricing/compare-sheet';
import { priceQuote } from '@domain/pricing/quote';
import type { Quote } from '@domain/pricing/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, catalogFrom, loadDefault, rawDefault } from './fixtures';

/** A date the price list below covers but the 2026-2027 purchase-tax estimate does not. */
const LATE = '2028-01-05';
let late: Catalog;
let zones: ZoneTable;
beforeAll(async () => {
  ({ zones } = await loadDefault());
  const raw = rawDefault();
  (raw['catalog.json']!.priceList as { effectiveTo: string }).effectiveTo = '2028-06-30';
  late = catalogFrom(raw);
});

function lateQuote(): Quote {
  const r = priceQuote(late, base('standard', { store: 'sh-xuhui-wrap' }), { date: LATE, zones });
  if (!r.ok) throw new Error(JSON.stringify(r.reasons));
  return r.quote;
}

function draftOf(quote: Quote): OrderDraft {
  const createdAt = new Date('2028-01-05T03:00:00Z');
  return buildDraft({
    id: newDraftId({ now: () => createdAt.getTime(), randomBytes: (n) => randomBytes(n) }),
    createdAt,
    appVersion: '0.1.0',
    catalog: late,
    catalogHash: 'a'.repeat(64),
    configuration: base('standard', { store: 'sh-xuhui-wrap' }),
    quote,
  });
}

/** Re-seals a draft after an edit, as a file written by an older version (or a forger) would be. */
function resealed(d: OrderDraft, edit: (q: OrderDraft['quote']) => void): OrderDraft {
  const { checksum: _c, ...content } = structuredClone(d);
  edit(content.quote);
  return sealDraft(content);
}

describe('on-the-road without a tax estimate', () => {
  it('is null, not the order total, when the purchase tax is not estimated', () => {
    const q = lateQuote();
    expect(q.purchaseTax.status).toBe('not-estimated');
    expect(q.onTheRoadFen).toBeNull();
    expect(q.totalFen).toBeGreaterThan(0);
  });

  it('is null in the comparison figures too', () => {
    const c = base('standard', { store: 'sh-xuhui-wrap' });
    const r = compareConfigurations(late, c, base('long-range'), {
      date: LATE,
      zones,
      store: 'sh-xuhui-wrap',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.refused));
    const figure = r.comparison.figures.find((f) => f.id === 'onTheRoad')!;
    expect(figure).toEqual({ id: 'onTheRoad', aFen: null, bFen: null, differenceFen: null });
  });

  it('a draft saves and reads back null', () => {
    const v = verifyDraft(JSON.parse(JSON.stringify(draftOf(lateQuote()))));
    expect(v.ok && v.draft.quote.onTheRoadFen).toBeNull();
  });

  it('an older draft that stored the order total there still opens, and reads as no estimate', () => {
    const older = resealed(draftOf(lateQuote()), (q) => {
      q.onTheRoadFen = q.totalFen;
      delete (q.categoryTotalsFen as { order?: number }).order;
    });
    const v = verifyDraft(JSON.parse(JSON.stringify(older)));
    if (!v.ok) throw new Error(v.reason);
    expect(v.draft.quote.onTheRoadFen).toBeNull();
    expect(v.draft.checksum).toEqual(older.checksum);
  });

  it('a number that is neither null nor the total is refused', () => {
    const forged = resealed(draftOf(lateQuote()), (q) => {
      q.onTheRoadFen = q.totalFen + 1;
    });
    const v = verifyDraft(JSON.parse(JSON.stringify(forged)));
    expect(!v.ok && v.reason).toMatch(/on-the-road figure without a tax estimate/);
  });

  it('category totals that do not add up to the total are refused', () => {
    const forged = resealed(draftOf(lateQuote()), (q) => {
      q.categoryTotalsFen.order = -100;
    });
    const v = verifyDraft(JSON.parse(JSON.stringify(forged)));
    expect(!v.ok && v.reason).toMatch(/category totals add up to/);
  });
});
