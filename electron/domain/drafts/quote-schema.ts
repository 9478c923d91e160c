import { z } from 'zod';
import { QUOTE_CATEGORIES } from '../categories';
import { MessageSchema, StoredMessage } from '../messages/schema';
import type { Quote } from '../pricing/types';
import { VehicleKind } from '../vehicle/vehicle';

/** Whole fen; negative for credits and discounts. */
const Fen = z.number().int();
const Text = z.object({ zh: z.string(), en: z.string() }).strict();
const Category = z.enum(QUOTE_CATEGORIES);
const PerCategory = z
  .object(
    Object.fromEntries(QUOTE_CATEGORIES.map((c) => [c, Fen])) as Record<
      (typeof QUOTE_CATEGORIES)[number],
      typeof Fen
    >,
  )
  .strict();

/** One priced line as stored in an order draft: `item` is the catalog id of its source. */
export const DraftLine = z
  .object({
    category: z.union([Category, z.literal('order')]),
    kind: z.enum(['price', 'material', 'labour', 'credit', 'bundle-discount', 'discount']),
    item: z.string(),
    label: Text,
    amountFen: Fen,
    zone: z.string().optional(),
    package: z.string().optional(),
    promotion: z.string().optional(),
    basis: z
      .object({
        areaM2: z.number().optional(),
        wasteFactor: z.number().optional(),
        pricePerM2Fen: z.number().optional(),
        hours: z.number().optional(),
        ratePerHourFen: z.number().optional(),
        percent: z.number().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const EstimatedTax = z
  .object({
    status: z.literal('estimated'),
    vehiclePriceFen: Fen,
    baseFen: Fen,
    fullTaxFen: Fen,
    reliefFen: Fen,
    reliefCapFen: Fen,
    taxFen: Fen,
  })
  .strict();

/** The purchase tax as a draft stores it (older drafts hold the note's two texts instead of its key). */
const Tax = z.discriminatedUnion('status', [
  EstimatedTax,
  z.object({ status: z.literal('not-estimated'), message: StoredMessage }).strict(),
]);

/** The purchase tax of a quote priced now: the note is a domain message. */
export const QuoteTax = z.discriminatedUnion('status', [
  EstimatedTax,
  z.object({ status: z.literal('not-estimated'), message: MessageSchema }).strict(),
]);

const Financing = z
  .object({
    plan: z.string(),
    aprPercent: z.number(),
    termMonths: z.number().int(),
    downPaymentPercent: z.number(),
    downPaymentFen: Fen,
    principalFen: Fen,
    monthlyPaymentFen: Fen,
    lastPaymentFen: Fen,
    totalInterestFen: Fen,
    totalPayableFen: Fen,
  })
  .strict();

/** The priced quote inside an order draft (the pricing engine's Quote, field for field). */
export const DraftQuote = z
  .object({
    priceListVersion: z.string(),
    date: z.string(),
    store: z.string(),
    currency: z.literal('CNY'),
    lines: z.array(DraftLine),
    subtotalsFen: PerCategory,
    /** `order` (order-wide discounts) is absent in drafts saved before it was added. */
    categoryTotalsFen: PerCategory.extend({
      order: Fen.optional().describe('order-wide promotion discounts (≤ 0): the rows add up to totalFen'),
    }),
    subtotalFen: Fen,
    promotionDiscountFen: Fen,
    promotions: z
      .object({
        applied: z.array(z.object({ promotion: z.string(), amountFen: Fen }).strict()),
        skipped: z.array(
          z.object({ promotion: z.string(), reason: z.string(), message: StoredMessage }).strict(),
        ),
      })
      .strict(),
    totalFen: Fen,
    depositFen: Fen,
    /** The vehicle priced (quotes made for a named vehicle; absent in older drafts = the launch EV). */
    vehicle: z
      .object({ id: z.string(), modelSha256: z.string().regex(/^[0-9a-f]{64}$/), kind: VehicleKind })
      .strict()
      .optional(),
    /** Absent for a service vehicle (no battery). */
    battery: z
      .object({
        plan: z.enum(['buy', 'subscribe']),
        capacityKwh: z.number(),
        monthlyFeeFen: Fen.optional(),
        creditFen: Fen.optional(),
      })
      .strict()
      .optional(),
    purchaseTax: Tax,
    /**
     * Null when the tax is not estimated. Drafts saved before that stored the order total there; `verifyDraft`
     * reads those as null.
     */
    onTheRoadFen: Fen.nullable().describe(
      'total + purchase tax; null when the tax is not estimated (older drafts stored the total; read as null)',
    ),
    financing: Financing.optional(),
  })
  .strict();

/** A stored quote line. */
export type DraftLine = z.infer<typeof DraftLine>;

/** A draft quote as parsed. */
export type DraftQuote = z.infer<typeof DraftQuote>;

/** Compile-time proof that every pricing-engine Quote fits the stored schema. */
export const quoteFits = (q: Quote): DraftQuote => q;
