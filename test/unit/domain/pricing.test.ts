import { messageText } from '@contract/i18n';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import type { Configuration } from '@domain/configuration';
import { priceQuote } from '@domain/pricing/quote';
import type { Quote } from '@domain/pricing/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, catalogFrom, DATE, loadDefault, rawDefault } from './fixtures';
import { areaOf, configA, configB, filmFen } from './hand-calc';

let catalog: Catalog;
let zones: ZoneTable;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
});

function quote(c: Configuration, store = 'sh-xuhui-wrap', date = DATE): Quote {
  const r = priceQuote(catalog, c, { date, store, zones });
  if (!r.ok) throw new Error(JSON.stringify(r.reasons));
  return r.quote;
}
const sum = (q: Quote, pred: (l: Quote['lines'][number]) => boolean) =>
  q.lines.filter(pred).reduce((s, l) => s + l.amountFen, 0);

describe('vehicle and battery', () => {
  it('bought battery: the trim price (VAT included) is the vehicle line', () => {
    // Standard trim ¥148,800.00 = 14,880,000 fen
    const q = quote(base('standard'));
    expect(q.subtotalsFen.vehicle).toBe(14_880_000);
    expect(q.battery).toEqual({ plan: 'buy', capacityKwh: 42.1 });
  });

  it('subscription: trim price minus the battery credit; monthly fee shown beside, never added', () => {
    // Long Range 16,880,000 − credit 4,000,000 = 12,880,000; fee 79,900 fen/month not in the total
    const q = quote(base('long-range', { battery: 'subscribe' }));
    expect(q.lines.map((l) => l.amountFen)).toEqual([16_880_000, -4_000_000]);
    expect(q.totalFen).toBe(12_880_000);
    expect(q.battery?.monthlyFeeFen).toBe(79_900);
  });
});

describe('wrap, PPF and tint per zone', () => {
  it('wrap: material = area × (1 + waste) × price/m², labour = hours × store rate', () => {
    // zone areas and hours from assets/models/compact-ev.manifest.json (measured from the mesh)
    // hood area × 1.15 × 22,850 fen, half-up (1.6114 m² → 42,343.5635 → 42,344); labour 1.5 h × 18,000 = 27,000
    const q = quote(base('standard', { wrap: { zones: { hood: 'gloss-white' } } }));
    const hood = q.lines.filter((l) => l.category === 'wrap' && l.kind !== 'discount');
    expect(hood.map((l) => [l.kind, l.zone, l.amountFen])).toEqual([
      ['material', 'hood', filmFen(areaOf('hood'), 0.15, 22_850)],
      ['labour', 'hood', 27_000],
    ]);
    expect(hood[0]!.basis).toEqual({ areaM2: areaOf('hood'), wasteFactor: 0.15, pricePerM2Fen: 22_850 });
  });

  it('a film with its own waste factor uses it (chrome 20 %)', () => {
    // roof area (manifest) × 1.20 × 68,800, half-up; labour 1.5 h × 18,000 = 27,000
    const q = quote(base('standard', { wrap: { zones: { roof: 'chrome-silver' } } }));
    expect(q.subtotalsFen.wrap).toBe(filmFen(areaOf('roof'), 0.2, 68_800) + 27_000);
  });

  it('full wrap covers every body zone once, each line rounded where computed', () => {
    const q = quote(base('standard', { wrap: { film: 'gloss-red' } }));
    const material = q.lines.filter((l) => l.category === 'wrap' && l.kind === 'material');
    expect(material.map((l) => l.zone)).toEqual([...zones.zones.keys()]);
  });

  it('PPF partial front at a 150 CNY/h store', () => {
    // waste 0.12, 52,800 fen/m², rate 15,000 fen/h; areas from the manifest, each film line rounded half-up
    // bumper-front 0.6994 × 1.12 × 52,800 = 41,359.7184 → 41,360 + 2.0 h → 30,000
    // hood         1.6114 × 1.12 × 52,800 = 95,291.7504 → 95,292 + 1.5 h → 22,500
    // mirrors 2 × (0.0708 × 1.12 × 52,800 = 4,186.8288 → 4,187 + 0.5 h → 7,500)
    // = 41,360 + 30,000 + 95,292 + 22,500 + 2 × 11,687 = 212,526 (with the areas above)
    const film = (zone: string) => filmFen(areaOf(zone), 0.12, 52_800);
    const q = quote(base('standard', { ppf: 'ppf-partial-front' }), 'bj-haidian-care');
    expect(q.subtotalsFen.ppf).toBe(
      film('bumper-front') +
        30_000 +
        film('hood') +
        22_500 +
        film('mirror-left') +
        film('mirror-right') +
        15_000,
    );
  });

  it('tint per window set', () => {
    // windscreen 1.15 m² × 1.10 × 48,800 = 61,732; labour 1.0 h × 16,550 = 16,550
    const q = quote(base('standard', { tint: { windscreen: 'tint-70' } }), 'sz-nanshan-wrap');
    expect(q.subtotalsFen.tint).toBe(61_732 + 16_550);
  });
});

describe('wheels, accessories, packages, maintenance', () => {
  it('the trim default wheel is included; another wheel costs price + fitting', () => {
    // mesh-19 on Performance: 880,000 + 1.0 h × 18,000 = 898,000; default turbine-19 costs nothing
    expect(quote(base('performance')).subtotalsFen.wheels).toBe(0);
    expect(quote(base('performance', { wheel: 'mesh-19' })).subtotalsFen.wheels).toBe(898_000);
  });

  it('accessory = price + install hours × labour rate', () => {
    // tow bar: 320,000 + 3 h × 16,550 = 369,650; floor mats: 69,900 (no fitting)
    const q = quote(base('long-range', { accessories: ['tow-bar', 'floor-mats'] }), 'sz-nanshan-wrap');
    expect(q.subtotalsFen.accessories).toBe(369_650 + 69_900);
  });

  it('package with a fixed bundle discount', () => {
    // rails 180,000 + 1.5 h × 18,000 = 207,000; crossbars 120,000 + 9,000 = 129,000;
    // box 360,000 + 18,000 = 378,000; sum 714,000 − 60,000 = 654,000
    const q = quote(base('standard', { accessoryPackages: ['pkg-adventure'] }));
    expect(q.subtotalsFen.accessories).toBe(654_000);
    expect(q.lines.find((l) => l.kind === 'bundle-discount')?.amountFen).toBe(-60_000);
  });

  it('package with a percent bundle discount rounds half-up', () => {
    // mats 69,900 + tray 39,900 + flaps 48,000 + 0.5 × 16,550 (8,275) + visors 38,000 + 8,275 = 212,350
    // 8.5 % = 18,049.75 → 18,050; 212,350 − 18,050 = 194,300
    const q = quote(base('standard', { accessoryPackages: ['pkg-family'] }), 'sz-nanshan-wrap');
    expect(q.subtotalsFen.accessories).toBe(194_300);
  });

  it('maintenance package is its price', () => {
    expect(quote(base('standard', { maintenance: 'care-plus' })).subtotalsFen.maintenance).toBe(268_000);
  });
});

describe('promotions', () => {
  it('percent off a category, half-up at exactly .5 fen, naming the promotion', () => {
    // left mirror area (manifest; the mirror is built apart from the body loft) × 1.15 × 42,800 brushed
    // aluminium, half-up (0.0708 m² → 3,484.776 → 3,485); labour 0.5 h × 18,000 = 9,000; total 12,485.
    // The wrap total ends in 5 fen, so the 10 % wrap launch discount is exactly x.5 fen and rounds up.
    const wrap = filmFen(areaOf('mirror-left'), 0.15, 42_800) + 9_000;
    expect(wrap % 10, 'pick a zone and film whose wrap total ends in 5 fen').toBe(5);
    const discount = (wrap + 5) / 10;
    const q = quote(base('standard', { wrap: { zones: { 'mirror-left': 'brushed-aluminium' } } }));
    const line = q.lines.find((l) => l.kind === 'discount')!;
    expect(line).toMatchObject({ category: 'wrap', promotion: 'promo-wrap-launch', amountFen: -discount });
    expect(q.categoryTotalsFen.wrap).toBe(wrap - discount);
  });

  it('fixed amount off a category, only at the stores it names', () => {
    // Nanshan opening: 80,000 fen off PPF at sz-nanshan-wrap only
    const c = base('standard', { ppf: 'ppf-partial-front' });
    expect(quote(c, 'sz-nanshan-wrap').promotions.applied).toEqual([
      { promotion: 'promo-shenzhen-ppf', amountFen: 80_000 },
    ]);
    const elsewhere = quote(c, 'bj-haidian-care');
    expect(elsewhere.promotions.applied).toEqual([]);
    expect(elsewhere.promotions.skipped.find((s) => s.promotion === 'promo-shenzhen-ppf')?.reason).toBe(
      'other-store',
    );
  });

  it('threshold: spend 5,000 on accessories get 500 off; below the threshold nothing', () => {
    // pkg-adventure at Xuhui: 654,000 ≥ 500,000 → −50,000
    const over = quote(base('standard', { accessoryPackages: ['pkg-adventure'] }));
    expect(over.promotions.applied).toEqual([{ promotion: 'promo-accessories-spend', amountFen: 50_000 }]);
    // roof rails alone: 180,000 + 27,000 = 207,000 < 500,000
    const under = quote(base('standard', { accessories: ['roof-rails'] }));
    expect(under.promotions.skipped.find((s) => s.promotion === 'promo-accessories-spend')?.reason).toBe(
      'threshold-not-reached',
    );
  });

  it('a non-stackable promotion beside stackable ones: first in catalog order wins alone', () => {
    // Performance subscription: 19,880,000 − 4,000,000 = 15,880,000 ≥ 15,000,000 → VIP −300,000,
    // then the stackable wrap launch is not combinable with it.
    const c = base('performance', {
      battery: 'subscribe',
      wrap: { film: 'satin-black' },
      promotionCodes: ['vip2026'],
    });
    const q = quote(c);
    expect(q.promotions.applied).toEqual([{ promotion: 'promo-vip-order', amountFen: 300_000 }]);
    expect(q.promotions.skipped.find((s) => s.promotion === 'promo-wrap-launch')?.reason).toBe(
      'not-combinable',
    );
    expect(q.lines.at(-1)).toMatchObject({
      category: 'order',
      kind: 'discount',
      promotion: 'promo-vip-order',
    });
    // Without the code, the stackable one applies.
    const { promotionCodes: _, ...withoutCode } = c;
    expect(quote(withoutCode).promotions.applied.map((a) => a.promotion)).toEqual(['promo-wrap-launch']);
  });

  it('an expired promotion is ignored (and applies inside its window)', () => {
    // Double 11 (20 % off maintenance) ended 2026-11-11.
    const c = base('standard', { maintenance: 'care-plus' });
    const late = quote(c);
    expect(late.categoryTotalsFen.maintenance).toBe(268_000);
    expect(late.promotions.skipped.find((s) => s.promotion === 'promo-double-eleven')?.reason).toBe(
      'expired',
    );
    // On 2026-11-05: 20 % of 268,000 = 53,600
    expect(quote(c, 'sh-xuhui-wrap', '2026-11-05').categoryTotalsFen.maintenance).toBe(214_400);
  });
});

describe('totals, deposit, tax, on-the-road, financing', () => {
  it('hand-built configuration A matches the independent calculation to the fen', () => {
    // Standard, gloss red + black roof two-tone, tint, roof box set, basic care, Xuhui (180 CNY/h).
    // Wrap at 18,000 fen/h, areas from the manifest, waste 0.15, material rounded per zone (see hand-calc.ts):
    //   gloss-red 24,650 fen/m² on the 15 body zones outside the preset, gloss-black 22,850 on roof and mirrors;
    //   labour 21.8 h × 18,000 = 392,400.
    // Subtotals: vehicle 14,880,000; tint 151,836; accessories 714,000; maintenance 128,000
    // Promotions: wrap 10 % half-up; accessories threshold −50,000 (cli fixture config-a.json)
    const a = configA();
    const q = quote(
      base('standard', {
        wrap: { film: 'gloss-red', twoTone: 'two-tone-black-roof' },
        tint: { windscreen: 'tint-70', 'rear-sides': 'tint-20', rear: 'tint-20' },
        accessories: ['roof-rails', 'crossbars', 'roof-box'],
        maintenance: 'care-basic',
        financing: { plan: 'fin-zero-24', termMonths: 24, downPaymentPercent: 30 },
      }),
    );
    expect(q.subtotalsFen).toEqual(a.subtotals);
    expect(q.totalFen).toBe(a.totalFen);
    expect(q.depositFen).toBe(500_000);
    // Tax: base 14,880,000 / 1.13 = 13,168,141.59 → 13,168,142; full 1,316,814.2 → 1,316,814;
    // relief 658,407 (below the 1,500,000 cap); tax 658,407; on the road = total + 658,407
    expect(q.purchaseTax).toMatchObject({
      baseFen: 13_168_142,
      fullTaxFen: 1_316_814,
      reliefFen: 658_407,
      taxFen: 658_407,
    });
    expect(q.onTheRoadFen).toBe(a.onTheRoadFen);
    // 0 % APR: down 30 % half-up; P / 24 half-up each month, the last instalment takes up the rounding; interest 0
    expect(q.financing).toMatchObject(a.financing);
  });

  it('standard APR: payment = P·r / (1 − (1 + r)^−n), interest = payment × n − P', () => {
    // Configuration B (cli fixture), Nanshan 16,550 fen/h: vehicle 19,880,000 − 4,000,000 = 15,880,000;
    // PPF full front (waste 0.12, 52,800 fen/m², areas from the manifest) on bumper-front, hood, fenders,
    // mirrors and pillars + 7.7 h labour (127,435);
    // wheels 880,000 + 16,550 + caliper 180,000 + 49,650 + chrome delete 150,000 + 41,375 = 1,317,575
    // packages: family 212,350 − 18,050 = 194,300; sport 380,000 + 2 × 24,825 = 429,650 − 42,965 = 386,685
    // maintenance 498,000; VIP (not stackable, first) −300,000; down 20 % half-up
    // r = 0.0399 / 12; n = 60; payment half-up; interest = payment × 60 − P (see hand-calc.ts)
    const b = configB();
    const q = quote(
      base('performance', {
        battery: 'subscribe',
        ppf: 'ppf-full-front',
        wheel: 'mesh-19',
        caliper: 'caliper-yellow',
        trimPieces: ['chrome-delete'],
        accessoryPackages: ['pkg-family', 'pkg-sport'],
        maintenance: 'care-premium',
        promotionCodes: ['VIP2026'],
        financing: { plan: 'fin-standard', termMonths: 60, downPaymentPercent: 20 },
      }),
      'sz-nanshan-wrap',
    );
    expect(q.totalFen).toBe(b.totalFen);
    expect(q.financing).toMatchObject({
      principalFen: b.principalFen,
      monthlyPaymentFen: b.monthlyPaymentFen,
      totalInterestFen: b.totalInterestFen,
    });
  });

  it('total is the sum of the lines, and the categories after promotions', () => {
    const q = quote(
      base('standard', { wrap: { film: 'pearl-white' }, accessoryPackages: ['pkg-adventure'] }),
    );
    expect(q.totalFen).toBe(sum(q, () => true));
    expect(q.subtotalFen - q.promotionDiscountFen).toBe(q.totalFen);
  });
});

describe('refusals: invalid configurations are not priced', () => {
  const refused = (c: Configuration, options: Partial<{ store: string; date: string }> = {}) => {
    const r = priceQuote(catalog, c, {
      date: options.date ?? DATE,
      store: options.store ?? 'sh-xuhui-wrap',
      zones,
    });
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.reasons.map((x) => [x.code, messageText(x.message)]);
  };

  it('a broken rule, an unknown item, an unknown store, a date outside the price list', () => {
    expect(refused(base('standard', { accessories: ['roof-box', 'roof-rails'] }))).toEqual([
      ['requires', 'Roof box needs Roof crossbars'],
    ]);
    expect(refused(base('standard', { accessories: ['roof-tent'] }))[0]![0]).toBe('unknown-item');
    expect(refused(base('standard'), { store: 'gz-tianhe' })).toEqual([
      ['unknown-store', 'unknown store "gz-tianhe"'],
    ]);
    expect(refused(base('standard'), { date: '2027-07-01' })[0]![0]).toBe('price-list-not-valid');
  });

  it('an item outside its availability window, and an expired promotion code', () => {
    const raw = rawDefault();
    const acc = (raw['accessories.json'] as { accessories: Record<string, unknown>[] }).accessories;
    acc[0]!.availableTo = '2026-10-31';
    const old = catalogFrom(raw);
    const r = priceQuote(old, base('standard', { accessories: ['roof-rails'] }), {
      date: DATE,
      store: 'sh-xuhui-wrap',
      zones,
    });
    expect(!r.ok && r.reasons.map((x) => [x.code, messageText(x.message)])).toEqual([
      ['not-available-on-date', 'Roof rails is not available on 2026-11-22 (ended 2026-10-31)'],
    ]);
    expect(refused(base('standard', { promotionCodes: ['VIP2026'] }), { date: '2027-04-01' })[0]).toEqual([
      'promotion-code-not-valid',
      'promotion code "VIP2026" is valid 2026-11-01 to 2027-03-31 only',
    ]);
  });

  it('a category never goes below zero, even when a fixed promotion is larger', () => {
    const raw = rawDefault();
    const promos = (
      raw['promotions.json'] as { promotions: { id: string; discount: { amountFen?: number } }[] }
    ).promotions;
    promos.find((p) => p.id === 'promo-shenzhen-ppf')!.discount.amountFen = 100_000_000;
    const big = catalogFrom(raw);
    const r = priceQuote(big, base('standard', { ppf: 'ppf-partial-front' }), {
      date: DATE,
      store: 'sz-nanshan-wrap',
      zones,
    });
    expect(r.ok && r.quote.categoryTotalsFen.ppf).toBe(0);
    expect(r.ok && r.quote.totalFen).toBe(14_880_000);
  });
});
