import type { ArtworkProblem } from '@domain/artwork/problem';
import { Id } from '@domain/catalog/common';
import { ArtworkHash } from '@domain/configuration';
import { MessageSchema } from '@domain/messages/schema';
import { z } from 'zod';
import { exactly } from './schemas/exact';

/** Image types designer mode accepts (checked from the file's header, never from its name). */
export const ARTWORK_MIMES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** One of the accepted image types. */
export type ArtworkMime = (typeof ARTWORK_MIMES)[number];

/** Largest artwork file main accepts (bytes): 64 MiB. */
export const MAX_ARTWORK_BYTES = 64 * 1024 * 1024;
/** Longest base64 text that can carry MAX_ARTWORK_BYTES. */
export const MAX_ARTWORK_BASE64 = Math.ceil(MAX_ARTWORK_BYTES / 3) * 4;

/** An artwork file as main sees it: identity (name + SHA-256), header facts and where it lives. */
export const ArtworkFile = z.strictObject({
  /** File name the configuration's `ref` carries (unique among listed and picked files). */
  name: z.string(),
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: ArtworkHash,
  bytes: z.number().int().min(0),
  mime: z.enum(ARTWORK_MIMES),
  /** Pixel size declared by the header. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Absolute path on disk (inside the artwork folder, or where a picked file lives). */
  path: z.string(),
  modifiedMs: z.number(),
});
/** An artwork file as main sees it. */
export type ArtworkFile = z.infer<typeof ArtworkFile>;

/** An artwork name as the page sends it: a plain file name, no folders. */
export const ArtworkName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[/\\\0]/.test(s) && s !== '.' && s !== '..', {
    error: 'expected an artwork file name without folders',
  });

const Base64 = (what: string) =>
  z
    .string()
    .max(MAX_ARTWORK_BASE64, { error: `${what} is larger than 64 MiB; save a smaller file` })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: `${what} must be base64 text` });

/** Answer of a native dialog the user closed without choosing. */
export const Cancelled = z.strictObject({ cancelled: z.literal(true) });
/** Answer of a native dialog the user closed without choosing. */
export type Cancelled = z.infer<typeof Cancelled>;

/** A zone's UV template file. */
export const ArtworkTemplate = z.strictObject({
  fileName: z.string(),
  mime: z.string(),
  dataBase64: z.string(),
  /** Real size of the zone's UV layout, millimetres. */
  widthMm: z.number().positive(),
  heightMm: z.number().positive(),
});
/** A zone's UV template file. */
export type ArtworkTemplate = z.infer<typeof ArtworkTemplate>;

/** Why an artwork file is refused (both languages, plus code and params for translation). */
const ArtworkProblemSchema = exactly<ArtworkProblem>()(
  z.strictObject({
    code: z.enum([
      'empty',
      'not-image',
      'truncated',
      'corrupt-header',
      'zero-size',
      'too-large',
      'file-too-large',
    ]),
    where: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: MessageSchema,
  }),
);

/** Designer channels (appended to the contract). */
export const artworkChannels = {
  'artwork:list': {
    request: z.object({}).strict(),
    /** `refused`: files in the folder that are not usable images, with the reason (both languages). */
    response: z.strictObject({
      folder: z.string(),
      files: z.array(ArtworkFile),
      refused: z.array(z.strictObject({ name: z.string(), problem: ArtworkProblemSchema })).optional(),
    }),
  },
  /** Electron: native open dialog; the local host answers `unsupported` (use a file input + artwork:import). */
  'artwork:pick': { request: z.object({}).strict(), response: z.union([ArtworkFile, Cancelled]) },
  'artwork:import': {
    request: z.object({ name: ArtworkName, dataBase64: Base64('the artwork') }).strict(),
    response: ArtworkFile,
  },
  'artwork:read': {
    request: z.object({ name: ArtworkName }).strict(),
    response: ArtworkFile.extend({ dataBase64: z.string() }),
  },
  'artwork:template': {
    request: z.object({ zone: Id, format: z.enum(['svg', 'png']) }).strict(),
    response: ArtworkTemplate,
  },
  /** Electron: save dialog; the local host answers `unsupported` (the page downloads with an anchor). */
  'file:save': {
    request: z
      .object({
        fileName: ArtworkName,
        mime: z.string().min(3).max(100),
        dataBase64: Base64('the file'),
      })
      .strict(),
    response: z.union([z.strictObject({ saved: z.literal(true), path: z.string() }), Cancelled]),
  },
} as const;

/** Events main pushes to the page, name → payload schema. */
export const events = {
  /** An artwork file was saved again with different bytes (live reload). */
  'artwork:changed': z.object({ name: ArtworkName, sha256: ArtworkHash }).strict(),
  /** An artwork file is gone (deleted or moved away). */
  'artwork:removed': z.object({ name: ArtworkName }).strict(),
} as const;

/** A pushed event's name. */
export type EventName = keyof typeof events;
/** A pushed event's payload. */
export type EventOf<E extends EventName> = z.infer<(typeof events)[E]>;

/** Channels whose request bodies may exceed the local host's usual 1 MiB limit (vehicle:import: up to 200 MiB). */
export const LARGE_BODY_CHANNELS: ReadonlySet<string> = new Set([
  'artwork:import',
  'file:save',
  'vehicle:import',
]);
