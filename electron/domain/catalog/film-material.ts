import { z } from 'zod';
import { says } from './problems';

/** An sRGB colour as the catalog writes it: `#rrggbb`. */
export const SrgbHex = z.string().regex(/^#[0-9a-fA-F]{6}$/, says('catalog.schema.colour'));

/**
 * How a film looks, in physically based terms the 3D preview turns into a material.
 * Every film in the catalog carries one; the scene builds materials from these numbers only,
 * never from a film's id or name.
 */
export const FilmMaterial = z
  .object({
    /** Base colour in sRGB as printed on the swatch. */
    color: SrgbHex,
    /** 0 = dielectric film, 1 = mirror-like metal (chrome). */
    metalness: z.number().min(0).max(1),
    /** 0 = mirror smooth, 1 = fully diffuse (matte). */
    roughness: z.number().min(0).max(1),
    /** Clear top layer strength (gloss films have 1). */
    clearcoat: z.number().min(0).max(1).default(0),
    clearcoatRoughness: z.number().min(0).max(1).default(0.03),
    /** Metallic flake: density 0..1 and flake colour; absent for solid films. */
    flake: z
      .object({ density: z.number().min(0).max(1), color: SrgbHex, sizeMm: z.number().positive().max(2) })
      .optional(),
    /** Pearl / interference layer (thin-film iridescence); absent when not pearlescent. */
    pearl: z
      .object({
        strength: z.number().min(0).max(1),
        thicknessNm: z.tuple([z.number().min(0).max(2000), z.number().min(0).max(2000)]),
      })
      .optional(),
    /** Colour-shift films: the colour seen at grazing angles. */
    shiftColor: SrgbHex.optional(),
    /** Woven or brushed surface pattern with its real-world repeat size. */
    pattern: z
      .object({ kind: z.enum(['carbon-weave', 'brushed']), scaleMm: z.number().positive().max(100) })
      .optional(),
  })
  .strict();

/** Material parameters of one film. */
export type FilmMaterial = z.infer<typeof FilmMaterial>;
