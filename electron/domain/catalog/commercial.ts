import { z } from 'zod';
import { QUOTE_CATEGORIES } from '../categories';
import { decimal, Fen, Id, IsoDate, Localized } from './common';
import { says } from './problems';

const Category = z.enum(QUOTE_CATEGORIES);

/** What a promotion takes off: percent or fixed amount of a category, or spend-X-get-Y-off. */
export const PromotionDiscount = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), category: Category, percent: decimal(2, 100) }).strict(),
  z.object({ kind: z.literal('fixed'), category: Category, amountFen: Fen }).strict(),
  z
    .object({
      kind: z.literal('threshold'),
      scope: z.union([Category, z.literal('order')]),
      thresholdFen: Fen,
      amountFen: Fen,
    })
    .strict(),
]);

/** A store or campaign promotion; applied in catalog order with its validity window and stackable flag. */
export const Promotion = z
  .object({
    id: Id,
    name: Localized,
    /** When present the customer must enter this code; otherwise it applies automatically. */
    code: z
      .string()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { error: says('catalog.schema.promoCode') })
      .optional(),
    validFrom: IsoDate,
    validTo: IsoDate,
    stackable: z.boolean(),
    /** Limits the promotion to these stores; absent = every store. */
    stores: z.array(Id).min(1).optional(),
    discount: PromotionDiscount,
  })
  .strict();

/** "A requires B": choosing A needs B chosen too (B is added automatically when A is chosen). */
export const RequiresRule = z
  .object({ id: Id, kind: z.literal('requires'), item: Id, requires: Id, message: Localized.optional() })
  .strict();

/** "A excludes B…": they cannot be chosen together (with sameZone: not on a common zone). */
export const ExcludesRule = z
  .object({
    id: Id,
    kind: z.literal('excludes'),
    item: Id,
    excludes: z.array(Id).min(1),
    sameZone: z.boolean().optional(),
    message: Localized.optional(),
  })
  .strict();

/** "A only on trims T…". */
export const OnlyOnTrimsRule = z
  .object({
    id: Id,
    kind: z.literal('onlyOnTrims'),
    item: Id,
    trims: z.array(Id).min(1),
    message: Localized.optional(),
  })
  .strict();

/** One compatibility rule. */
export const Rule = z.discriminatedUnion('kind', [RequiresRule, ExcludesRule, OnlyOnTrimsRule]);

/** The price list a catalog belongs to. */
export const PriceList = z
  .object({
    version: z.string().regex(/^[0-9A-Za-z.-]{1,32}$/, { error: says('catalog.schema.version') }),
    effectiveFrom: IsoDate,
    effectiveTo: IsoDate,
    currency: z.literal('CNY'),
  })
  .strict();

/** Discount percentages are decimals with two places. */
export const Percent = decimal(2, 100);
