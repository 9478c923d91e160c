import { Localized } from '@domain/catalog/common';
import { DraftQuote, QuoteTax } from '@domain/drafts/quote-schema';
import { MessageSchema } from '@domain/messages/schema';
import {
  COMPARE_FIGURES,
  COMPARE_ROWS,
  type Comparison,
  type ComparisonResult,
} from '@domain/pricing/compare';
import type { ComparisonSheet } from '@domain/pricing/compare-sheet';
import type { Quote, QuoteResult, RefusalReason, SkippedPromotion } from '@domain/pricing/types';
import type { Violation } from '@domain/rules/violation';
import { Sha256 } from '@domain/vehicle/vehicle';
import { z } from 'zod';
import { AnyFen } from './common';
import { exactly } from './exact';

/** Why a configuration is not valid (rules engine). */
export const ViolationSchema = exactly<Violation>()(
  z.strictObject({
    code: z.enum([
      'wrong-vehicle',
      'missing-choice',
      'not-for-vehicle',
      'needs-zones',
      'not-measured',
      'no-mount',
      'unknown-item',
      'unknown-zone',
      'not-available-on-date',
      'duplicate-choice',
      'accessory-twice',
      'requires',
      'excludes',
      'only-on-trims',
      'subscription-unavailable',
      'printed-film-needs-artwork',
      'artwork-film-not-printed',
      'zone-assigned-twice',
      'decal-film-not-printed',
      'decal-size',
      'decal-normal',
      'tint-below-legal-vlt',
      'financing-term',
      'financing-down-payment',
      'unknown-promotion-code',
      'promotion-code-not-valid',
    ]),
    message: MessageSchema,
    path: z.string().optional(),
    rule: z.string().optional(),
    item: z.string().optional(),
    other: z.string().optional(),
    zones: z.array(z.string()).optional(),
  }),
);

/** Why a quote was refused before any rule ran. */
export const RefusalReasonSchema = exactly<RefusalReason>()(
  z.strictObject({
    code: z.enum(['bad-date', 'price-list-not-valid', 'no-store', 'unknown-store', 'zone-table-mismatch']),
    message: MessageSchema,
  }),
);

const Reasons = z.union([z.array(ViolationSchema), z.array(RefusalReasonSchema)]);

const SkippedPromotionSchema = exactly<SkippedPromotion>()(
  z.strictObject({
    promotion: z.string(),
    reason: z.enum([
      'code-not-entered',
      'not-yet-valid',
      'expired',
      'other-store',
      'not-combinable',
      'threshold-not-reached',
      'nothing-to-discount',
    ]),
    message: MessageSchema,
  }),
);

/** A priced quote: the stored draft quote's schema, with today's fields required and reasons named. */
export const QuoteSchema = exactly<Quote>()(
  DraftQuote.extend({
    categoryTotalsFen: DraftQuote.shape.categoryTotalsFen.extend({ order: AnyFen }),
    purchaseTax: QuoteTax,
    promotions: z.strictObject({
      applied: z.array(z.strictObject({ promotion: z.string(), amountFen: AnyFen })),
      skipped: z.array(SkippedPromotionSchema),
    }),
  }),
);

const Stamp = { date: z.string(), store: z.string() };

/** A quote with the date and store main priced it for (or the reasons it was refused). */
export const PricedQuoteSchema = exactly<QuoteResult & { date: string; store: string }>()(
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), quote: QuoteSchema, ...Stamp }),
    z.strictObject({ ok: z.literal(false), reasons: Reasons, ...Stamp }),
  ]),
);

const Choice = z.strictObject({
  item: z.string(),
  name: Localized,
  count: z.number().int().optional(),
  amountFen: AnyFen.optional(),
});
const Cell = z.strictObject({ choices: z.array(Choice), amountFen: AnyFen });
const QuoteStamp = z.strictObject({ priceListVersion: z.string(), date: z.string(), store: z.string() });

/** An A/B comparison: rows, totals and the figures beside them. */
export const ComparisonSchema = exactly<Comparison>()(
  z.strictObject({
    rows: z.array(
      z.strictObject({
        id: z.enum(COMPARE_ROWS),
        a: Cell,
        b: Cell,
        differenceFen: AnyFen,
        same: z.boolean(),
      }),
    ),
    total: z.strictObject({ aFen: AnyFen, bFen: AnyFen, differenceFen: AnyFen }),
    figures: z.array(
      z.strictObject({
        id: z.enum(COMPARE_FIGURES),
        aFen: AnyFen.nullable(),
        bFen: AnyFen.nullable(),
        differenceFen: AnyFen.nullable(),
      }),
    ),
    priced: z.strictObject({ a: QuoteStamp, b: QuoteStamp }),
  }),
);

/** A comparison priced on one date, or each refused side's reasons. */
export const DatedComparisonSchema = exactly<ComparisonResult & { date: string }>()(
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), comparison: ComparisonSchema, date: z.string() }),
    z.strictObject({
      ok: z.literal(false),
      refused: z.strictObject({ a: Reasons.optional(), b: Reasons.optional() }),
      date: z.string(),
    }),
  ]),
);

const SheetOption = z.strictObject({
  vehicle: Localized,
  modelSha256: Sha256.optional(),
  trim: Localized.nullable(),
  store: Localized,
});

/** What the printed comparison sheet shows. */
export const ComparisonSheetSchema = exactly<ComparisonSheet>()(
  z.strictObject({
    date: z.string(),
    store: z.strictObject({ id: z.string(), name: Localized, city: Localized }).nullable(),
    options: z.strictObject({ a: SheetOption, b: SheetOption }),
    comparison: ComparisonSchema,
  }),
);
