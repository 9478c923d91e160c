import { Id, IsoDate } from '@domain/catalog/common';
import { Configuration } from '@domain/configuration';
import { DRAFT_ID_PATTERN } from '@domain/drafts/id';
import { Customer, OrderDraft } from '@domain/drafts/schema';
import { z } from 'zod';
import { AnyFen, PdfFile } from './schemas/common';
import { CodeNoticeSchema, DraftListEntrySchema, WorkOrderSchema } from './schemas/drafts';
import { ComparisonSheetSchema } from './schemas/quote';

const DraftId = z
  .object({ id: z.string().regex(DRAFT_ID_PATTERN, { error: 'expected a 26-character draft id' }) })
  .strict();

/** A saved draft as `draft:save` and `draft:duplicate` report it. */
export const DraftSummary = z.strictObject({
  id: z.string(),
  file: z.string(),
  createdAt: z.string(),
  configurationCode: z.string(),
  totalFen: AnyFen,
  validUntil: z.string(),
});
/** A saved draft as `draft:save` and `draft:duplicate` report it. */
export type DraftSummary = z.infer<typeof DraftSummary>;

/** The most rows one `draft:list` page may ask for. */
export const DRAFT_PAGE_MAX = 100;

/** A `draft:list` request: one page (from 0) of the drafts matching an optional search. */
const DraftListRequest = z
  .object({
    /** Customer name (part), mobile digits (first or last ones), configuration code or draft id (part). */
    query: z.string().max(80, { error: 'query is too long; type part of a name, number or code' }).optional(),
    /** First and last shop day (China time), inclusive. */
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    page: z.number().int().min(0).max(1_000_000).optional(),
    limit: z.number().int().min(1).max(DRAFT_PAGE_MAX).optional(),
  })
  .strict()
  .refine((r) => !r.from || !r.to || r.from <= r.to, {
    error: 'from is after to; the date range must start on or before its last day',
    path: ['from'],
  });

const Count = z.number().int().min(0);

/** One page of the drafts list. */
export const DraftListResponse = z.strictObject({
  drafts: z.array(DraftListEntrySchema),
  /** Matching drafts in all (damaged files included); more pages while (page + 1) × limit < total. */
  total: Count,
  page: Count,
  limit: Count,
  /** Draft files the index has not read yet (after a lost index); a text search cannot match them yet. */
  pending: Count,
});
/** One page of the drafts list. */
export type DraftListResponse = z.infer<typeof DraftListResponse>;

/** A decoded configuration code (or a reopened draft): what to load, and what changed since it was made. */
export const DecodedCode = z.strictObject({
  configuration: Configuration,
  madeWith: z.string(),
  current: z.boolean(),
  notices: z.array(CodeNoticeSchema),
});
/** A decoded configuration code. */
export type DecodedCode = z.infer<typeof DecodedCode>;

/** A comparison sheet's picture of one option: two fit the local host's 1 MiB request with the configurations. */
const SheetPicture = z
  .string()
  .max(450_000, { error: 'the option picture is too large; capture the car at a smaller size' });

/** Order-draft channels (appended to the contract): prices are never sent by the page, main re-prices. */
export const draftChannels = {
  'draft:save': {
    request: z
      .object({
        configuration: Configuration,
        customer: Customer.optional(),
        pickup: z.object({ store: Id, date: IsoDate }).strict().optional(),
        /** PNG data URL of the car as shown (≤ 700 KB decoded). */
        carImagePng: z
          .string()
          .max(960_000, { error: 'carImagePng is too large; capture the car at a smaller size' })
          .optional(),
      })
      .strict(),
    response: DraftSummary,
  },
  'draft:list': { request: DraftListRequest, response: DraftListResponse },
  'draft:get': {
    request: DraftId,
    response: z.strictObject({
      draft: OrderDraft,
      carImage: z.string().optional(),
      qrSvg: z.string(),
      file: z.string(),
    }),
  },
  'draft:open': {
    request: DraftId,
    response: z.strictObject({
      id: z.string(),
      configuration: Configuration,
      notices: z.array(CodeNoticeSchema),
    }),
  },
  'draft:duplicate': { request: DraftId, response: DraftSummary },
  'draft:delete': {
    request: DraftId,
    response: z.strictObject({ id: z.string(), trashed: z.literal(true) }),
  },
  'draft:pdf': {
    request: DraftId.extend({
      language: z.enum(['zh', 'en']),
      document: z.enum(['quote', 'workorder']).optional(),
    }).strict(),
    /** `pdfBase64` lets the browser path offer a download without a file URL. */
    response: PdfFile,
  },
  'workorder:get': { request: DraftId, response: WorkOrderSchema },
  /** The sales comparison sheet as a PDF made in main, saved beside the quote PDFs. */
  'compare:pdf': {
    request: z
      .object({
        a: Configuration,
        b: Configuration,
        language: z.enum(['zh', 'en']),
        /** PNG data URLs of each option's car (front ¾, framed on the car), ≤ 330 KB decoded each. */
        pictures: z.strictObject({ a: SheetPicture.optional(), b: SheetPicture.optional() }).optional(),
      })
      .strict(),
    response: PdfFile,
  },
  /** A comparison sheet being printed and its pictures, for the print page (by the id `compare:pdf` gave it). */
  'compare:sheet': {
    request: DraftId,
    response: z.strictObject({
      sheet: ComparisonSheetSchema,
      pictures: z.strictObject({ a: z.string().optional(), b: z.string().optional() }),
    }),
  },
  'code:decode': {
    request: z
      .object({ code: z.string().max(400, { error: 'that is far longer than any configuration code' }) })
      .strict(),
    response: DecodedCode,
  },
  'code:encode': {
    request: z.object({ configuration: Configuration }).strict(),
    response: z.strictObject({ code: z.string(), qrSvg: z.string() }),
  },
} as const;
