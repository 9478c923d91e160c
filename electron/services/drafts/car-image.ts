import { messageText } from '@contract/i18n';
import { readImageHeader } from '@domain/artwork/header';
import { PNG } from 'pngjs';
import { encodePng } from '../artwork/png';

/** Largest car image `draft:save` accepts (decoded PNG bytes); the local host caps request bodies at 1 MiB. */
export const MAX_CAR_IMAGE_BYTES = 700 * 1024;
/** Longest side of a car image in pixels (the page captures at most 1200 px wide). */
export const MAX_CAR_IMAGE_SIDE = 4096;
/** Most pixels of a car image (16 MB as RGBA): a small file cannot unpack into a huge one. */
export const MAX_CAR_IMAGE_PIXELS = 4_000_000;

const PREFIX = 'data:image/png;base64,';

/** A car image outcome: clean PNG bytes (only pixels), or why the image was refused. */
export type CarImageResult = { ok: true; png: Buffer } | { ok: false; reason: string };

/** Decodes a PNG data URL from the page and re-encodes its pixels (see `cleanCarImage`). */
export function decodeCarImage(dataUrl: string): CarImageResult {
  if (!dataUrl.startsWith(PREFIX))
    return { ok: false, reason: 'carImagePng must be a data URL starting "data:image/png;base64,"' };
  const b64 = dataUrl.slice(PREFIX.length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return { ok: false, reason: 'carImagePng is not valid base64' };
  const png = Buffer.from(b64, 'base64');
  if (png.length > MAX_CAR_IMAGE_BYTES) {
    return {
      ok: false,
      reason: `carImagePng is ${Math.round(png.length / 1024)} KB; at most ${MAX_CAR_IMAGE_BYTES / 1024} KB (capture at a smaller size)`,
    };
  }
  return cleanCarImage(png);
}

/**
 * Decodes a car PNG fully and encodes its pixels again with our own encoder, so nothing of the page's file
 * (extra chunks, odd filters, crafted compressed streams) reaches the printing browser: only RGBA pixels
 * cross. Refuses images over MAX_CAR_IMAGE_SIDE / MAX_CAR_IMAGE_PIXELS (the page's file size is checked
 * by decodeCarImage; a stored image may be larger, our encoder does not filter rows),
 * interlaced PNGs (a canvas never writes one) and anything that does not decode.
 */
export function cleanCarImage(png: Uint8Array): CarImageResult {
  const header = readImageHeader(png);
  if (!header.ok || header.mime !== 'image/png')
    return {
      ok: false,
      reason: `carImagePng is not a PNG image${header.ok ? '' : ` (${messageText(header.problem.message)})`}`,
    };
  const { width, height } = header;
  if (width > MAX_CAR_IMAGE_SIDE || height > MAX_CAR_IMAGE_SIDE || width * height > MAX_CAR_IMAGE_PIXELS) {
    return {
      ok: false,
      reason: `carImagePng is ${width}×${height} px; at most ${MAX_CAR_IMAGE_SIDE} px a side and ${MAX_CAR_IMAGE_PIXELS / 1e6} megapixels`,
    };
  }
  // IHDR's interlace method is byte 28 of the file (signature 8, length 4, type 4, then 12 bytes in).
  if (png[28] !== 0)
    return { ok: false, reason: 'carImagePng is interlaced; send a plain (non-interlaced) PNG' };
  let decoded: { width: number; height: number; data: Buffer };
  try {
    decoded = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.length));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: `carImagePng does not decode as a PNG (${why.slice(0, 120)})` };
  }
  if (decoded.width !== width || decoded.height !== height || decoded.data.length !== width * height * 4)
    return { ok: false, reason: 'carImagePng decoded to a different size than its header says' };
  return { ok: true, png: Buffer.from(encodePng({ width, height, data: decoded.data })) };
}

/** A PNG as a data URL for the quote page. */
export const pngDataUrl = (png: Uint8Array): string => PREFIX + Buffer.from(png).toString('base64');
