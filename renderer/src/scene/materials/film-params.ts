import type { FilmMaterial } from '@domain/catalog/film-material';
import type { PpfFinish } from '../scene-config';

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
  anisotropy: number;
  pattern: SurfacePattern;
  /** Strength of the pattern's normal map. */
  normalScale: number;
  /** Real-world size of one texel of the pattern texture, metres. */
  texelM: number;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** Gloss PPF is a clear, smooth top layer; matte PPF a clear, frosted one. */
const PPF_CLEARCOAT_ROUGHNESS: Record<PpfFinish, number> = { gloss: 0.03, matte: 0.5 };

/**
 * Turns a film's catalog parameters (plus the PPF laid over it) into material numbers: a feature the film
 * does not use is 0 (its shader variant leaves it out); the clear coat always stays on (PPF toggles it).
 */
export function filmParams(film: FilmMaterial, ppf: PpfFinish | null = null): FilmParams {
  const pattern: SurfacePattern = film.pattern ? film.pattern.kind : film.flake ? 'flake' : 'none';
  let normalScale = 0;
  let texelM = 0.001;
  if (film.pattern?.kind === 'carbon-weave') {
    normalScale = 0.6;
    texelM = (film.pattern.scaleMm * 2) / 1000 / 256;
  } else if (film.pattern?.kind === 'brushed') {
    normalScale = 0.5;
    texelM = film.pattern.scaleMm / 1000;
  } else if (film.flake) {
    normalScale = 0.25 + film.flake.density * 0.75;
    texelM = film.flake.sizeMm / 2 / 1000;
  }
  const clearcoat = ppf ? 1 : (film.clearcoat ?? 0);
  const clearcoatRoughness = ppf ? PPF_CLEARCOAT_ROUGHNESS[ppf] : (film.clearcoatRoughness ?? 0.03);
  return {
    color: film.color,
    metalness: film.metalness,
    roughness: film.roughness,
    clearcoat: Math.max(FEATURE_EPSILON, clamp01(clearcoat)),
    clearcoatRoughness: clamp01(clearcoatRoughness),
    iridescence: film.pearl?.strength ?? 0,
    iridescenceThicknessRange: film.pearl ? [...film.pearl.thicknessNm] : [100, 400],
    sheen: film.shiftColor ? 1 : 0,
    sheenColor: film.shiftColor ?? '#000000',
    sheenRoughness: 0.3,
    specularColor: film.flake?.color ?? '#ffffff',
    anisotropy: film.pattern?.kind === 'brushed' ? 0.7 : 0,
    pattern,
    normalScale,
    texelM,
  };
}
