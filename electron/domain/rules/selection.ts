import { type Catalog, type ItemKind, itemOf } from '../catalog/catalog';
import type { Trim } from '../catalog/items';
import type { Configuration } from '../configuration';
import { WRAP_ZONE_IDS } from '../vocabulary';

/** Every option a configuration selects, with the zones of the zoned ones and the film on each zone. */
export interface Selection {
  trim: Trim | undefined;
  /** Option id → its kind and, for accessories bundled in a package, the package id. */
  items: Map<string, { kind: ItemKind; via?: string }>;
  /** Film / two-tone preset / PPF id → zones it covers. */
  zonesOf: Map<string, Set<string>>;
  /** Zone id → the film that ends up on it (full film, then two-tone, then per-zone, then artwork). */
  zoneFilm: Map<string, string>;
  /** Effective wheel and caliper (the trim's defaults when the configuration leaves them out). */
  wheel: string | undefined;
  caliper: string | undefined;
}

/** Body zones that "full wrap" covers: from the zone table when given, else the standard list. */
export type BodyZones = readonly string[];

/** The standard body zones, used when no zone table is at hand. */
export const STANDARD_BODY_ZONES: BodyZones = WRAP_ZONE_IDS;

/** Works out what a configuration selects; unknown ids are left to `evaluateRules` to report. */
export function selectionOf(catalog: Catalog, c: Configuration, bodyZones: BodyZones): Selection {
  const items = new Map<string, { kind: ItemKind; via?: string }>();
  const zonesOf = new Map<string, Set<string>>();
  const zoneFilm = new Map<string, string>();
  const trim = itemOf(catalog, 'trim', c.trim);
  const add = (id: string | undefined, kind: ItemKind, via?: string) => {
    if (id !== undefined && !items.has(id)) items.set(id, via ? { kind, via } : { kind });
  };
  add(c.trim, 'trim');
  const wrap = c.wrap;
  if (wrap) {
    if (wrap.film !== undefined) for (const z of bodyZones) zoneFilm.set(z, wrap.film);
    const preset = wrap.twoTone !== undefined ? itemOf(catalog, 'twoTone', wrap.twoTone) : undefined;
    if (wrap.twoTone !== undefined) {
      add(wrap.twoTone, 'twoTone');
      if (preset) {
        zonesOf.set(preset.id, new Set(preset.zones));
        for (const z of preset.zones) zoneFilm.set(z, preset.film);
      }
    }
    if (wrap.zones) for (const [z, f] of Object.entries(wrap.zones)) zoneFilm.set(z, f);
    if (wrap.artwork) for (const z of wrap.artwork.zones) zoneFilm.set(z, wrap.artwork.film);
    for (const [z, f] of zoneFilm) {
      add(f, 'film');
      let set = zonesOf.get(f);
      if (!set) zonesOf.set(f, (set = new Set()));
      set.add(z);
    }
  }
  if (c.ppf !== undefined) {
    add(c.ppf, 'ppf');
    const ppf = itemOf(catalog, 'ppf', c.ppf);
    if (ppf) zonesOf.set(ppf.id, new Set(ppf.zones));
  }
  if (c.tint) for (const f of Object.values(c.tint)) add(f, 'tint');
  const wheel = c.wheel ?? trim?.defaultWheel;
  const caliper = c.caliper ?? trim?.defaultCaliper;
  add(wheel, 'wheel');
  add(caliper, 'caliper');
  for (const id of c.trimPieces ?? []) add(id, 'trimPiece');
  for (const id of c.accessories ?? []) add(id, 'accessory');
  for (const id of c.accessoryPackages ?? []) {
    add(id, 'accessoryPackage');
    for (const a of itemOf(catalog, 'accessoryPackage', id)?.items ?? []) add(a, 'accessory', id);
  }
  add(c.maintenance, 'maintenance');
  return { trim, items, zonesOf, zoneFilm, wheel, caliper };
}
