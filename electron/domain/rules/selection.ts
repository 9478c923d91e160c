import { type Catalog, type ItemKind, itemOf } from '../catalog/catalog';
import type { Trim } from '../catalog/items';
import type { Configuration } from '../configuration';
import { WRAP_ZONE_IDS } from '../vocabulary';

/** Every option a configuration selects, and the film that ends up on each zone. */
export interface Selection {
  trim: Trim | undefined;
  /** Option id → its kind. */
  items: Map<string, ItemKind>;
  /** Accessory id → the package that brings it, for accessories bundled in a package. */
  via: Map<string, string>;
  /** Zone id → the film that ends up on it (full film, then two-tone, then per-zone, then artwork). */
  zoneFilm: Map<string, string>;
  /** Effective wheel and caliper (the trim's defaults when the configuration leaves them out). */
  wheel: string | undefined;
  caliper: string | undefined;
  ppfZones: readonly string[] | undefined;
  twoToneZones: readonly string[] | undefined;
}

/** Body zones that "full wrap" covers: from the zone table when given, else the standard list. */
export type BodyZones = readonly string[];

/** The standard body zones, used when no zone table is at hand. */
export const STANDARD_BODY_ZONES: BodyZones = WRAP_ZONE_IDS;

/** Works out what a configuration selects; unknown ids are left to `evaluateRules` to report. */
export function selectionOf(catalog: Catalog, c: Configuration, bodyZones: BodyZones): Selection {
  const items = new Map<string, ItemKind>();
  const via = new Map<string, string>();
  const zoneFilm = new Map<string, string>();
  const trim = itemOf(catalog, 'trim', c.trim);
  items.set(c.trim, 'trim');
  let twoToneZones: readonly string[] | undefined;
  let ppfZones: readonly string[] | undefined;
  const wrap = c.wrap;
  if (wrap) {
    if (wrap.film !== undefined) {
      for (const z of bodyZones) zoneFilm.set(z, wrap.film);
    }
    if (wrap.twoTone !== undefined) {
      addTo(items, wrap.twoTone, 'twoTone');
      const preset = itemOf(catalog, 'twoTone', wrap.twoTone);
      if (preset) {
        twoToneZones = preset.zones;
        for (const z of preset.zones) zoneFilm.set(z, preset.film);
      }
    }
    if (wrap.zones) for (const z in wrap.zones) zoneFilm.set(z, wrap.zones[z]!);
    if (wrap.artwork) for (const z of wrap.artwork.zones) zoneFilm.set(z, wrap.artwork.film);
    for (const f of zoneFilm.values()) addTo(items, f, 'film');
  }
  if (c.ppf !== undefined) {
    addTo(items, c.ppf, 'ppf');
    ppfZones = itemOf(catalog, 'ppf', c.ppf)?.zones;
  }
  if (c.tint) for (const set in c.tint) addTo(items, c.tint[set], 'tint');
  const wheel = c.wheel ?? trim?.defaultWheel;
  const caliper = c.caliper ?? trim?.defaultCaliper;
  addTo(items, wheel, 'wheel');
  addTo(items, caliper, 'caliper');
  if (c.trimPieces) for (const id of c.trimPieces) addTo(items, id, 'trimPiece');
  if (c.accessories) for (const id of c.accessories) addTo(items, id, 'accessory');
  if (c.accessoryPackages) {
    for (const id of c.accessoryPackages) {
      addTo(items, id, 'accessoryPackage');
      const pkg = itemOf(catalog, 'accessoryPackage', id);
      if (pkg) {
        for (const a of pkg.items) {
          if (!items.has(a)) {
            items.set(a, 'accessory');
            via.set(a, id);
          }
        }
      }
    }
  }
  addTo(items, c.maintenance, 'maintenance');
  return { trim, items, via, zoneFilm, wheel, caliper, ppfZones, twoToneZones };
}

/** Zones a selected film, two-tone preset or PPF package covers (empty for other options). */
export function zonesOf(s: Selection, id: string): string[] {
  const kind = s.items.get(id);
  if (kind === 'ppf') return [...(s.ppfZones ?? [])];
  if (kind === 'twoTone') return [...(s.twoToneZones ?? [])];
  const out: string[] = [];
  if (kind === 'film') for (const [z, f] of s.zoneFilm) if (f === id) out.push(z);
  return out;
}

function addTo(items: Map<string, ItemKind>, id: string | undefined, kind: ItemKind): void {
  if (id !== undefined && !items.has(id)) items.set(id, kind);
}
