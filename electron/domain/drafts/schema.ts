import { z } from 'zod';
import { IsoDate } from '../catalog/common';
import { Configuration } from '../configuration';
import { VehicleKind } from '../vehicle/vehicle';
import { ArtworkFileNeed } from './artwork';
import { CUSTOMER_NAME_MAX, MOBILE_PATTERN } from './customer';
import { DRAFT_ID_PATTERN } from './id';
import { DraftQuote } from './quote-schema';

/** Version of the order draft JSON format; bump it (and add a reader) on any incompatible change. */
export const DRAFT_SCHEMA_VERSION = 1;

const Text = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/** The customer, when they chose to leave details: both fields optional, the number validated. */
export const Customer = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { error: 'customer name is empty; leave it out instead' })
      .max(CUSTOMER_NAME_MAX)
      .optional(),
    mobile: z
      .string()
      .regex(MOBILE_PATTERN, {
        error: 'expected a mainland mobile number: 11 digits starting 13–19, e.g. 13812345678',
      })
      .optional(),
  })
  .strict();

/** A store as printed on the quote (snapshot, so the draft reads the same on another machine). */
export const DraftStore = z.object({ id: z.string(), name: Text, city: Text }).strict();

/** Where and when the customer collects the car. */
export const Pickup = z.object({ store: DraftStore, date: IsoDate }).strict();

/** The rendered car saved beside the draft (`<id>.png`) and its hash. */
export const DraftImage = z
  .object({
    file: z.string().regex(/^[0-9A-Z]{26}\.png$/),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int(),
  })
  .strict();

/** Everything in an order draft except its checksum (what the checksum covers). */
export const DraftContent = z
  .object({
    format: z.literal('wrap-configurator/order-draft'),
    schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
    id: z.string().regex(DRAFT_ID_PATTERN, { error: 'expected a 26-character draft id' }),
    createdAt: z.iso.datetime(),
    appVersion: z.string(),
    store: DraftStore,
    priceList: z
      .object({
        version: z.string(),
        effectiveFrom: IsoDate,
        effectiveTo: IsoDate,
        catalogHash: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .strict(),
    /**
     * The vehicle: id and name, the model hash and kind when the configuration names a vehicle (library cars),
     * trim and its name for the launch EV (a service vehicle has none).
     */
    vehicle: z
      .object({
        id: z.string(),
        name: Text,
        modelSha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .optional(),
        kind: VehicleKind.optional(),
        trim: z.string().optional(),
        trimName: Text.optional(),
      })
      .strict(),
    configuration: Configuration,
    configurationCode: z.string(),
    quote: DraftQuote,
    /** Last day the quoted prices are honoured. */
    validUntil: IsoDate,
    pickup: Pickup.optional(),
    customer: Customer.optional(),
    carImage: DraftImage.optional(),
    /** Draft this one was copied from. */
    duplicateOf: z.string().regex(DRAFT_ID_PATTERN).optional(),
    /** Artwork files the customer must supply to the workshop (name + SHA-256), when the design prints any. */
    artworkFiles: z.array(ArtworkFileNeed).max(32).optional(),
  })
  .strict();

/** The order draft file: content plus a SHA-256 over its canonical JSON. */
export const OrderDraft = DraftContent.extend({
  checksum: z.object({ algorithm: z.literal('sha256'), value: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
}).strict();

/** An order draft as stored. */
export type OrderDraft = z.infer<typeof OrderDraft>;
/** Draft content (no checksum). */
export type DraftContent = z.infer<typeof DraftContent>;
/** A customer. */
export type Customer = z.infer<typeof Customer>;

/**
 * JSON Schema of the order draft file, generated from the zod schema (written to docs/schema/); the
 * configuration points at configuration.schema.json beside it, which the catalog's owners generate.
 */
export function orderDraftJsonSchema(): unknown {
  const schema = z.toJSONSchema(OrderDraft, { target: 'draft-2020-12', io: 'output' }) as {
    properties: Record<string, unknown>;
  };
  schema.properties.configuration = {
    $ref: 'configuration.schema.json',
    description: 'the configuration as chosen',
  };
  return {
    ...schema,
    // A JSON Schema identifier (a name, never fetched); `.local` is not a routable domain.
    $id: 'https://wrap-configurator.local/schema/order-draft-v1.json',
    title: 'Order draft (wrap configurator), schema version 1',
  };
}
