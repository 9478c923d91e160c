import { readFileSync } from 'node:fs';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { QUOTE_CATEGORIES } from '@domain/categories';
import { Configuration, fixedShape } from '@domain/configuration';
import { priceQuote } from '@domain/pricing/quote';
import type { Quote } from '@domain/pricing/types';
import { applyChoice } from '@domain/rules/apply';
import { evaluateRules } from '@domain/rules/evaluate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validConfigurationArbitrary } from '../../support/arbitrary';
import {
  type ServiceCase,
  serviceCase,
  serviceConfigurationArbitrary,
} from '../../support/service-arbitrary';
import { DATE, loadDefault, MANIFEST_PATH, rawDefault } from './fixtures';
import { referenceQuote } from './reference-quote';

let catalog: Catalog;
let zones: ZoneTable;
let configs: fc.Arbitrary<Configuration>;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
  configs = validConfigurationArbitrary(catalog, { zones, date: DATE });
});

function price(c: Configuration): Quote {
  const r = priceQuote(catalog, c, { date: DATE, zones });
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.reasons)}`);
  return r.quote;
}

const RUNS = { numRuns: 300 };

describe('quote properties over random valid configurations', () => {
  it('generated configurations are valid and priced', () => {
    fc.assert(
      fc.property(
        configs,
        (c) => evaluateRules(catalog, c, { zones, date: DATE }).valid && price(c).totalFen > 0,
      ),
      RUNS,
    );
  });

  it('total = sum of lines; subtotal − promotions = total; every line is integer fen', () => {
    fc.assert(
      fc.property(configs, (c) => {
        const q = price(c);
        let s = 0;
        for (const l of q.lines) {
          expect(Number.isSafeInteger(l.amountFen)).toBe(true);
          s += l.amountFen;
        }
        expect(q.totalFen).toBe(s);
        expect(q.subtotalFen - q.promotionDiscountFen).toBe(q.totalFen);
        for (const k of QUOTE_CATEGORIES) {
          const lines = q.lines
            .filter((l) => l.category === k && l.kind !== 'discount')
            .reduce((a, l) => a + l.amountFen, 0);
          expect(q.subtotalsFen[k]).toBe(lines);
        }
      }),
      RUNS,
    );
  });

  it('the category totals (with the order-wide discount row) add up to the total', () => {
    let orderWide = 0;
    fc.assert(
      fc.property(configs, (c) => {
        const q = price(c);
        let sum = 0;
        for (const amount of Object.values(q.categoryTotalsFen)) sum += amount;
        expect(sum).toBe(q.totalFen);
        const orderLines = q.lines.filter((l) => l.category === 'order');
        expect(q.categoryTotalsFen.order).toBe(orderLines.reduce((a, l) => a + l.amountFen, 0));
        expect(Object.is(q.categoryTotalsFen.order, -0)).toBe(false);
        if (orderLines.length > 0) orderWide++;
      }),
      RUNS,
    );
    // The order-wide promotion (VIP2026, threshold 150,000 CNY) must have applied in some runs.
    expect(orderWide).toBeGreaterThan(0);
  });

  it('no category goes below zero, before or after promotions; discount lines name their promotion', () => {
    fc.assert(
      fc.property(configs, (c) => {
        const q = price(c);
        for (const k of QUOTE_CATEGORIES) {
          expect(q.subtotalsFen[k]).toBeGreaterThanOrEqual(0);
          expect(q.categoryTotalsFen[k]).toBeGreaterThanOrEqual(0);
        }
        expect(q.totalFen).toBeGreaterThanOrEqual(0);
        for (const l of q.lines.filter((x) => x.kind === 'discount')) expect(l.promotion).toBe(l.item);
      }),
      RUNS,
    );
  });

  it('adding an accessory never lowers the pre-promotion subtotal', () => {
    fc.assert(
      fc.property(configs, fc.constantFrom(...catalog.accessories.map((a) => a.id)), (c, id) => {
        const r = applyChoice(catalog, c, { kind: 'accessory', id, selected: true }, { zones, date: DATE });
        fc.pre(r.ok && r.changes.every((ch) => ch.action === 'added'));
        if (!r.ok) return;
        expect(price(r.configuration).subtotalFen).toBeGreaterThanOrEqual(price(c).subtotalFen);
      }),
      RUNS,
    );
  });

  it('the fast paths keep their shapes: fixed-shape configuration equal to the original, one shape per line', () => {
    let keys: string | undefined;
    let lineKeys: string | undefined;
    fc.assert(
      fc.property(configs, (c) => {
        const fixed = fixedShape(c);
        expect(JSON.parse(JSON.stringify(fixed))).toEqual(JSON.parse(JSON.stringify(c)));
        keys ??= Object.keys(fixed).join();
        expect(Object.keys(fixed).join()).toBe(keys);
        if (c.wrap) expect(Object.keys(fixed.wrap!).join()).toBe('film,twoTone,zones,artwork,decals');
        for (const l of price(c).lines) {
          lineKeys ??= Object.keys(l).join();
          expect(Object.keys(l).join()).toBe(lineKeys);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the same input always gives the same quote', () => {
    fc.assert(
      fc.property(configs, (c) => {
        const copy = structuredClone(c);
        expect(price(copy)).toEqual(price(c));
        expect(JSON.stringify(price(c))).toBe(JSON.stringify(price(c)));
      }),
      { numRuns: 100 },
    );
  });

  it('configurations survive a JSON round trip unchanged and still parse', () => {
    fc.assert(
      fc.property(configs, (c) => {
        const back = JSON.parse(JSON.stringify(c));
        expect(back).toEqual(c);
        expect(Configuration.parse(back)).toEqual(c);
        expect(price(back).totalFen).toBe(price(c).totalFen);
      }),
      RUNS,
    );
  });
});

describe('engine against an independent implementation of PRODUCT §3', () => {
  it('agrees on subtotals, total, tax and monthly payment to the fen, for random configurations', async () => {
    const raw = rawDefault();
    const zoneFile = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
    fc.assert(
      fc.property(configs, (c) => {
        const q = price(c);
        const e = referenceQuote(raw, zoneFile, c, c.store!, DATE);
        for (const k of QUOTE_CATEGORIES) expect(BigInt(q.subtotalsFen[k]), k).toBe(e.subtotals[k]);
        expect(BigInt(q.totalFen)).toBe(e.total);
        expect(q.purchaseTax.status === 'estimated' ? BigInt(q.purchaseTax.taxFen) : null).toBe(e.tax);
        const m = q.financing?.monthlyPaymentFen;
        expect(m === undefined ? null : BigInt(m)).toBe(e.monthly);
      }),
      { numRuns: 500 },
    );
  });
});

describe('service vehicles (library cars): random cars and configurations', () => {
  let service: fc.Arbitrary<{ car: ServiceCase; configuration: Configuration }>;
  beforeAll(() => {
    service = serviceConfigurationArbitrary(catalog, DATE);
  });
  const priceOn = (car: ServiceCase, c: Configuration) => {
    const r = priceQuote(catalog, c, { date: DATE, zones: car.zones, vehicle: car.vehicle });
    if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.reasons)}`);
    return r.quote;
  };

  it('agree with the independent implementation to the fen (own areas, labour by body style, no tax)', () => {
    const raw = rawDefault();
    const zoneFile = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
    fc.assert(
      fc.property(service, ({ car, configuration: c }) => {
        const q = priceOn(car, c);
        const e = referenceQuote(raw, zoneFile, c, c.store!, DATE, {
          bodyStyle: car.vehicle.bodyStyle!,
          bodyAreaM2: car.bodyAreaM2,
          ...(car.vehicle.windowAreasM2 ? { windowAreasM2: { ...car.vehicle.windowAreasM2 } } : {}),
        });
        for (const k of QUOTE_CATEGORIES) expect(BigInt(q.subtotalsFen[k]), k).toBe(e.subtotals[k]);
        expect(BigInt(q.totalFen)).toBe(e.total);
        expect(q.purchaseTax.status).toBe('not-estimated');
        expect(e.tax).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('never a car price or battery; lines add up; every area line is this car’s own figure', () => {
    fc.assert(
      fc.property(service, ({ car, configuration: c }) => {
        const q = priceOn(car, c);
        expect(q.subtotalsFen.vehicle).toBe(0);
        expect(q.battery).toBeUndefined();
        expect(q.onTheRoadFen).toBeNull();
        expect(q.lines.reduce((s, l) => s + l.amountFen, 0)).toBe(q.totalFen);
        for (const l of q.lines) {
          if (l.kind !== 'material' || l.basis?.areaM2 === undefined) continue;
          const own =
            l.category === 'tint'
              ? car.vehicle.windowAreasM2![l.zone!]
              : car.zones.zones.get(l.zone!)!.areaM2;
          expect(l.basis.areaM2).toBe(own);
        }
      }),
      RUNS,
    );
  });

  it('the wrap material scales with the body area: the same film on a larger car never costs less', () => {
    fc.assert(
      fc.property(service, fc.integer({ min: 1, max: 100 }), ({ car, configuration: c }, grow) => {
        fc.pre(c.wrap?.film !== undefined);
        const bigger = serviceCase(catalog, {
          id: car.vehicle.ref.id,
          bodyStyle: car.vehicle.bodyStyle!,
          bodyAreaM2: Math.round((car.bodyAreaM2 + grow / 10) * 10_000) / 10_000,
          mounts: car.vehicle.mounts,
          ...(car.vehicle.windowAreasM2 ? { windowAreasM2: { ...car.vehicle.windowAreasM2 } } : {}),
        });
        const wrapMaterial = (q: Quote) =>
          q.lines
            .filter((l) => l.category === 'wrap' && l.kind === 'material')
            .reduce((s, l) => s + l.amountFen, 0);
        expect(wrapMaterial(priceOn(bigger, c))).toBeGreaterThan(wrapMaterial(priceOn(car, c)));
      }),
      { numRuns: 100 },
    );
  });
});
