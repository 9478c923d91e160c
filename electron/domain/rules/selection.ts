import { type Catalog, type ItemKind, itemOf } from '../catalog/catalog';
import type { Trim, TwoTonePreset } from '../catalog/items';
import type { CatalogData } from '../catalog/schema';
import type { Configuration } from '../configuration';
import { WRAP_ZONE_IDS } from '../vocabulary';

/** Every option a configuration selects, and what is needed to tell which film sits on each zone. */
export interface Selection {
  trim: Trim | undefined;
  /** Option id → its kind. */
  items: Map<string, ItemKind>;
  /** Accessory id → the package that brings it, for accessories bundled in a package. */
  via: Map<string, string>;
  /** Effective wheel and caliper (the trim's defaults when the configuration leaves them out). */
  wheel: string | undefined;
  caliper: string | undefined;
  wrap: Configuration['wrap'];
  preset: TwoTonePreset | undefined;
  bodyZones: BodyZones;
  ppfZones: readonly string[] | undefined;
}

/** Body zones that "full wrap" covers: from the zone table when given, else the standard list. */
export type BodyZones = readonly string[];

/** The standard body zones, used when no zone table is at hand. */
export const STANDARD_BODY_ZONES: BodyZones = WRAP_ZONE_IDS;

/** What tells which film sits on each zone: the wrap, its two-tone preset and the body zones. */
export type WrapCover = Pick<Selection, 'wrap' | 'preset' | 'bodyZones'>;

/** The wrap cover of a configuration from plain catalog data (the page has no catalog index). */
export function wrapCoverOf(
  catalog: Pick<CatalogData, 'twoTonePresets'>,
  c: Configuration,
  bodyZones: BodyZones,
): WrapCover {
  const twoTone = c.wrap?.twoTone;
  const preset = twoTone === undefined ? undefined : catalog.twoTonePresets.find((p) => p.id === twoTone);
  return { wrap: c.wrap, preset, bodyZones };
}

/** The film on a zone: artwork, else the per-zone film, else the two-tone preset, else the full film. */
export function filmOn(s: WrapCover, zone: string): string | undefined {
  const wrap = s.wrap;
  if (wrap === undefined) return undefined;
  if (wrap.artwork?.zones.includes(zone)) return wrap.artwork.film;
  if (wrap.zones !== undefined && Object.hasOwn(wrap.zones, zone)) return wrap.zones[zone];
  if (s.preset && (s.preset.zones as readonly string[]).includes(zone)) return s.preset.film;
  if (wrap.film !== undefined && s.bodyZones.includes(zone)) return wrap.film;
  return undefined;
}

/** Works out what a configuration selects; unknown ids are left to `evaluateRules` to report. */
export function selectionOf(catalog: Catalog, c: Configuration, bodyZones: BodyZones): Selection {
  const items = new Map<string, ItemKind>();
  const via = new Map<string, string>();
  const trim = itemOf(catalog, 'trim', c.trim);
  items.set(c.trim, 'trim');
  const wrap = c.wrap;
  const preset = wrap?.twoTone === undefined ? undefined : itemOf(catalog, 'twoTone', wrap.twoTone);
  const ppfZones = c.ppf === undefined ? undefined : itemOf(catalog, 'ppf', c.ppf)?.zones;
  const s: Selection = {
    trim,
    items,
    via,
    wheel: undefined,
    caliper: undefined,
    wrap,
    preset,
    bodyZones,
    ppfZones,
  };
  if (wrap) {
    if (wrap.twoTone !== undefined) addTo(items, wrap.twoTone, 'twoTone');
    if (wrap.artwork) addTo(items, wrap.artwork.film, 'film');
    if (wrap.zones) for (const z in wrap.zones) addTo(items, wrap.zones[z], 'film');
    if (preset && coversAny(s, preset.zones, preset.film)) addTo(items, preset.film, 'film');
    const full = wrap.film;
    if (full !== undefined && coversAny(s, bodyZones, full)) addTo(items, full, 'film');
  }
  if (c.ppf !== undefined) addTo(items, c.ppf, 'ppf');
  if (c.tint) for (const set in c.tint) addTo(items, c.tint[set], 'tint');
  s.wheel = c.wheel ?? trim?.defaultWheel;
  s.caliper = c.caliper ?? trim?.defaultCaliper;
  addTo(items, s.wheel, 'wheel');
  addTo(items, s.caliper, 'caliper');
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
  return s;
}

/** Zone id → film id for every zone the wrap covers (what the zone picker and the 3D car show). */
export function filmsOnZones(s: WrapCover): Map<string, string> {
  const out = new Map<string, string>();
  if (!s.wrap) return out;
  const candidates = new Set([
    ...s.bodyZones,
    ...Object.keys(s.wrap.zones ?? {}),
    ...(s.wrap.artwork?.zones ?? []),
    ...(s.preset?.zones ?? []),
  ]);
  for (const z of candidates) {
    const film = filmOn(s, z);
    if (film !== undefined) out.set(z, film);
  }
  return out;
}

/** Zones a selected film, two-tone preset or PPF package covers (empty for other options). */
export function zonesOf(s: Selection, id: string): string[] {
  const kind = s.items.get(id);
  if (kind === 'ppf') return [...(s.ppfZones ?? [])];
  if (kind === 'twoTone')
    return s.preset ? s.preset.zones.filter((z) => filmOn(s, z) === s.preset!.film) : [];
  if (kind !== 'film' || !s.wrap) return [];
  return [...filmsOnZones(s)].filter(([, film]) => film === id).map(([z]) => z);
}

function coversAny(s: Selection, zones: readonly string[], film: string): boolean {
  for (const z of zones) if (filmOn(s, z) === film) return true;
  return false;
}

function addTo(items: Map<string, ItemKind>, id: string | undefined, kind: ItemKind): void {
  if (id !== undefined && !items.has(id)) items.set(id, kind);
}
