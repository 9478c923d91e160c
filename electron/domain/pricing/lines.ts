import { type Catalog, itemOf } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import type { Store } from '../catalog/items';
import type { ZoneTable } from '../catalog/zones';
import type { QuoteCategory } from '../categories';
import type { Configuration } from '../configuration';
import { filmOn, type Selection } from '../rules/selection';
import {
  AREA_SCALE,
  FACTOR_SCALE,
  HOURS_SCALE,
  mul2DivHalfUp,
  mul3DivHalfUp,
  PERCENT_SCALE,
  toUnits,
} from './money';
import type { QuoteLine } from './types';

/** What line builders need: catalog, configuration, its selection, the car's zones and the store. */
export interface LineContext {
  catalog: Catalog;
  configuration: Configuration;
  selection: Selection;
  zones: ZoneTable;
  store: Store;
}

const LABOUR: Localized = { zh: '施工工时', en: 'Fitting labour' };

/** Material = area × (1 + waste) × price per m², rounded half-up once, exactly. */
export function materialFen(areaM2: number, wasteFactor: number, pricePerM2Fen: number): number {
  return mul3DivHalfUp(
    toUnits(areaM2, AREA_SCALE),
    FACTOR_SCALE + toUnits(wasteFactor, FACTOR_SCALE),
    pricePerM2Fen,
    AREA_SCALE * FACTOR_SCALE,
  );
}

/** Labour = hours × the store's rate per hour, rounded half-up. */
export function labourFen(hours: number, ratePerHourFen: number): number {
  return mul2DivHalfUp(toUnits(hours, HOURS_SCALE), ratePerHourFen, HOURS_SCALE);
}

type Place = { id: string; name: Localized; areaM2: number; labourHours: number };
type AreaItem = { id: string; name: Localized; pricePerM2Fen: number };
type Cached = { amountFen: number; label: Localized; basis: NonNullable<QuoteLine['basis']> };

// Pure functions of catalog data, memoised per (item, place) and (place or item, rate) objects so that a
// quote only allocates its own lines. Shared labels and bases are frozen.
const materialMemo = new WeakMap<object, WeakMap<object, Cached>>();
const labourMemo = new WeakMap<object, Map<number, Cached>>();

function labourOf(owner: object, hours: number, rate: number): Cached {
  let byRate = labourMemo.get(owner);
  if (!byRate) {
    byRate = new Map();
    labourMemo.set(owner, byRate);
  }
  let c = byRate.get(rate);
  if (!c) {
    c = Object.freeze({
      amountFen: labourFen(hours, rate),
      label: LABOUR,
      basis: Object.freeze({ hours, ratePerHourFen: rate }),
    });
    byRate.set(rate, c);
  }
  return c;
}

function labourLine(
  category: QuoteCategory,
  item: string,
  owner: object,
  hours: number,
  rate: number,
): QuoteLine {
  const c = labourOf(owner, hours, rate);
  return { category, kind: 'labour', item, label: c.label, amountFen: c.amountFen, basis: c.basis };
}

function materialOf(item: AreaItem, waste: number, place: Place): Cached {
  let byPlace = materialMemo.get(item);
  if (!byPlace) {
    byPlace = new WeakMap();
    materialMemo.set(item, byPlace);
  }
  let c = byPlace.get(place);
  if (!c) {
    c = Object.freeze({
      amountFen: materialFen(place.areaM2, waste, item.pricePerM2Fen),
      label: Object.freeze({
        zh: `${item.name.zh}（${place.name.zh}）`,
        en: `${item.name.en} (${place.name.en})`,
      }),
      basis: Object.freeze({ areaM2: place.areaM2, wasteFactor: waste, pricePerM2Fen: item.pricePerM2Fen }),
    });
    byPlace.set(place, c);
  }
  return c;
}

function areaLines(
  out: QuoteLine[],
  category: QuoteCategory,
  item: AreaItem,
  waste: number,
  place: Place,
  rate: number,
): void {
  const m = materialOf(item, waste, place);
  out.push({
    category,
    kind: 'material',
    item: item.id,
    label: m.label,
    amountFen: m.amountFen,
    zone: place.id,
    basis: m.basis,
  });
  if (place.labourHours > 0) {
    const l = labourOf(place, place.labourHours, rate);
    out.push({
      category,
      kind: 'labour',
      item: item.id,
      label: l.label,
      amountFen: l.amountFen,
      zone: place.id,
      basis: l.basis,
    });
  }
}

/** Wrap lines: per zone, film material and labour (zone table order), then one material line per decal. */
export function wrapLines(ctx: LineContext, out: QuoteLine[]): void {
  const rate = ctx.store.labourRatePerHourFen;
  for (const zone of ctx.zones.zones.values()) {
    const filmId = filmOn(ctx.selection, zone.id);
    if (filmId === undefined) continue;
    const film = itemOf(ctx.catalog, 'film', filmId)!;
    areaLines(out, 'wrap', film, film.wasteFactor ?? ctx.catalog.filmWasteFactor, zone, rate);
  }
  const decals = ctx.configuration.wrap?.decals;
  if (decals) for (const [i, d] of decals.entries()) out.push(decalLine(ctx, d.film, d.sizeMm, i));
}

/**
 * A projected decal: its printed film's price per m² × its area, rounded half-up once. The schema
 * (`DecalSideMm`) allows sides to 0.1 mm only, so each side is an exact whole number of 0.1 mm here and the
 * price is exact: nothing is rounded before pricing. No waste factor (decals are nested on the print sheet)
 * and no labour line (fitted with the zone work).
 */
export function decalFen(sizeMm: readonly [number, number], pricePerM2Fen: number): number {
  return mul3DivHalfUp(toUnits(sizeMm[0], 10), toUnits(sizeMm[1], 10), pricePerM2Fen, 100_000_000);
}

function decalLine(ctx: LineContext, filmId: string, sizeMm: [number, number], i: number): QuoteLine {
  const film = itemOf(ctx.catalog, 'film', filmId)!;
  const size = `${sizeMm[0]} × ${sizeMm[1]} mm`;
  return {
    category: 'wrap',
    kind: 'material',
    item: film.id,
    label: {
      zh: `${film.name.zh}（贴花 ${i + 1}，${size}）`,
      en: `${film.name.en} (decal ${i + 1}, ${size})`,
    },
    amountFen: decalFen(sizeMm, film.pricePerM2Fen),
    basis: {
      areaM2: Math.round((sizeMm[0] * sizeMm[1]) / 100) / 10_000,
      wasteFactor: 0,
      pricePerM2Fen: film.pricePerM2Fen,
    },
  };
}

/** PPF lines: per zone of the package, film material and labour. */
export function ppfLines(ctx: LineContext, out: QuoteLine[]): void {
  if (ctx.configuration.ppf === undefined) return;
  const ppf = itemOf(ctx.catalog, 'ppf', ctx.configuration.ppf)!;
  for (const zoneId of ppf.zones) {
    const zone = ctx.zones.zones.get(zoneId)!;
    areaLines(out, 'ppf', ppf, ctx.catalog.ppfWasteFactor, zone, ctx.store.labourRatePerHourFen);
  }
}

/** Tint lines: per window set, film material and labour. */
export function tintLines(ctx: LineContext, out: QuoteLine[]): void {
  const tint = ctx.configuration.tint;
  if (!tint) return;
  for (const set of ctx.catalog.windowSets) {
    const filmId = Object.hasOwn(tint, set.id) ? tint[set.id] : undefined;
    if (filmId === undefined) continue;
    const film = itemOf(ctx.catalog, 'tint', filmId)!;
    areaLines(out, 'tint', film, ctx.catalog.tintWasteFactor, set, ctx.store.labourRatePerHourFen);
  }
}

function pricedItem(
  out: QuoteLine[],
  category: QuoteCategory,
  item: { id: string; name: Localized; priceFen: number; installHours: number },
  rate: number,
  pkg?: string,
): number {
  const price: QuoteLine = {
    category,
    kind: 'price',
    item: item.id,
    label: item.name,
    amountFen: item.priceFen,
  };
  if (pkg !== undefined) price.package = pkg;
  out.push(price);
  if (item.installHours <= 0) return item.priceFen;
  const labour = labourLine(category, item.id, item, item.installHours, rate);
  if (pkg !== undefined) labour.package = pkg;
  out.push(labour);
  return item.priceFen + labour.amountFen;
}

/** Wheels & trim lines: non-standard wheel and caliper (price + fitting), trim pieces. */
export function wheelLines(ctx: LineContext, out: QuoteLine[]): void {
  const { catalog, selection: s, store } = ctx;
  const rate = store.labourRatePerHourFen;
  if (s.wheel !== undefined && s.wheel !== s.trim?.defaultWheel)
    pricedItem(out, 'wheels', itemOf(catalog, 'wheel', s.wheel)!, rate);
  if (s.caliper !== undefined && s.caliper !== s.trim?.defaultCaliper) {
    pricedItem(out, 'wheels', itemOf(catalog, 'caliper', s.caliper)!, rate);
  }
  for (const id of ctx.configuration.trimPieces ?? [])
    pricedItem(out, 'wheels', itemOf(catalog, 'trimPiece', id)!, rate);
}

/** Accessory lines: each accessory (price + fitting); packages as their items minus the bundle discount. */
export function accessoryLines(ctx: LineContext, out: QuoteLine[]): void {
  const { catalog, store } = ctx;
  const rate = store.labourRatePerHourFen;
  for (const id of ctx.configuration.accessories ?? [])
    pricedItem(out, 'accessories', itemOf(catalog, 'accessory', id)!, rate);
  for (const pkgId of ctx.configuration.accessoryPackages ?? []) {
    const pkg = itemOf(catalog, 'accessoryPackage', pkgId)!;
    let sum = 0;
    for (const a of pkg.items)
      sum += pricedItem(out, 'accessories', itemOf(catalog, 'accessory', a)!, rate, pkg.id);
    const d = pkg.discount;
    const off =
      d.kind === 'fixed'
        ? Math.min(d.amountFen, sum)
        : mul2DivHalfUp(sum, toUnits(d.percent, PERCENT_SCALE), 100 * PERCENT_SCALE);
    out.push({
      category: 'accessories',
      kind: 'bundle-discount',
      item: pkg.id,
      label: { zh: `${pkg.name.zh}套装优惠`, en: `${pkg.name.en} bundle discount` },
      amountFen: -off,
      package: pkg.id,
      ...(d.kind === 'percent' ? { basis: { percent: d.percent } } : {}),
    });
  }
}
