import type { Catalog } from '../catalog/catalog';
import type { Promotion } from '../catalog/commercial';
import { QUOTE_CATEGORIES, type QuoteCategory } from '../categories';
import { type Message, msg } from '../messages/message';
import { quoteLine } from './line';
import { formatCny, mul2DivHalfUp, PERCENT_SCALE, toUnits } from './money';
import type { QuoteLine, SkippedPromotion } from './types';

type PromotionData = import('zod').infer<typeof Promotion>;

/** Inputs of promotion application: category amounts before promotions, date, store and entered codes. */
export interface PromotionInput {
  subtotalsFen: Record<QuoteCategory, number>;
  date: string;
  store: string;
  codes: readonly string[];
}

/** Discount lines, what applied and what was skipped with the reason. */
export interface PromotionOutcome {
  lines: QuoteLine[];
  netFen: Record<QuoteCategory, number>;
  orderDiscountFen: number;
  applied: { promotion: string; amountFen: number }[];
  skipped: SkippedPromotion[];
}

const NO_CODES: string[] = [];

function skip(p: PromotionData, reason: SkippedPromotion['reason'], message: Message): SkippedPromotion {
  return { promotion: p.id, reason, message };
}

// Skip reasons that depend only on the promotion are built once per promotion and shared (frozen).
const skipMemo = new WeakMap<PromotionData, Map<string, SkippedPromotion>>();

function skipOnce(
  p: PromotionData,
  reason: SkippedPromotion['reason'],
  make: (p: PromotionData) => Message,
): SkippedPromotion {
  let byReason = skipMemo.get(p);
  if (!byReason) {
    byReason = new Map();
    skipMemo.set(p, byReason);
  }
  let s = byReason.get(reason);
  if (!s) {
    s = Object.freeze({ promotion: p.id, reason, message: Object.freeze(make(p)) });
    byReason.set(reason, s);
  }
  return s;
}

const CODE_NOT_ENTERED = () => msg('promotions.codeNotEntered');
const NOT_YET_VALID = (p: PromotionData) => msg('promotions.notYetValid', { from: p.validFrom });
const EXPIRED = (p: PromotionData) => msg('promotions.expired', { to: p.validTo });
const OTHER_STORE = () => msg('promotions.otherStore');
const NOTHING = () => msg('promotions.nothingToDiscount');

/**
 * Applies promotions in catalog order after the subtotals (PRODUCT §3). A non-stackable promotion applies
 * only when nothing applied before it, and once applied nothing after it does. Thresholds compare the
 * amount still due in their scope after earlier promotions. A discount never takes a category (or the
 * order) below zero.
 */
export function applyPromotions(catalog: Catalog, input: PromotionInput): PromotionOutcome {
  const net = { ...input.subtotalsFen };
  const lines: QuoteLine[] = [];
  const applied: PromotionOutcome['applied'] = [];
  const skipped: SkippedPromotion[] = [];
  let orderDiscountFen = 0;
  let exclusive: PromotionData | undefined;
  const codes = input.codes.length === 0 ? NO_CODES : input.codes.map((c) => c.toUpperCase());
  for (const p of catalog.promotions) {
    if (p.code !== undefined && !codes.includes(p.code)) {
      skipped.push(skipOnce(p, 'code-not-entered', CODE_NOT_ENTERED));
    } else if (input.date < p.validFrom) {
      skipped.push(skipOnce(p, 'not-yet-valid', NOT_YET_VALID));
    } else if (input.date > p.validTo) {
      skipped.push(skipOnce(p, 'expired', EXPIRED));
    } else if (p.stores && !p.stores.includes(input.store)) {
      skipped.push(skipOnce(p, 'other-store', OTHER_STORE));
    } else if (exclusive || (!p.stackable && applied.length > 0)) {
      const other = exclusive ?? catalog.promotions.find((q) => q.id === applied[0]!.promotion)!;
      skipped.push(skip(p, 'not-combinable', msg('promotions.notCombinable', { other: other.name })));
    } else {
      const d = p.discount;
      const scope = d.kind === 'threshold' ? d.scope : d.category;
      const due = scope === 'order' ? orderDue(net, orderDiscountFen) : net[scope];
      let amount: number;
      if (d.kind === 'percent')
        amount = mul2DivHalfUp(due, toUnits(d.percent, PERCENT_SCALE), 100 * PERCENT_SCALE);
      else if (d.kind === 'fixed') amount = d.amountFen;
      else if (due < d.thresholdFen) {
        skipped.push(
          skip(
            p,
            'threshold-not-reached',
            msg('promotions.threshold', { amount: formatCny(d.thresholdFen - due) }),
          ),
        );
        continue;
      } else amount = d.amountFen;
      amount = Math.min(amount, due);
      if (amount <= 0) {
        skipped.push(skipOnce(p, 'nothing-to-discount', NOTHING));
        continue;
      }
      if (scope === 'order') orderDiscountFen += amount;
      else net[scope] -= amount;
      const basis = d.kind === 'percent' ? { percent: d.percent } : undefined;
      lines.push(quoteLine(scope, 'discount', p.id, p.name, -amount, undefined, undefined, p.id, basis));
      applied.push({ promotion: p.id, amountFen: amount });
      if (!p.stackable) exclusive = p;
    }
  }
  return { lines, netFen: net, orderDiscountFen, applied, skipped };
}

function orderDue(net: Record<QuoteCategory, number>, orderDiscountFen: number): number {
  let sum = -orderDiscountFen;
  for (const c of QUOTE_CATEGORIES) sum += net[c];
  return sum;
}
