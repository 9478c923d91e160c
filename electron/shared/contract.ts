import { z } from 'zod';

/**
 * The one contract between renderer and main: each channel's request and response schema.
 * Adding a channel = one entry here + its handler in electron/main/handlers.ts (the compiler demands it).
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
});
/** App info as the page receives it. */
export type AppInfo = z.infer<typeof AppInfo>;

const Empty = z.object({}).strict();

/** Channel name → request and response schemas. */
export const contract = {
  'app:info': { request: Empty, response: AppInfo },
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

/** Push events main sends to the page (designer live reload, etc.). */
export type EventName = 'app:event';
