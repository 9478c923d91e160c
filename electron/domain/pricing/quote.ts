import { type Catalog, itemOf } from '../catalog/catalog';
import { isCalendarDate } from '../catalog/common';
import type { ZoneTable } from '../catalog/zones';
import { type Configuration, fixedShape } from '../configuration';
import { msg } from '../messages/message';
import { wording } from '../messages/wording';
import { analyse } from '../rules/evaluate';
import type { VehicleContext } from '../vehicle/context';
import { instalments } from './financing';
import { quoteLine, sumFrom } from './line';
import { accessoryLines, type LineContext, ppfLines, tintLines, wheelLines, wrapLines } from './lines';
import { mul2DivHalfUp, PERCENT_SCALE, toUnits } from './money';
import { applyPromotions } from './promotions';
import { purchaseTaxEstimate } from './tax';
import type { FinancingQuote, Quote, QuoteLine, QuoteResult, RefusalReason } from './types';

/** Pricing inputs that never come from the configuration alone: date, store and the car's zone table. */
export interface QuoteOptions {
  /** Pricing date, YYYY-MM-DD (never read from the clock here). */
  date: string;
  /** Store id; overrides the configuration's store. */
  store?: string;
  /** The car's zones (a service vehicle's: `serviceZoneTable`, one body zone). */
  zones: ZoneTable;
  /** The vehicle priced; absent = the catalog's launch EV. */
  vehicle?: VehicleContext;
}

let lastGoodDate = '';

function refuse(...reasons: RefusalReason[]): QuoteResult {
  return { ok: false, reasons };
}

/**
 * Prices a configuration exactly per PRODUCT §3, or refuses it with reasons (bad date, store, price list
 * window, any rule or integrity violation). Deterministic: same inputs, same quote.
 */
export function priceQuote(
  catalog: Catalog,
  configuration: Configuration,
  options: QuoteOptions,
): QuoteResult {
  const { date, zones } = options;
  if (date !== lastGoodDate && !isCalendarDate(date)) {
    return refuse({
      code: 'bad-date',
      message: msg('pricing.badDate', { date }),
    });
  }
  lastGoodDate = date;
  const pl = catalog.priceList;
  if (date < pl.effectiveFrom || date > pl.effectiveTo) {
    return refuse({
      code: 'price-list-not-valid',
      message: msg('pricing.priceListNotValid', {
        version: pl.version,
        from: pl.effectiveFrom,
        to: pl.effectiveTo,
        date,
      }),
    });
  }
  const storeId = options.store ?? configuration.store;
  if (storeId === undefined) {
    return refuse({
      code: 'no-store',
      message: msg('pricing.noStore'),
    });
  }
  const store = itemOf(catalog, 'store', storeId);
  if (!store) {
    return refuse({
      code: 'unknown-store',
      message: msg('pricing.unknownStore', { store: storeId }),
    });
  }
  const vehicle = options.vehicle;
  const modelId = vehicle === undefined ? catalog.vehicle.modelId : vehicle.ref.id;
  if (zones.modelId !== modelId) {
    return refuse({
      code: 'zone-table-mismatch',
      message: msg('pricing.zoneTableMismatch', {
        zonesModel: zones.modelId,
        catalogModel: modelId,
      }),
    });
  }
  const context = { zones, date, vehicle };
  // Configurations arrive in many object shapes (fields present or not, in any order); the rules and line
  // builders read one fixed shape, so their property loads stay monomorphic.
  const c = fixedShape(configuration);
  const { selection, violations } = analyse(catalog, c, context);
  let missingZone: string | undefined;
  for (const z of selection.ppfZones ?? []) {
    if (!zones.zones.has(z)) {
      missingZone = z;
      break;
    }
  }
  if (missingZone !== undefined) {
    violations.push({
      code: 'unknown-zone',
      path: '$.ppf',
      item: missingZone,
      message: msg('pricing.ppfZoneMissing', { zone: missingZone }),
    });
  }
  if (violations.length > 0) return { ok: false, reasons: violations };
  const ctx: LineContext = { catalog, configuration: c, selection, zones, store, vehicle };
  return { ok: true, quote: buildQuote(ctx, date) };
}

function buildQuote(ctx: LineContext, date: string): Quote {
  const { catalog, configuration: c, selection } = ctx;
  // A service vehicle has no trim (validated): no car price, no battery, no purchase tax.
  const trim = selection.trim;
  const lines: QuoteLine[] = trim ? [quoteLine('vehicle', 'price', trim.id, trim.name, trim.priceFen)] : [];
  const sub = trim?.battery.subscription;
  if (c.battery === 'subscribe' && sub)
    lines.push(quoteLine('vehicle', 'credit', trim!.id, CREDIT, -sub.creditFen));
  // Each builder adds the lines of one category, so its subtotal is the sum of what it just added.
  const vehicle = sumFrom(lines, 0);
  let from = lines.length;
  wrapLines(ctx, lines);
  const wrap = sumFrom(lines, from);
  from = lines.length;
  ppfLines(ctx, lines);
  const ppf = sumFrom(lines, from);
  from = lines.length;
  tintLines(ctx, lines);
  const tint = sumFrom(lines, from);
  from = lines.length;
  wheelLines(ctx, lines);
  const wheels = sumFrom(lines, from);
  from = lines.length;
  accessoryLines(ctx, lines);
  const accessories = sumFrom(lines, from);
  let maintenance = 0;
  if (c.maintenance !== undefined) {
    const m = itemOf(catalog, 'maintenance', c.maintenance)!;
    lines.push(quoteLine('maintenance', 'price', m.id, m.name, m.priceFen));
    maintenance = m.priceFen;
  }
  const subtotalsFen = { vehicle, wrap, ppf, tint, wheels, accessories, maintenance };
  const subtotalFen = vehicle + wrap + ppf + tint + wheels + accessories + maintenance;
  const promo = applyPromotions(catalog, {
    subtotalsFen,
    date,
    store: ctx.store.id,
    codes: c.promotionCodes ?? [],
  });
  let promotionDiscountFen = 0;
  for (const l of promo.lines) {
    lines.push(l);
    promotionDiscountFen -= l.amountFen;
  }
  const totalFen = subtotalFen - promotionDiscountFen;
  const net = promo.netFen;
  const categoryTotalsFen = {
    vehicle: net.vehicle,
    wrap: net.wrap,
    ppf: net.ppf,
    tint: net.tint,
    wheels: net.wheels,
    accessories: net.accessories,
    maintenance: net.maintenance,
    order: promo.orderDiscountFen === 0 ? 0 : -promo.orderDiscountFen,
  };
  const purchaseTax = trim ? purchaseTaxEstimate(promo.netFen.vehicle, date) : NO_TAX;
  const quote: Quote = {
    priceListVersion: catalog.priceList.version,
    date,
    store: ctx.store.id,
    currency: 'CNY',
    lines,
    subtotalsFen,
    categoryTotalsFen,
    subtotalFen,
    promotionDiscountFen,
    promotions: { applied: promo.applied, skipped: promo.skipped },
    totalFen,
    // The reservation deposit holds a new car (a trim): a customer's own car is not reserved.
    depositFen: trim ? catalog.reservationDepositFen : 0,
    battery: !trim
      ? undefined
      : c.battery === 'subscribe' && sub
        ? {
            plan: 'subscribe',
            capacityKwh: trim.battery.capacityKwh,
            monthlyFeeFen: sub.monthlyFeeFen,
            creditFen: sub.creditFen,
          }
        : { plan: 'buy', capacityKwh: trim.battery.capacityKwh },
    purchaseTax,
    onTheRoadFen: purchaseTax.status === 'estimated' ? totalFen + purchaseTax.taxFen : null,
  };
  const v = ctx.vehicle;
  if (v) quote.vehicle = { id: v.ref.id, modelSha256: v.ref.modelSha256, kind: v.kind };
  if (c.financing) quote.financing = financingQuote(ctx, totalFen);
  return quote;
}

function financingQuote(ctx: LineContext, totalFen: number): FinancingQuote {
  const f = ctx.configuration.financing!;
  const plan = itemOf(ctx.catalog, 'financing', f.plan)!;
  const downPaymentFen = mul2DivHalfUp(
    totalFen,
    toUnits(f.downPaymentPercent, PERCENT_SCALE),
    100 * PERCENT_SCALE,
  );
  const principalFen = totalFen - downPaymentFen;
  const i = instalments(principalFen, plan.aprPercent, f.termMonths);
  return {
    plan: plan.id,
    aprPercent: plan.aprPercent,
    termMonths: f.termMonths,
    downPaymentPercent: f.downPaymentPercent,
    downPaymentFen,
    principalFen,
    monthlyPaymentFen: i.monthlyPaymentFen,
    lastPaymentFen: i.lastPaymentFen,
    totalInterestFen: i.totalInterestFen,
    totalPayableFen: downPaymentFen + principalFen + i.totalInterestFen,
  };
}

const NO_TAX = Object.freeze({
  status: 'not-estimated' as const,
  message: Object.freeze(msg('pricing.noTaxOwnCar')),
});

const CREDIT = Object.freeze(wording('names.subscriptionCredit'));
