/** Largest car image `draft:save` accepts (decoded PNG bytes); the local host caps request bodies at 1 MiB. */
export const MAX_CAR_IMAGE_BYTES = 700 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PREFIX = 'data:image/png;base64,';

/** Decodes a PNG data URL from the page, refusing anything that is not a PNG of acceptable size. */
export function decodeCarImage(dataUrl: string): { ok: true; png: Buffer } | { ok: false; reason: string } {
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
  if (png.length < 8 || PNG_SIGNATURE.some((b, i) => png[i] !== b))
    return { ok: false, reason: 'carImagePng is not a PNG image' };
  return { ok: true, png };
}

/** A PNG as a data URL for the quote page. */
export const pngDataUrl = (png: Uint8Array): string => PREFIX + Buffer.from(png).toString('base64');
