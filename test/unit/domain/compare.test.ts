import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import type { Configuration } from '@domain/configuration';
import {
  COMPARE_ROWS,
  type Comparison,
  compareQuotes,
  compareResults,
  type PricedSide,
} from '@domain/pricing/compare';
import { priceQuote } from '@domain/pricing/quote';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validConfigurationArbitrary } from '../../support/arbitrary';
import { base, DATE, loadDefault } from './fixtures';

let catalog: Catalog;
let zones: ZoneTable;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
});

const STORE = 'sh-xuhui-wrap';

function side(configuration: Configuration): PricedSide {
  const r = priceQuote(catalog, configuration, { date: DATE, zones, store: configuration.store ?? STORE });
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.reasons)}`);
  return { configuration, quote: r.quote };
}

const row = (c: Comparison, id: (typeof COMPARE_ROWS)[number]) => c.rows.find((r) => r.id === id)!;

describe('compareQuotes', () => {
  it('the same configuration on both sides differs by nothing, row by row', () => {
    const s = side(base('long-range', { wrap: { film: 'satin-black' }, maintenance: 'care-plus' }));
    const c = compareQuotes(catalog, s, s);
    expect(c.rows.map((r) => r.id)).toEqual([...COMPARE_ROWS]);
    for (const r of c.rows) {
      expect(r.differenceFen).toBe(0);
      expect(r.same).toBe(true);
    }
    expect(c.total).toEqual({ aFen: s.quote.totalFen, bFen: s.quote.totalFen, differenceFen: 0 });
  });

  it('names each side’s choices and puts the price difference in the right row', () => {
    const a = side(base('standard'));
    const b = side(
      base('performance', {
        battery: 'subscribe',
        wrap: { film: 'satin-black', zones: { roof: 'gloss-black' } },
        trimPieces: ['chrome-delete'],
        wheel: 'aero-19',
        accessoryPackages: ['pkg-adventure'],
        maintenance: 'care-plus',
      }),
    );
    const c = compareQuotes(catalog, a, b);
    const trim = row(c, 'trim');
    expect(trim.a.choices.map((x) => x.item)).toEqual(['standard', 'buy']);
    expect(trim.b.choices.map((x) => x.name.zh)).toContain('电池租用');
    const vehicleB = b.quote.lines
      .filter((l) => l.category === 'vehicle')
      .reduce((s, l) => s + l.amountFen, 0);
    expect(trim.b.amountFen).toBe(vehicleB);
    expect(trim.differenceFen).toBe(vehicleB - a.quote.subtotalsFen.vehicle);

    const wrap = row(c, 'wrap');
    expect(wrap.a).toEqual({ choices: [], amountFen: 0 });
    expect(wrap.b.choices.map((x) => x.item)).toEqual(['satin-black', 'gloss-black']);
    expect(wrap.b.choices.find((x) => x.item === 'gloss-black')!.count).toBe(1);
    expect(wrap.same).toBe(false);

    // Trim pieces come out of the wheels category into their own row.
    const pieces = row(c, 'trimPieces');
    const chrome = b.quote.lines
      .filter((l) => l.item === 'chrome-delete')
      .reduce((s, l) => s + l.amountFen, 0);
    expect(chrome).toBeGreaterThan(0);
    expect(pieces.b.amountFen).toBe(chrome);
    expect(row(c, 'wheels').b.amountFen).toBe(b.quote.subtotalsFen.wheels - chrome);
    expect(row(c, 'wheels').b.choices[0]!.item).toBe('aero-19');

    expect(row(c, 'accessories').b.choices.map((x) => x.item)).toEqual(['pkg-adventure']);
    expect(row(c, 'maintenance').b.choices[0]!.name.en).toMatch(/\S/);
    const battery = c.figures.find((f) => f.id === 'batteryMonthly')!;
    expect(battery.aFen).toBeNull();
    expect(battery.bFen).toBeGreaterThan(0);
    expect(battery.differenceFen).toBeNull();
  });

  it('shows promotions per side: an entered code on B only lowers B, in the promotions row', () => {
    const rich = {
      wrap: { film: 'metallic-champagne' },
      ppf: 'ppf-full-body-gloss',
      accessoryPackages: ['pkg-adventure'],
      maintenance: 'care-premium',
    } satisfies Partial<Configuration>;
    const a = side(base('performance', rich));
    const b = side(base('performance', { ...rich, promotionCodes: ['VIP2026'] }));
    const c = compareQuotes(catalog, a, b);
    const promo = row(c, 'promotions');
    expect(b.quote.promotions.applied.map((p) => p.promotion)).toContain('promo-vip-order');
    expect(promo.b.choices.map((x) => x.item)).toContain('promo-vip-order');
    expect(promo.b.amountFen).toBe(-b.quote.promotionDiscountFen);
    expect(promo.a.amountFen).toBe(-a.quote.promotionDiscountFen);
    expect(c.total.differenceFen).toBe(b.quote.totalFen - a.quote.totalFen);
    expect(c.total.differenceFen).toBe(promo.differenceFen);
    expect(c.rows.filter((r) => r.id !== 'promotions').every((r) => r.differenceFen === 0)).toBe(true);
  });

  it('carries financing monthly payments and the purchase tax beside the total', () => {
    const a = side(base('standard'));
    const b = side(
      base('standard', { financing: { plan: 'fin-standard', termMonths: 36, downPaymentPercent: 30 } }),
    );
    const c = compareQuotes(catalog, a, b);
    const monthly = c.figures.find((f) => f.id === 'financingMonthly')!;
    expect(monthly).toMatchObject({
      aFen: null,
      bFen: b.quote.financing!.monthlyPaymentFen,
      differenceFen: null,
    });
    const tax = c.figures.find((f) => f.id === 'purchaseTax')!;
    expect(tax.differenceFen).toBe(0);
    expect(c.figures.find((f) => f.id === 'onTheRoad')!.aFen).toBe(a.quote.onTheRoadFen);
    expect(c.priced.a).toEqual({ priceListVersion: a.quote.priceListVersion, date: DATE, store: STORE });
  });

  it('property: each side’s rows add up to its total, and the row differences to the total difference', () => {
    const configs = validConfigurationArbitrary(catalog, { zones, date: DATE });
    fc.assert(
      fc.property(configs, configs, (x, y) => {
        const a = side(x);
        const b = side(y);
        const c = compareQuotes(catalog, a, b);
        let sumA = 0;
        let sumB = 0;
        let diff = 0;
        for (const r of c.rows) {
          expect(Number.isSafeInteger(r.differenceFen)).toBe(true);
          sumA += r.a.amountFen;
          sumB += r.b.amountFen;
          diff += r.differenceFen;
        }
        expect(sumA).toBe(a.quote.totalFen);
        expect(sumB).toBe(b.quote.totalFen);
        expect(diff).toBe(c.total.differenceFen);
        expect(c.total.differenceFen).toBe(b.quote.totalFen - a.quote.totalFen);
        // Swapping the sides negates every difference.
        const back = compareQuotes(catalog, b, a);
        expect(back.rows.map((r) => r.differenceFen)).toEqual(c.rows.map((r) => -r.differenceFen || 0));
      }),
      { numRuns: 200 },
    );
  });
});

describe('compareResults', () => {
  it('refuses with the reasons of the side that could not be priced', () => {
    const good = base('standard');
    const bad = base('standard', { wheel: 'aero-19' });
    const priced = (c: Configuration) => priceQuote(catalog, c, { date: DATE, zones, store: STORE });
    const r = compareResults(
      catalog,
      { configuration: good, result: priced(good) },
      { configuration: bad, result: priced(bad) },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refused.a).toBeUndefined();
    expect(r.refused.b!.length).toBeGreaterThan(0);
    const ok = compareResults(
      catalog,
      { configuration: good, result: priced(good) },
      { configuration: good, result: priced(good) },
    );
    expect(ok.ok).toBe(true);
  });
});
