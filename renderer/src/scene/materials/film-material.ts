import { Color, type Material, MeshPhysicalMaterial, type Texture } from 'three';
import { FEATURE_EPSILON, type FilmParams } from './film-params';
import { SHIFT_UNIFORMS, type ShiftUniforms, shiftShader } from './shift-shader';
import type { FilmTextures } from './textures';

/** Per-material copies of shared textures (same GPU image, own UV repeat). */
type CloneCache = Map<Texture, Texture>;

/**
 * The shader variants of a film material, cheapest first: plain (colour + clear coat), printed (+ colour map),
 * patterned (+ normal and roughness maps: flake, carbon), full (+ iridescence, sheen, anisotropy: pearl,
 * colour-shift, brushed). Warm-up compiles all four, so a film switch picks a compiled program, never a new one;
 * the common films draw with the cheap ones (a software renderer shades every pixel on the CPU).
 */
export const FILM_VARIANTS = ['plain', 'printed', 'patterned', 'full'] as const;
/** One of the film material's shader variants. */
export type FilmVariant = (typeof FILM_VARIANTS)[number];

/** The cheapest variant that draws these parameters (`artwork`: a printed image replaces the colour). */
export function filmVariant(p: FilmParams, artwork: boolean): FilmVariant {
  if (p.iridescence > 0 || p.sheen > 0 || p.anisotropy > 0 || p.shift > 0) return 'full';
  if (p.pattern !== 'none') return 'patterned';
  return artwork ? 'printed' : 'plain';
}

/** A wrap material; it starts as the plain variant and `applyFilmParams` moves it between variants. */
export function createFilmMaterial(_textures: FilmTextures, name = 'film'): MeshPhysicalMaterial {
  const m = new MeshPhysicalMaterial({ name, clearcoat: 1, envMapIntensity: 1 });
  m.userData.filmClones = new Map() as CloneCache;
  m.userData.filmVariant = 'plain' satisfies FilmVariant;
  m.userData.uvUnitM = 1;
  const shift: ShiftUniforms = { filmShift: { value: 0 }, filmShiftColor: { value: new Color() } };
  m.userData[SHIFT_UNIFORMS] = shift;
  m.onBeforeCompile = shiftShader;
  return m;
}

/**
 * Tells a film material how many metres one UV unit of its meshes spans (the model manifest's `uvUnitM`), so
 * carbon weave, brushed grain and flakes show at their real size; takes effect at the next `applyFilmParams`.
 */
export function setFilmUvUnit(m: MeshPhysicalMaterial, uvUnitM: number): void {
  m.userData.uvUnitM = uvUnitM;
}

function bind(m: MeshPhysicalMaterial, base: Texture, repeat: number): Texture {
  if (base.image && (base.image as { width?: number }).width === 1) return base;
  const cache = m.userData.filmClones as CloneCache;
  let copy = cache.get(base);
  if (!copy) {
    copy = base.clone();
    cache.set(base, copy);
  }
  if (copy.repeat.x !== repeat) {
    copy.repeat.set(repeat, repeat);
    copy.updateMatrix();
  }
  return copy;
}

/** Maps a variant binds (null where the variant has none). */
interface VariantMaps {
  map: Texture;
  normal: Texture;
  rough: Texture;
}

/** Puts `m` in `variant`'s shape: which maps are bound, which optional features are on (≥ ε) or off (0). */
function setShape(
  m: MeshPhysicalMaterial,
  variant: FilmVariant,
  maps: VariantMaps,
  p: Pick<FilmParams, 'iridescence' | 'sheen' | 'anisotropy'>,
): void {
  const full = variant === 'full';
  const textured = variant === 'patterned' || full;
  m.map = variant === 'plain' ? null : maps.map;
  m.normalMap = textured ? maps.normal : null;
  m.roughnessMap = textured ? maps.rough : null;
  m.iridescence = full ? Math.max(FEATURE_EPSILON, p.iridescence) : 0;
  m.sheen = full ? Math.max(FEATURE_EPSILON, p.sheen) : 0;
  m.anisotropy = full ? Math.max(FEATURE_EPSILON, p.anisotropy) : 0;
  if (m.userData.filmVariant !== variant) {
    m.userData.filmVariant = variant;
    // Bound maps decide the program too; three.js only notices them after a version bump.
    m.needsUpdate = true;
  }
}

/** Shapes a film material as `variant` with neutral maps (warm-up compiles each variant this way). */
export function shapeFilmMaterial(m: MeshPhysicalMaterial, variant: FilmVariant, t: FilmTextures): void {
  setShape(
    m,
    variant,
    { map: t.white, normal: t.flatNormal, rough: t.white },
    { iridescence: 0, sheen: 0, anisotropy: 0 },
  );
}

/** Applies one film's parameters to a film material; an artwork texture replaces the colour map. */
export function applyFilmParams(
  m: MeshPhysicalMaterial,
  p: FilmParams,
  t: FilmTextures,
  artwork?: Texture,
): void {
  m.color.set(p.color);
  m.metalness = p.metalness;
  m.roughness = p.roughness;
  m.clearcoat = p.clearcoat;
  m.clearcoatRoughness = p.clearcoatRoughness;
  m.iridescenceThicknessMinimum = p.iridescenceThicknessRange[0];
  m.iridescenceThicknessMaximum = p.iridescenceThicknessRange[1];
  m.sheenColor.set(p.sheenColor);
  m.sheenRoughness = p.sheenRoughness;
  m.specularColor.set(p.specularColor);
  m.specularIntensity = p.specularIntensity;
  const shift = m.userData[SHIFT_UNIFORMS] as ShiftUniforms;
  shift.filmShift.value = p.shift;
  shift.filmShiftColor.value.set(p.shiftColor);
  const repeat = ((m.userData.uvUnitM as number | undefined) ?? 1) / p.tileM;
  let map = t.white;
  let normal = t.flatNormal;
  let rough = t.white;
  if (p.pattern === 'flake') normal = t.flakeNormal;
  if (p.pattern === 'carbon-weave') {
    map = t.carbonColor;
    normal = t.carbonNormal;
    rough = t.carbonRoughness;
  }
  if (p.pattern === 'brushed') {
    normal = t.brushedNormal;
    rough = t.brushedRoughness;
  }
  const maps = {
    map: artwork ?? bind(m, map, repeat),
    normal: bind(m, normal, repeat),
    rough: bind(m, rough, repeat),
  };
  setShape(m, filmVariant(p, artwork !== undefined), maps, p);
  m.normalScale.set(p.normalScale, p.normalScale);
}

/** Frees a material the scene made, with its own texture copies (the shared images stay). */
export function disposeFilmMaterial(m: Material): void {
  const clones = m.userData.filmClones as CloneCache | undefined;
  for (const copy of clones?.values() ?? []) copy.dispose();
  m.dispose();
}
