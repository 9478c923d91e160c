import { type Catalog, type ItemKind, itemOf } from '../catalog/catalog';
import type { Trim, TwoTonePreset } from '../catalog/items';
import type { CatalogData } from '../catalog/schema';
import type { Configuration } from '../configuration';
import { type ZoneLayout, zoneLayoutFrom } from './zone-layout';

/** Every option a configuration selects, and what is needed to tell which film sits on each zone. */
export interface Selection {
  trim: Trim | undefined;
  /** Option id → its kind. */
  items: SelectedItems;
  /** Accessory id → the package that brings it, for accessories bundled in a package. */
  via: ReadonlyMap<string, string>;
  /** Effective wheel and caliper (the trim's defaults when the configuration leaves them out). */
  wheel: string | undefined;
  caliper: string | undefined;
  wrap: Configuration['wrap'];
  preset: TwoTonePreset | undefined;
  /** The car's zones ("full wrap" covers its body zones). */
  layout: ZoneLayout;
  /** The film on each zone of the layout, by position (resolved once per selection). */
  zoneFilms: (string | undefined)[];
  ppfZones: readonly string[] | undefined;
}

/** The film on a zone: artwork, else the per-zone film, else the two-tone preset, else the full film. */
export function filmOn(s: Selection, zone: string): string | undefined {
  const i = s.layout.index.get(zone);
  return i === undefined ? filmOffLayout(s, zone) : s.zoneFilms[i];
}

/** The film on each zone of `table` in table order, when the selection was made for that table. */
export function zoneFilmsFor(s: Selection, table: object): readonly (string | undefined)[] | undefined {
  return s.layout.table === table ? s.zoneFilms : undefined;
}

/** A zone the car's layout does not know: only artwork, per-zone films and presets can name it. */
function filmOffLayout(s: Selection, zone: string): string | undefined {
  const wrap = s.wrap;
  if (wrap === undefined) return undefined;
  if (wrap.artwork?.zones.includes(zone)) return wrap.artwork.film;
  if (wrap.zones !== undefined && Object.hasOwn(wrap.zones, zone)) return wrap.zones[zone];
  if (s.preset && (s.preset.zones as readonly string[]).includes(zone)) return s.preset.film;
  return undefined;
}

/** Films by layout position, laid in order of precedence: full film on body zones, preset, per-zone, artwork. */
function resolveFilms(layout: ZoneLayout, wrap: Configuration['wrap'], preset: TwoTonePreset | undefined) {
  const films: (string | undefined)[] = [];
  const full = wrap?.film;
  for (let i = 0; i < layout.ids.length; i++) films.push(layout.body[i] ? full : undefined);
  if (wrap === undefined) return films;
  if (preset) for (const z of preset.zones) lay(films, layout, z, preset.film);
  const zones = wrap.zones;
  if (zones) for (const z in zones) lay(films, layout, z, zones[z]);
  if (wrap.artwork) for (const z of wrap.artwork.zones) lay(films, layout, z, wrap.artwork.film);
  return films;
}

function lay(
  films: (string | undefined)[],
  layout: ZoneLayout,
  zone: string,
  film: string | undefined,
): void {
  const i = layout.index.get(zone);
  if (i !== undefined) films[i] = film;
}

const NO_PACKAGES: ReadonlyMap<string, string> = new Map();

/**
 * The options of one configuration, id → kind (the first kind an id was added with). Catalog ids are kept in
 * an array by their index position, so adding one costs one lookup in the catalog index instead of a test and
 * an insert in a fresh Map (measured: about 5 % of a quote).
 */
export class SelectedItems {
  private readonly kinds: (ItemKind | undefined)[];
  private others: Map<string, ItemKind> | undefined;
  /** How many distinct ids were added. */
  size = 0;

  constructor(private readonly catalog: Catalog) {
    this.kinds = new Array(catalog.index.size);
  }

  /** Adds an id with its kind, unless it is already there. */
  add(id: string | undefined, kind: ItemKind): void {
    if (id === undefined) return;
    const found = this.catalog.index.get(id);
    if (found) {
      if (this.kinds[found.n] === undefined) {
        this.kinds[found.n] = kind;
        this.size++;
      }
      return;
    }
    this.others ??= new Map();
    if (!this.others.has(id)) {
      this.others.set(id, kind);
      this.size++;
    }
  }

  /** True when the id was added. */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The kind the id was added with. */
  get(id: string): ItemKind | undefined {
    const found = this.catalog.index.get(id);
    return found ? this.kinds[found.n] : this.others?.get(id);
  }
}

/** Works out what a configuration selects; unknown ids are left to `evaluateRules` to report. */
export function selectionOf(catalog: Catalog, c: Configuration, layout: ZoneLayout): Selection {
  const items = new SelectedItems(catalog);
  const trim = c.trim === undefined ? undefined : itemOf(catalog, 'trim', c.trim);
  items.add(c.trim, 'trim');
  const wrap = c.wrap;
  const preset = wrap?.twoTone === undefined ? undefined : itemOf(catalog, 'twoTone', wrap.twoTone);
  const ppfZones = c.ppf === undefined ? undefined : itemOf(catalog, 'ppf', c.ppf)?.zones;
  const s: Selection = {
    trim,
    items,
    via: NO_PACKAGES,
    wheel: undefined,
    caliper: undefined,
    wrap,
    preset,
    layout,
    zoneFilms: resolveFilms(layout, wrap, preset),
    ppfZones,
  };
  if (wrap) {
    if (wrap.twoTone !== undefined) items.add(wrap.twoTone, 'twoTone');
    if (wrap.artwork) items.add(wrap.artwork.film, 'film');
    const zones = wrap.zones;
    if (zones) for (const z in zones) items.add(zones[z], 'film');
    if (preset && coversAny(s, preset.zones, preset.film)) items.add(preset.film, 'film');
    const full = wrap.film;
    if (full !== undefined && onBody(s, full)) items.add(full, 'film');
  }
  if (c.ppf !== undefined) items.add(c.ppf, 'ppf');
  const tint = c.tint;
  if (tint) for (const set in tint) items.add(tint[set], 'tint');
  s.wheel = c.wheel ?? trim?.defaultWheel;
  s.caliper = c.caliper ?? trim?.defaultCaliper;
  items.add(s.wheel, 'wheel');
  items.add(s.caliper, 'caliper');
  if (c.trimPieces) for (const id of c.trimPieces) items.add(id, 'trimPiece');
  if (c.accessoryPackages && c.accessoryPackages.length > 0) {
    s.via = new Map();
    for (const id of c.accessoryPackages) items.add(id, 'accessoryPackage');
  }
  const via = s.via as Map<string, string>;
  for (const [a, pkg] of accessoriesFitted(c, (id) => itemOf(catalog, 'accessoryPackage', id)?.items)) {
    items.add(a, 'accessory');
    if (pkg !== undefined) via.set(a, pkg);
  }
  items.add(c.maintenance, 'maintenance');
  return s;
}

/**
 * The accessories a configuration fits, each once: the chosen ones, then those its packages bring (with the
 * package that brought it). The one rule for the rules engine, pricing and the 3D car.
 */
export function* accessoriesFitted(
  c: Configuration,
  packageItems: (packageId: string) => readonly string[] | undefined,
): Generator<[accessory: string, fromPackage: string | undefined]> {
  const seen = new Set<string>();
  for (const id of c.accessories ?? []) {
    if (seen.has(id)) continue;
    seen.add(id);
    yield [id, undefined];
  }
  for (const p of c.accessoryPackages ?? []) {
    for (const a of packageItems(p) ?? []) {
      if (seen.has(a)) continue;
      seen.add(a);
      yield [a, p];
    }
  }
}

/** Accessory ids a configuration fits (see accessoriesFitted), from plain catalog data (the page's). */
export function fittedAccessories(
  catalog: Pick<CatalogData, 'accessoryPackages'>,
  c: Configuration,
): string[] {
  const packages = (id: string) => catalog.accessoryPackages.find((p) => p.id === id)?.items;
  return [...accessoriesFitted(c, packages)].map(([a]) => a);
}

/** Zones a selected film, two-tone preset or PPF package covers (empty for other options). */
export function zonesOf(s: Selection, id: string): string[] {
  const kind = s.items.get(id);
  if (kind === 'ppf') return [...(s.ppfZones ?? [])];
  if (kind === 'twoTone')
    return s.preset ? s.preset.zones.filter((z) => filmOn(s, z) === s.preset!.film) : [];
  if (kind !== 'film' || !s.wrap) return [];
  const candidates = new Set([
    ...s.layout.bodyIds,
    ...Object.keys(s.wrap.zones ?? {}),
    ...(s.wrap.artwork?.zones ?? []),
    ...(s.preset?.zones ?? []),
  ]);
  return [...candidates].filter((z) => filmOn(s, z) === id);
}

function onBody(s: Selection, film: string): boolean {
  for (let i = 0; i < s.zoneFilms.length; i++) if (s.zoneFilms[i] === film && s.layout.body[i]) return true;
  return false;
}

function coversAny(s: Selection, zones: readonly string[], film: string): boolean {
  for (const z of zones) if (filmOn(s, z) === film) return true;
  return false;
}

/** What tells which film sits on each zone without a catalog index: the wrap, its preset and the body zones. */
export interface WrapCover {
  wrap: Configuration['wrap'];
  preset: TwoTonePreset | undefined;
  bodyZones: readonly string[];
}

/** The wrap cover of a configuration from plain catalog data (the page has no catalog index). */
export function wrapCoverOf(
  catalog: Pick<CatalogData, 'twoTonePresets'>,
  c: Configuration,
  bodyZones: readonly string[],
): WrapCover {
  const twoTone = c.wrap?.twoTone;
  const preset = twoTone === undefined ? undefined : catalog.twoTonePresets.find((p) => p.id === twoTone);
  return { wrap: c.wrap, preset, bodyZones };
}

/** Zone id → film id for every zone the wrap covers (what the zone picker and the 3D car show), by the same rule. */
export function filmsOnZones(cover: WrapCover): Map<string, string> {
  const out = new Map<string, string>();
  const wrap = cover.wrap;
  if (!wrap) return out;
  const body = new Set(cover.bodyZones);
  const ids = [
    ...new Set([
      ...cover.bodyZones,
      ...Object.keys(wrap.zones ?? {}),
      ...(wrap.artwork?.zones ?? []),
      ...(cover.preset?.zones ?? []),
    ]),
  ];
  const layout = zoneLayoutFrom(ids.map((id) => ({ id, body: body.has(id) })));
  const films = resolveFilms(layout, wrap, cover.preset);
  for (let i = 0; i < ids.length; i++) if (films[i] !== undefined) out.set(ids[i]!, films[i]!);
  return out;
}
