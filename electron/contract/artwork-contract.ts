import type { ArtworkProblem } from '@domain/artwork/problem';
import { Id } from '@domain/catalog/common';
import { ArtworkHash } from '@domain/configuration';
import { z } from 'zod';

/** Image types designer mode accepts (checked from the file's header, never from its name). */
export const ARTWORK_MIMES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** One of the accepted image types. */
export type ArtworkMime = (typeof ARTWORK_MIMES)[number];

/** Largest artwork file main accepts (bytes): 64 MiB. */
export const MAX_ARTWORK_BYTES = 64 * 1024 * 1024;
/** Longest base64 text that can carry MAX_ARTWORK_BYTES. */
export const MAX_ARTWORK_BASE64 = Math.ceil(MAX_ARTWORK_BYTES / 3) * 4;

/** An artwork file as main sees it: identity (name + SHA-256), header facts and where it lives. */
export interface ArtworkFile {
  /** File name the configuration's `ref` carries (unique among listed and picked files). */
  name: string;
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
  bytes: number;
  mime: ArtworkMime;
  /** Pixel size declared by the header. */
  width: number;
  height: number;
  /** Absolute path on disk (inside the artwork folder, or where a picked file lives). */
  path: string;
  modifiedMs: number;
}

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

/** Answer of channels the current runtime cannot serve (`code: 'unsupported'` errors carry no value). */
export type Cancelled = { cancelled: true };

/** A zone's UV template file. */
export interface ArtworkTemplate {
  fileName: string;
  mime: string;
  dataBase64: string;
  /** Real size of the zone's UV layout, millimetres. */
  widthMm: number;
  heightMm: number;
}

/** Designer channels (appended to the contract). */
export const artworkChannels = {
  'artwork:list': {
    request: z.object({}).strict(),
    /** `refused`: files in the folder that are not usable images, with the reason (both languages). */
    response: z.custom<{
      folder: string;
      files: ArtworkFile[];
      refused?: { name: string; problem: ArtworkProblem }[];
    }>(),
  },
  /** Electron: native open dialog; the local host answers `unsupported` (use a file input + artwork:import). */
  'artwork:pick': { request: z.object({}).strict(), response: z.custom<ArtworkFile | Cancelled>() },
  'artwork:import': {
    request: z.object({ name: ArtworkName, dataBase64: Base64('the artwork') }).strict(),
    response: z.custom<ArtworkFile>(),
  },
  'artwork:read': {
    request: z.object({ name: ArtworkName }).strict(),
    response: z.custom<ArtworkFile & { dataBase64: string }>(),
  },
  'artwork:template': {
    request: z.object({ zone: Id, format: z.enum(['svg', 'png']) }).strict(),
    response: z.custom<ArtworkTemplate>(),
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
    response: z.custom<{ saved: true; path: string } | Cancelled>(),
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
