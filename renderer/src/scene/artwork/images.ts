/**
 * Decoded artwork images, shared by the designer panel (which decodes before it commits a change) and the
 * scene (which turns them into textures). No three.js here: the panel imports it without the 3D chunk.
 */

/** Largest texture side the app uses even when the GPU allows more. */
export const TEXTURE_CAP = 8192;

/** A decoded artwork image, downscaled to what the GPU can hold. */
export interface ArtworkImage {
  bitmap: ImageBitmap;
  /** Pixel size of the file. */
  width: number;
  height: number;
  /** Pixel size used on the GPU (smaller than the file when downscaled). */
  usedWidth: number;
  usedHeight: number;
}

/** Why an artwork image could not be used (shown to the designer; the previous artwork stays). */
export class ArtworkDecodeError extends Error {}

const gpu = { maxTextureSize: TEXTURE_CAP };

/** Tells the decoder the GPU's MAX_TEXTURE_SIZE (the stage calls it once it has a WebGL context). */
export function setMaxTextureSize(size: number): void {
  gpu.maxTextureSize = Math.max(256, Math.min(TEXTURE_CAP, size));
}

/** Largest side an artwork texture may have on this GPU. */
export function maxArtworkSide(): number {
  return gpu.maxTextureSize;
}

/** The size an image of this size is shown at: unchanged when it fits, else scaled down keeping its aspect. */
export function fittedSize(width: number, height: number, max = gpu.maxTextureSize): [number, number] {
  const k = Math.min(1, max / Math.max(width, height));
  return [Math.max(1, Math.round(width * k)), Math.max(1, Math.round(height * k))];
}

const cache = new Map<string, Promise<ArtworkImage>>();

async function decode(url: string, name: string): Promise<ArtworkImage> {
  let blob: Blob;
  try {
    blob = await (await fetch(url)).blob();
  } catch {
    throw new ArtworkDecodeError(`The artwork "${name}" could not be read.`);
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
  } catch {
    throw new ArtworkDecodeError(
      `The artwork "${name}" could not be decoded: the file is damaged or not a PNG, JPEG or WebP image. Save it again from your design tool.`,
    );
  }
  const { width, height } = bitmap;
  if (width === 0 || height === 0) {
    bitmap.close();
    throw new ArtworkDecodeError(`The artwork "${name}" has no pixels.`);
  }
  const [usedWidth, usedHeight] = fittedSize(width, height);
  if (usedWidth === width && usedHeight === height) return { bitmap, width, height, usedWidth, usedHeight };
  try {
    const small = await createImageBitmap(bitmap, {
      resizeWidth: usedWidth,
      resizeHeight: usedHeight,
      resizeQuality: 'high',
      premultiplyAlpha: 'none',
    });
    return { bitmap: small, width, height, usedWidth, usedHeight };
  } finally {
    bitmap.close();
  }
}

/**
 * The decoded image behind an artwork URL (blob: or data:), decoded once and shared; rejects with an
 * ArtworkDecodeError saying what is wrong. `name` is what the message calls the file.
 */
export function artworkImage(url: string, name = 'image'): Promise<ArtworkImage> {
  let entry = cache.get(url);
  if (!entry) {
    entry = decode(url, name);
    cache.set(url, entry);
    entry.catch(() => cache.delete(url));
  }
  return entry;
}

/** The decoded image if it is ready (undefined while decoding or after a failure). */
export function peekArtworkImage(url: string): Promise<ArtworkImage> | undefined {
  return cache.get(url);
}

/** Frees a decoded image (its GPU textures are the scene's to dispose). */
export function releaseArtworkImage(url: string): void {
  const entry = cache.get(url);
  if (!entry) return;
  cache.delete(url);
  void entry.then(
    (img) => img.bitmap.close(),
    () => undefined,
  );
}
