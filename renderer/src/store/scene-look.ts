import type { ZoneView } from '@contract/contract';
import type { CatalogData } from '@domain/catalog/schema';
import type { Configuration } from '@domain/configuration';
import { filmsOnZones, fittedAccessories, wrapCoverOf } from '@domain/rules/selection';
import { DEFAULT_PLACEMENT } from '../scene/artwork/placement';
import { FACTORY_LOOK, type SceneDecal, type SceneLook } from '../scene/scene-config';

/** Trim pieces that show the car's bright trim blacked out (the scene has one switch for it). */
const BLACKOUT_TRIM_PIECES = new Set(['chrome-delete']);

/** Zone id → film id, by the domain's rule (`filmOn`); the car's zone table says which zones are body. */
export function zoneFilms(
  catalog: CatalogData,
  zones: readonly ZoneView[],
  c: Configuration,
): Map<string, string> {
  const bodyZones = zones.filter((z) => z.body).map((z) => z.id);
  return filmsOnZones(wrapCoverOf(catalog, c, bodyZones));
}

/** Maps a configuration to what the 3D scene draws (pure: same inputs, same look). */
export function sceneLookOf(
  catalog: CatalogData,
  zones: readonly ZoneView[],
  c: Configuration,
  artworkUrls: Readonly<Record<string, string>> = {},
): SceneLook {
  const films = new Map(catalog.films.map((f) => [f.id, f]));
  const look: SceneLook = { ...FACTORY_LOOK, zones: {}, ppf: {}, tintVlt: {}, accessories: [] };
  for (const [zone, film] of zoneFilms(catalog, zones, c))
    look.zones[zone] = films.get(film)?.material ?? null;
  const ppf = catalog.ppfPackages.find((p) => p.id === c.ppf);
  if (ppf) for (const z of ppf.zones) look.ppf[z] = ppf.finish;
  for (const [set, tint] of Object.entries(c.tint ?? {})) {
    const film = catalog.tintFilms.find((t) => t.id === tint);
    if (film) look.tintVlt[set] = film.vltPercent;
  }
  const trim = catalog.trims.find((t) => t.id === c.trim);
  const wheel = catalog.wheels.find((w) => w.id === (c.wheel ?? trim?.defaultWheel));
  if (wheel) look.rim = { design: wheel.design, sizeInch: wheel.sizeInch };
  const caliper = catalog.calipers.find((k) => k.id === (c.caliper ?? trim?.defaultCaliper));
  if (caliper) look.caliperColor = caliper.color;
  look.chromeDelete = (c.trimPieces ?? []).some((id) => BLACKOUT_TRIM_PIECES.has(id));
  for (const id of fittedAccessories(catalog, c)) {
    const part = catalog.accessories.find((a) => a.id === id)?.part;
    if (part && part !== 'none') look.accessories.push(part);
  }
  const art = c.wrap?.artwork;
  const url = art ? artworkUrls[art.ref] : undefined;
  if (art && url)
    look.artwork = Object.fromEntries(
      art.zones.map((z) => [z, { url, ref: art.ref, placement: art.placement?.[z] ?? DEFAULT_PLACEMENT }]),
    );
  const decals: SceneDecal[] = [];
  for (const d of c.wrap?.decals ?? []) {
    const decalUrl = artworkUrls[d.ref];
    if (decalUrl)
      decals.push({
        url: decalUrl,
        ref: d.ref,
        position: d.position,
        normal: d.normal,
        sizeMm: d.sizeMm,
        rotationDeg: d.rotationDeg,
      });
  }
  if (decals.length > 0) look.decals = decals;
  return look;
}
