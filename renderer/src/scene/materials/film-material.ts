import { type Material, MeshPhysicalMaterial, type Texture } from 'three';
import { FEATURE_EPSILON, type FilmParams } from './film-params';
import type { FilmTextures } from './textures';

/** Per-material copies of shared textures (same GPU image, own UV repeat). */
type CloneCache = Map<Texture, Texture>;

/**
 * A wrap material in the one shape every film shares: clearcoat, iridescence, sheen, anisotropy
 * switched on and colour/normal/roughness maps bound, so any film is a uniform change, never a new program.
 */
export function createFilmMaterial(textures: FilmTextures, name = 'film'): MeshPhysicalMaterial {
  const m = new MeshPhysicalMaterial({
    name,
    map: textures.white,
    normalMap: textures.flatNormal,
    roughnessMap: textures.white,
    clearcoat: 1,
    iridescence: FEATURE_EPSILON,
    sheen: FEATURE_EPSILON,
    anisotropy: FEATURE_EPSILON,
    envMapIntensity: 1,
  });
  m.userData.filmClones = new Map() as CloneCache;
  return m;
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
  m.iridescence = p.iridescence;
  m.iridescenceThicknessMinimum = p.iridescenceThicknessRange[0];
  m.iridescenceThicknessMaximum = p.iridescenceThicknessRange[1];
  m.sheen = p.sheen;
  m.sheenColor.set(p.sheenColor);
  m.sheenRoughness = p.sheenRoughness;
  m.specularColor.set(p.specularColor);
  m.anisotropy = p.anisotropy;
  const repeat = 1 / (t.tileTexels * p.texelM);
  let map = t.white;
  let normal = t.flatNormal;
  let rough = t.white;
  if (p.pattern === 'flake') normal = t.flakeNormal;
  if (p.pattern === 'carbon-weave') {
    map = t.carbonColor;
    normal = t.carbonNormal;
  }
  if (p.pattern === 'brushed') {
    normal = t.brushedNormal;
    rough = t.brushedRoughness;
  }
  m.map = artwork ?? bind(m, map, repeat);
  m.normalMap = bind(m, normal, repeat);
  m.roughnessMap = bind(m, rough, repeat);
  m.normalScale.set(p.normalScale, p.normalScale);
}

/** Frees a material the scene made, with its own texture copies (the shared images stay). */
export function disposeFilmMaterial(m: Material): void {
  const clones = m.userData.filmClones as CloneCache | undefined;
  for (const copy of clones?.values() ?? []) copy.dispose();
  m.dispose();
}
