import type { FilmMaterial } from '@domain/catalog/film-material';
import type { MeshPhysicalMaterial, Texture } from 'three';
import { applyFilmParams } from '../materials/film-material';
import { filmParams } from '../materials/film-params';
import { applyTint } from '../materials/glass';
import type { FilmTextures } from '../materials/textures';
import { BASE_RIM_INCH, rimRadiusM, type SceneLook } from '../scene-config';
import { type CarRig, PAINT_ZONE } from './rig';

/** Bright trim as it leaves the factory. */
const CHROME: FilmMaterial = {
  color: '#d4d6d9',
  metalness: 1,
  roughness: 0.06,
  clearcoat: 0,
  clearcoatRoughness: 0.03,
};
/** Bright trim after chrome delete: satin black. */
const BLACKOUT: FilmMaterial = {
  color: '#101113',
  metalness: 0.1,
  roughness: 0.45,
  clearcoat: 0.3,
  clearcoatRoughness: 0.3,
};

/** The single zone a library vehicle's manifest declares until its zones are cut (issue #17). */
export const LIBRARY_BODY_ZONE = 'body';

/** Zones whose film the loose paint of an imported car follows, in order of preference. */
const PAINT_FOLLOWS = [PAINT_ZONE, 'body', 'hood', 'door-front-left', 'roof'];

/** The film that paint meshes outside any zone show: the first body zone of the look that has one. */
export function paintFilm(look: SceneLook): FilmMaterial | null {
  for (const id of PAINT_FOLLOWS) {
    const f = look.zones[id];
    if (f) return f;
  }
  return Object.values(look.zones).find((f) => f) ?? null;
}

/** Caliper paint in a colour: glossy enamel. */
export function caliperFilm(color: string): FilmMaterial {
  return { color, metalness: 0.05, roughness: 0.3, clearcoat: 0.8, clearcoatRoughness: 0.08 };
}

/**
 * Makes the car show a look: films, PPF, tint, rims, calipers, trim and accessories.
 * Mutates materials and visibility only (no new objects, no new shader programs).
 */
export function applyLook(
  rig: CarRig,
  look: SceneLook,
  textures: FilmTextures,
  artwork: ReadonlyMap<string, Texture> = new Map(),
): void {
  for (const [zoneId, material] of rig.zoneMaterials) {
    // A library car's one zone `body` (until zones are cut) follows the paint when the look names no film for it.
    const follows = zoneId === PAINT_ZONE || (zoneId === LIBRARY_BODY_ZONE && !(zoneId in look.zones));
    const chosen = follows ? paintFilm(look) : look.zones[zoneId];
    const film = chosen ?? rig.factory.get(zoneId)!;
    applyFilmParams(material, filmParams(film, look.ppf[zoneId] ?? null), textures, artwork.get(zoneId));
  }
  for (const [set, material] of rig.glass) applyTint(material, look.tintVlt[set] ?? null, set);
  applyFilmParams(rig.caliperMaterial, filmParams(caliperFilm(look.caliperColor)), textures);
  applyFilmParams(rig.trimMaterial, filmParams(look.chromeDelete ? BLACKOUT : CHROME), textures);
  applyRims(rig, look);
  const shown = new Set(look.accessories);
  for (const [id, nodes] of rig.accessories) for (const n of nodes) n.visible = shown.has(id);
}

function applyRims(rig: CarRig, look: SceneLook): void {
  const size = rig.sizes.get(look.rim.sizeInch);
  if (size)
    for (const [inch, s] of rig.sizes) for (const n of s.tyres) n.visible = inch === look.rim.sizeInch;
  if (!rig.rims.has(look.rim.design)) return;
  const k = rimRadiusM(look.rim.sizeInch) / rimRadiusM(BASE_RIM_INCH);
  const [sx, sy, sz] = size?.rimScale ?? [1, k, k];
  for (const [design, nodes] of rig.rims) {
    for (const n of nodes) {
      n.visible = design === look.rim.design;
      const base = n.userData.baseScale as { x: number; y: number; z: number } | undefined;
      if (base) n.scale.set(base.x * sx, base.y * sy, base.z * sz);
    }
  }
}

/** Tints the selected zone with a faint emissive glow (a uniform change: same program). */
export function highlightZone(rig: CarRig, zoneId: string | null, strength: number): void {
  for (const [id, m] of rig.zoneMaterials) setGlow(m, id === zoneId ? strength : 0);
}

function setGlow(m: MeshPhysicalMaterial, s: number): void {
  m.emissive.setRGB(0.2 * s, 0.45 * s, 1 * s);
}
