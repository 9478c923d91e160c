import {
  ClampToEdgeWrapping,
  LinearFilter,
  LinearMipmapLinearFilter,
  RepeatWrapping,
  SRGBColorSpace,
  Texture,
} from 'three';
import { type ArtworkImage, artworkImage } from './images';

/**
 * How an image is laid out as a texture: `pad` (on white, with a 1-texel white border, for fit and fill:
 * the zone outside the image shows the film), `tile` (on white, repeating) and `decal` (transparency kept).
 */
export type TextureVariant = 'pad' | 'tile' | 'decal';

/** White border of `pad` textures, texels. */
export const PAD_TEXELS = 1;

interface Base {
  texture: Texture;
  bitmap: ImageBitmap;
  image: ArtworkImage;
}

async function layout(image: ArtworkImage, variant: TextureVariant): Promise<ImageBitmap> {
  if (variant === 'decal') return createImageBitmap(image.bitmap, { premultiplyAlpha: 'none' });
  const border = variant === 'pad' ? PAD_TEXELS : 0;
  const canvas = new OffscreenCanvas(image.usedWidth + 2 * border, image.usedHeight + 2 * border);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for the artwork');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image.bitmap, border, border, image.usedWidth, image.usedHeight);
  return canvas.transferToImageBitmap();
}

/**
 * The GPU side of artwork: one texture per image and layout, shared by every zone and decal that shows it
 * (each gets a clone with its own UV transform; clones share the GPU image). Counts users and frees a
 * texture and its bitmap when the last one lets go.
 */
export class ArtworkTextures {
  private readonly bases = new Map<string, Promise<Base>>();
  /** Key → textures handed out or being made (counted at once, so a release cannot free a base in use). */
  private readonly users = new Map<string, number>();

  private let(key: string): void {
    const left = (this.users.get(key) ?? 1) - 1;
    if (left > 0) {
      this.users.set(key, left);
      return;
    }
    this.users.delete(key);
    const entry = this.bases.get(key);
    this.bases.delete(key);
    void entry?.then(
      (base) => {
        base.texture.dispose();
        base.bitmap.close();
      },
      () => undefined,
    );
  }

  /** A texture of its own (own UV transform) for an artwork URL in a layout; release it with `release`. */
  async acquire(
    url: string,
    variant: TextureVariant,
    name?: string,
  ): Promise<{ texture: Texture; image: ArtworkImage }> {
    const key = `${variant}|${url}`;
    let entry = this.bases.get(key);
    if (!entry) {
      entry = (async () => {
        const image = await artworkImage(url, name);
        const bitmap = await layout(image, variant);
        const texture = new Texture(bitmap);
        texture.colorSpace = SRGBColorSpace;
        texture.flipY = false;
        texture.wrapS = texture.wrapT = variant === 'tile' ? RepeatWrapping : ClampToEdgeWrapping;
        texture.minFilter = LinearMipmapLinearFilter;
        texture.magFilter = LinearFilter;
        texture.generateMipmaps = true;
        texture.anisotropy = 8;
        texture.matrixAutoUpdate = false;
        texture.needsUpdate = true;
        return { texture, bitmap, image };
      })();
      this.bases.set(key, entry);
    }
    this.users.set(key, (this.users.get(key) ?? 0) + 1);
    let base: Base;
    try {
      base = await entry;
    } catch (e) {
      this.let(key);
      throw e;
    }
    const texture = base.texture.clone();
    texture.matrixAutoUpdate = false;
    texture.userData.artworkKey = key;
    return { texture, image: base.image };
  }

  /** Lets go of a texture from `acquire`: disposes it, and its shared image when nobody else uses it. */
  release(texture: Texture): void {
    texture.dispose();
    const key = texture.userData.artworkKey as string | undefined;
    if (key) this.let(key);
  }

  /** Frees everything (the stage is going away). */
  dispose(): void {
    for (const entry of this.bases.values())
      void entry.then((base) => {
        base.texture.dispose();
        base.bitmap.close();
      });
    this.bases.clear();
    this.users.clear();
  }
}
