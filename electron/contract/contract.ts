import type { Localized } from '@domain/catalog/common';
import type { CatalogData } from '@domain/catalog/schema';
import { Configuration } from '@domain/configuration';
import type { ComparisonResult } from '@domain/pricing/compare';
import type { QuoteResult } from '@domain/pricing/types';
import type { ChoiceResult } from '@domain/rules/apply';
import type { OptionStatus } from '@domain/rules/availability';
import { ChoiceSchema } from '@domain/rules/choice-schema';
import type { RulesResult } from '@domain/rules/evaluate';
import { z } from 'zod';
import { artworkChannels, events as artworkEvents } from './artwork-contract';
import { draftChannels } from './drafts-contract';
import { vehicleChannels, vehicleEvents } from './vehicle-contract';

/**
 * The one contract between renderer and main: each channel's request and response schema.
 * Adding a channel = one entry here + its handler in electron/services/app/handlers.ts (the compiler demands it).
 * Both the Electron IPC bridge and the local HTTP host dispatch through these schemas.
 */

/** What the app tells the page about itself. */
export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['kiosk', 'sales', 'designer']),
  storeId: z.string(),
  language: z.enum(['zh-CN', 'en']),
  runtime: z.enum(['electron', 'browser']),
  kiosk: z.boolean(),
  /** Kiosk idle time before the attract loop, seconds. */
  idleSeconds: z.number(),
  /** Whether a staff exit PIN is configured. */
  kioskExit: z.boolean(),
});
/** App info as the page receives it. */
export type AppInfo = z.infer<typeof AppInfo>;

const Empty = z.object({}).strict();

/** A car zone as the page sees it: area and labour from the car model. */
export interface ZoneView {
  id: string;
  name?: Localized;
  areaM2: number;
  labourHours: number;
  body: boolean;
}

/** The catalog as the page receives it: plain data (no index), plus the car's zones. */
export type CatalogView =
  | { ok: true; data: CatalogData; zones: ZoneView[]; modelId: string; hash: string; date: string }
  | { ok: false; errors: { file: string; path: string; message: string }[] };

/** A quote with the date and store main priced it for. */
export type PricedQuote = QuoteResult & { date: string; store: string };

/** Channel name → request and response schemas. */
export const contract = {
  'app:info': { request: Empty, response: AppInfo },
  'catalog:get': { request: Empty, response: z.custom<CatalogView>() },
  'rules:evaluate': {
    request: z.object({ configuration: Configuration }).strict(),
    response: z.custom<{ rules: RulesResult; options: OptionStatus[] }>(),
  },
  'rules:apply': {
    request: z.object({ configuration: Configuration, choice: ChoiceSchema }).strict(),
    response: z.custom<ChoiceResult>(),
  },
  'quote:price': {
    request: z.object({ configuration: Configuration }).strict(),
    response: z.custom<PricedQuote>(),
  },
  /** Sales: prices two configurations on the same date and compares them row by row (B − A). */
  'quote:compare': {
    request: z.object({ a: Configuration, b: Configuration }).strict(),
    response: z.custom<ComparisonResult & { date: string }>(),
  },
  'kiosk:exit': {
    request: z
      .object({ pin: z.string().regex(/^\d{4,12}$/, { error: 'expected a PIN of 4-12 digits' }) })
      .strict(),
    response: z.object({ result: z.enum(['exit', 'wrong-pin', 'locked', 'not-configured']) }),
  },
  /** Kiosk: opens a staff session for this screen with the PIN (same lockout as the exit); customer data needs one. */
  'kiosk:staff': {
    request: z
      .object({ pin: z.string().regex(/^\d{4,12}$/, { error: 'expected a PIN of 4-12 digits' }) })
      .strict(),
    response: z.object({ result: z.enum(['staff', 'wrong-pin', 'locked', 'not-configured']) }),
  },
  /** Kiosk: this screen is back in customer use (attract loop, staff left): its staff session ends. */
  'kiosk:reset': { request: Empty, response: z.object({ reset: z.literal(true) }) },
  'log:report': {
    request: z
      .object({
        level: z.enum(['error', 'warn']),
        message: z.string().max(4000),
        source: z.string().max(200).optional(),
      })
      .strict(),
    response: z.object({ logged: z.boolean() }),
  },
  ...draftChannels,
  ...artworkChannels,
  ...vehicleChannels,
} as const;

/** A channel name of the contract. */
export type Channel = keyof typeof contract;
/** What a channel's caller sends. */
export type RequestOf<C extends Channel> = z.input<(typeof contract)[C]['request']>;
/** What a channel's handler receives after validation. */
export type ParsedRequestOf<C extends Channel> = z.output<(typeof contract)[C]['request']>;
/** What a channel answers. */
export type ResponseOf<C extends Channel> = z.infer<(typeof contract)[C]['response']>;

/** Tells whether a string names a channel of the contract. */
export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(contract, name);

/** Push events main sends to the page, name → payload schema: designer live reload, vehicle import progress. */
export const events = { ...artworkEvents, ...vehicleEvents } as const;
/** A pushed event's name. */
export type EventName = keyof typeof events;
/** A pushed event's payload. */
export type EventOf<E extends EventName> = z.infer<(typeof events)[E]>;
