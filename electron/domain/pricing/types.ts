import type { Localized } from '../catalog/common';
import type { QuoteCategory } from '../categories';
import type { BatteryPlan } from '../configuration';
import type { Message } from '../messages/message';
import type { Violation } from '../rules/violation';
import type { VehicleKind } from '../vehicle/vehicle';

/** What a quote line is: a price, film material, fitting labour, a credit, a bundle or promotion discount. */
export type LineKind = 'price' | 'material' | 'labour' | 'credit' | 'bundle-discount' | 'discount';

/**
 * One priced line; amounts are integer fen, negative for credits and discounts. Built only by `quoteLine`
 * (pricing/line.ts), so every line has one object shape (absent fields are undefined and leave no trace in JSON).
 */
export interface QuoteLine {
  category: QuoteCategory | 'order';
  kind: LineKind;
  /** Catalog id of the item that produced the line (the promotion id for promotion discounts). */
  item: string;
  label: Localized;
  amountFen: number;
  /** Zone (wrap, PPF) or window set (tint) the line is for. */
  zone?: string;
  /** Accessory package the line belongs to. */
  package?: string;
  /** Promotion that made a discount line. */
  promotion?: string;
  /** The numbers behind the amount, so every line can be explained. */
  basis?: {
    areaM2?: number;
    wasteFactor?: number;
    pricePerM2Fen?: number;
    hours?: number;
    ratePerHourFen?: number;
    percent?: number;
  };
}

/** A promotion that did not apply, and why. */
export interface SkippedPromotion {
  promotion: string;
  reason:
    | 'code-not-entered'
    | 'not-yet-valid'
    | 'expired'
    | 'other-store'
    | 'not-combinable'
    | 'threshold-not-reached'
    | 'nothing-to-discount';
  message: Message;
}

/** Purchase-tax estimate (informational; never part of the order total). */
export type PurchaseTaxEstimate =
  | {
      status: 'estimated';
      vehiclePriceFen: number;
      baseFen: number;
      fullTaxFen: number;
      reliefFen: number;
      reliefCapFen: number;
      taxFen: number;
    }
  | { status: 'not-estimated'; message: Message };

/** Financing figures for the chosen plan. */
export interface FinancingQuote {
  plan: string;
  aprPercent: number;
  termMonths: number;
  downPaymentPercent: number;
  downPaymentFen: number;
  principalFen: number;
  monthlyPaymentFen: number;
  /** Equal to the monthly payment except on 0 % plans, where it absorbs rounding so interest is exactly 0. */
  lastPaymentFen: number;
  totalInterestFen: number;
  totalPayableFen: number;
}

/** A priced configuration: lines, subtotals, promotions, total and the estimates shown beside it. */
export interface Quote {
  priceListVersion: string;
  date: string;
  store: string;
  currency: 'CNY';
  lines: QuoteLine[];
  /** Per category, before promotions (includes battery credit and bundle discounts). */
  subtotalsFen: Record<QuoteCategory, number>;
  /**
   * Per category after promotions (never below zero), plus `order`: the order-wide promotion discounts (zero or
   * negative), so the rows add up to `totalFen`.
   */
  categoryTotalsFen: Record<QuoteCategory | 'order', number>;
  subtotalFen: number;
  promotionDiscountFen: number;
  promotions: { applied: { promotion: string; amountFen: number }[]; skipped: SkippedPromotion[] };
  totalFen: number;
  depositFen: number;
  /** The vehicle priced, when the pricing context named one (a library car always does). */
  vehicle?: { id: string; modelSha256: string; kind: VehicleKind };
  /** The launch EV's battery plan; absent for a service vehicle (it has no battery from us). */
  battery?: { plan: BatteryPlan; capacityKwh: number; monthlyFeeFen?: number; creditFen?: number };
  purchaseTax: PurchaseTaxEstimate;
  /**
   * Order total plus the purchase-tax estimate (insurance and plates are not included); null when the tax is
   * not estimated (`purchaseTax.status` 'not-estimated'): then there is no on-the-road estimate either.
   */
  onTheRoadFen: number | null;
  financing?: FinancingQuote;
}

/** Result of pricing: a quote, or the reasons it was refused. */
export type QuoteResult = { ok: true; quote: Quote } | { ok: false; reasons: Violation[] | RefusalReason[] };

/** Why a quote was refused before any rule ran (date, store, price list). */
export interface RefusalReason {
  code: 'bad-date' | 'price-list-not-valid' | 'no-store' | 'unknown-store' | 'zone-table-mismatch';
  message: Message;
}
