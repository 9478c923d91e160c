import type { FilmMaterial } from '@domain/catalog/film-material';
import type { PpfFinish } from '../scene-config';
import { CARBON_REPEATS, TILE_TEXELS } from './textures';

/** Smallest strength a feature keeps while its shader variant has it switched on. */
export const FEATURE_EPSILON = 1e-4;

/** Which procedural surface a film binds. */
export type SurfacePattern = 'none' | 'flake' | 'carbon-weave' | 'brushed';

/** Physically based parameters of one film on one zone: the numbers a MeshPhysicalMaterial takes. */
export interface FilmParams {
  color: string;
  metalness: number;
  roughness: number;
  clearcoat: number;
  clearcoatRoughness: number;
  iridescence: number;
  iridescenceThicknessRange: [number, number];
  sheen: number;
  sheenColor: string;
  sheenRoughness: number;
  /** Tint of the dielectric reflection (flake colour for metallic films). */
  specularColor: string;
  /** Strength of the colour layer's own reflection (below a clear coat it is mostly the coat that reflects). */
  specularIntensity: number;
  anisotropy: number;
  pattern: SurfacePattern;
  /** Strength of the pattern's normal map. */
  normalScale: number;
  /** Real-world size of one tile of the pattern texture, metres. */
  tileM: number;
  /** Colour-shift films: the colour the film turns to as the surface turns away from the eye (0 … 1 strength). */
  shift: number;
  shiftColor: string;
}

/** Size of a pearl pigment platelet (the catalog gives none): mica pearl pigments are 10–100 µm. */
const PEARL_PLATELET_MM = 0.1;
/**
 * Metallic films: share of the catalog metalness drawn as metal. The paint is a clear binder carrying metal
 * flakes: the flakes (normal map) give the glints, the binder the face colour; drawn as 55 % bulk metal the face
 * came out ~10 % darker than the swatch (ΔE2000 5.6–7).
 */
const FLAKE_METALNESS = 0.4;
/**
 * How much of a solid film's own reflection a clear coat takes over: coat and colour layer have nearly the same
 * refractive index, so the coat's surface does the reflecting. Without it a satin black came out grey (ΔE 4.1).
 */
const UNDER_COAT = 0.6;
/**
 * A colour-shift film's own (dielectric) reflection: its interference layer reflects in colour, so little white.
 * At full strength the hood, seen at a glancing angle, reflected the ceiling white over the shift colour.
 */
const SHIFT_SPECULAR = 0.2;
/**
 * A colour-shift film's clear top layer: thin (the interference layer is the surface that counts). At full
 * strength its glancing reflection of the studio ceiling washed the hood's shift colour out (ΔE2000 11–17).
 */
const SHIFT_COAT = 0.3;
/** Share of a colour-shift film's interference strength kept for its highlights. */
const SHIFT_IRIDESCENCE = 0.3;

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** Gloss PPF is a clear, smooth top layer; matte PPF a clear, frosted one. */
const PPF_CLEARCOAT_ROUGHNESS: Record<PpfFinish, number> = { gloss: 0.03, matte: 0.5 };

/**
 * Turns a film's catalog parameters (plus the PPF laid over it) into material numbers: a feature the film
 * does not use is 0 (its shader variant leaves it out); the clear coat always stays on (PPF toggles it).
 */
export function filmParams(film: FilmMaterial, ppf: PpfFinish | null = null): FilmParams {
  let pattern: SurfacePattern = 'none';
  let normalScale = 0;
  let tileM = 1;
  if (film.pattern?.kind === 'carbon-weave') {
    pattern = 'carbon-weave';
    normalScale = 1.5;
    tileM = (film.pattern.scaleMm * CARBON_REPEATS) / 1000;
  } else if (film.pattern?.kind === 'brushed') {
    pattern = 'brushed';
    normalScale = 0.9;
    tileM = (film.pattern.scaleMm * TILE_TEXELS) / 1000;
  } else if (film.flake) {
    pattern = 'flake';
    normalScale = 0.25 + film.flake.density * 0.5;
    tileM = (film.flake.sizeMm * TILE_TEXELS) / 1000;
  } else if (film.pearl && !film.shiftColor) {
    // Pearl pigment is mica platelets: a fainter sparkle than metal flake.
    pattern = 'flake';
    normalScale = 0.45 * film.pearl.strength;
    tileM = (PEARL_PLATELET_MM * TILE_TEXELS) / 1000;
  }
  const clearcoat = ppf ? 1 : (film.clearcoat ?? 0) * (film.shiftColor ? SHIFT_COAT : 1);
  const solid = pattern === 'none' && !film.pearl && !film.shiftColor && film.metalness < 1;
  const clearcoatRoughness = ppf ? PPF_CLEARCOAT_ROUGHNESS[ppf] : (film.clearcoatRoughness ?? 0.03);
  // A colour-shift film's two colours come from the view-angle blend; its interference layer only tints the
  // highlights (at full strength the thin film's own rainbow would hide the catalog colours).
  const iridescence = (film.pearl?.strength ?? 0) * (film.shiftColor ? SHIFT_IRIDESCENCE : 1);
  return {
    color: film.color,
    metalness: film.flake ? film.metalness * FLAKE_METALNESS : film.metalness,
    roughness: film.roughness,
    clearcoat: Math.max(FEATURE_EPSILON, clamp01(clearcoat)),
    clearcoatRoughness: clamp01(clearcoatRoughness),
    iridescence,
    iridescenceThicknessRange: film.pearl ? [...film.pearl.thicknessNm] : [100, 400],
    sheen: 0,
    sheenColor: '#000000',
    sheenRoughness: 0.3,
    specularColor: film.flake?.color ?? '#ffffff',
    specularIntensity: film.shiftColor ? SHIFT_SPECULAR : solid ? 1 - clamp01(clearcoat) * UNDER_COAT : 1,
    anisotropy: film.pattern?.kind === 'brushed' ? 0.7 : 0,
    pattern,
    normalScale,
    tileM,
    shift: film.shiftColor ? 1 : 0,
    shiftColor: film.shiftColor ?? film.color,
  };
}
