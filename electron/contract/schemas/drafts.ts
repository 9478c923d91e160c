import { Localized } from '@domain/catalog/common';
import type { CodeNotice } from '@domain/code/notice';
import { ArtworkFileNeed } from '@domain/drafts/artwork';
import type { DraftListEntry } from '@domain/drafts/list';
import { DraftContent } from '@domain/drafts/schema';
import type { CutJob, FilmNeed, FitJob, WorkOrder } from '@domain/drafts/workorder';
import { MessageSchema } from '@domain/messages/schema';
import { z } from 'zod';
import { AnyFen } from './common';
import { exactly } from './exact';

/** What a decoded code (or a reopened draft) tells the person who typed it. */
export const CodeNoticeSchema = exactly<CodeNotice>()(
  z.strictObject({
    kind: z.enum(['price-list-changed', 'item-removed', 'rule-change', 'price-changed', 'total-changed']),
    item: z.string().optional(),
    message: MessageSchema,
  }),
);

/** One row of the drafts list: a draft that verifies, or a damaged file (kept, flagged, explained). */
export const DraftListEntrySchema = exactly<DraftListEntry>()(
  z.discriminatedUnion('status', [
    z.strictObject({
      status: z.literal('ok'),
      id: z.string(),
      createdAt: z.string(),
      customerName: z.string().optional(),
      customerMobile: z.string().optional(),
      totalFen: AnyFen,
      trimName: z.strictObject({ zh: z.string(), en: z.string() }),
      storeName: z.strictObject({ zh: z.string(), en: z.string() }),
      configurationCode: z.string(),
      priceListVersion: z.string(),
    }),
    z.strictObject({ status: z.literal('damaged'), id: z.string(), file: z.string(), reason: z.string() }),
  ]),
);

const CutJobSchema = exactly<CutJob>()(
  z.strictObject({
    zone: z.string(),
    zoneName: Localized,
    item: z.string(),
    sku: z.string(),
    name: Localized,
    areaM2: z.number(),
    wasteFactor: z.number(),
    lengthM: z.number(),
    hours: z.number(),
  }),
);

const FitJobSchema = exactly<FitJob>()(
  z.strictObject({
    item: z.string(),
    name: Localized,
    category: z.string(),
    package: z.string().optional(),
    hours: z.number(),
  }),
);

const FilmNeedSchema = exactly<FilmNeed>()(
  z.strictObject({
    item: z.string(),
    sku: z.string(),
    name: Localized,
    areaM2: z.number(),
    lengthM: z.number(),
  }),
);

/** What the workshop does for an order draft (store, vehicle and pickup as the draft file stores them). */
export const WorkOrderSchema = exactly<WorkOrder>()(
  z.strictObject({
    format: z.literal('wrap-configurator/work-order'),
    draftId: z.string(),
    createdAt: z.string(),
    store: DraftContent.shape.store,
    vehicle: DraftContent.shape.vehicle,
    configurationCode: z.string(),
    pickup: DraftContent.shape.pickup,
    rollWidthM: z.number(),
    wrap: z.array(CutJobSchema),
    ppf: z.array(CutJobSchema),
    tint: z.array(CutJobSchema),
    films: z.array(FilmNeedSchema),
    fitting: z.array(FitJobSchema),
    artwork: z.strictObject({ ref: z.string(), film: z.string(), zones: z.array(z.string()) }).optional(),
    artworkFiles: z.array(ArtworkFileNeed).optional(),
    labourHours: z.strictObject({
      wrap: z.number(),
      ppf: z.number(),
      tint: z.number(),
      fitting: z.number(),
      total: z.number(),
    }),
  }),
);
