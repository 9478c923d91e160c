import { type Catalog, itemOf } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import type { Store } from '../catalog/items';
import type { ZoneTable } from '../catalog/zones';
import type { QuoteCategory } from '../categories';
import type { Configuration } from '../configuration';
import { wording } from '../messages/wording';
import { filmOn, type Selection, zoneFilmsFor } from '../rules/selection';
import { bodyStyleLabour, type VehicleContext } from '../vehicle/context';
import { quoteLine } from './line';
import { mul2DivHalfUp, mul3DivHalfUp, PERCENT_SCALE, toUnits } from './money';
import {
  type AreaItem,
  areaLines,
  labourPriced,
  labourSlots,
  materialSlots,
  type Priced,
  ppfSet,
  servicePpfSet,
  serviceWindowSet,
  windowSetSet,
  zoneSet,
} from './places';
import type { QuoteLine } from './types';

export { labourFen, materialFen } from './places';

/** What line builders need: catalog, configuration, its selection, the car's zones and the store. */
export interface LineContext {
  catalog: Catalog;
  configuration: Configuration;
  selection: Selection;
  zones: ZoneTable;
  store: Store;
  /** The vehicle priced; undefined = the catalog's launch EV. */
  vehicle: VehicleContext | undefined;
}

// Item labour (wheels, accessories) is memoised per item and rate; zone and window labour lives in places.ts.
const labourMemo = new WeakMap<object, Map<number, Priced>>();

function labourOf(item: object, hours: number, rate: number): Priced {
  let byRate = labourMemo.get(item);
  if (!byRate) {
    byRate = new Map();
    labourMemo.set(item, byRate);
  }
  let c = byRate.get(rate);
  if (!c) {
    c = labourPriced(hours, rate);
    byRate.set(rate, c);
  }
  return c;
}

/** Wrap lines: per zone, film material and labour (zone table order), then one material line per decal. */
export function wrapLines(ctx: LineContext, out: QuoteLine[]): void {
  const rate = ctx.store.labourRatePerHourFen;
  const set = zoneSet(ctx.zones);
  const labour = labourSlots(set, rate);
  // Zones mostly share a film: look the film and its slots up again only when it changes.
  let lastId: string | undefined;
  let film: AreaItem | undefined;
  let waste = 0;
  let material: (Priced | undefined)[] = [];
  // The selection resolved each zone's film by position when it was made for this zone table.
  const films = zoneFilmsFor(ctx.selection, ctx.zones);
  for (let i = 0; i < set.places.length; i++) {
    const filmId = films ? films[i] : filmOn(ctx.selection, set.places[i]!.id);
    if (filmId === undefined) continue;
    if (filmId !== lastId) {
      const f = itemOf(ctx.catalog, 'film', filmId)!;
      film = f;
      waste = f.wasteFactor ?? ctx.catalog.filmWasteFactor;
      material = materialSlots(set, f);
      lastId = filmId;
    }
    areaLines(out, 'wrap', film!, waste, set, i, material, labour, rate);
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
  const label = wording('names.decalLine', { film: film.name, n: i + 1, size });
  return quoteLine(
    'wrap',
    'material',
    film.id,
    label,
    decalFen(sizeMm, film.pricePerM2Fen),
    undefined,
    undefined,
    undefined,
    {
      areaM2: Math.round((sizeMm[0] * sizeMm[1]) / 100) / 10_000,
      wasteFactor: 0,
      pricePerM2Fen: film.pricePerM2Fen,
    },
  );
}

/** PPF lines: per zone of the package, film material and labour. */
export function ppfLines(ctx: LineContext, out: QuoteLine[]): void {
  if (ctx.configuration.ppf === undefined) return;
  const ppf = itemOf(ctx.catalog, 'ppf', ctx.configuration.ppf)!;
  const rate = ctx.store.labourRatePerHourFen;
  // A service vehicle: the full-body package (validated) on its one body zone, hours by body style.
  const v = ctx.vehicle;
  const set =
    v?.kind === 'service'
      ? servicePpfSet(ctx.zones, bodyStyleLabour(ctx.catalog, v)!.fullPpfHours)
      : ppfSet(ppf, ctx.zones);
  const material = materialSlots(set, ppf);
  const labour = labourSlots(set, rate);
  const waste = ctx.catalog.ppfWasteFactor;
  for (let i = 0; i < set.places.length; i++)
    areaLines(out, 'ppf', ppf, waste, set, i, material, labour, rate);
}

/** Tint lines: per window set (catalog order), film material and labour. */
export function tintLines(ctx: LineContext, out: QuoteLine[]): void {
  const tint = ctx.configuration.tint;
  if (!tint) return;
  const rate = ctx.store.labourRatePerHourFen;
  // A service vehicle: its own measured window areas (validated), hours by body style.
  const v = ctx.vehicle;
  const set =
    v?.kind === 'service'
      ? serviceWindowSet(ctx.catalog.windowSets, v, bodyStyleLabour(ctx.catalog, v)!.tintHoursPerWindowSet)
      : windowSetSet(ctx.catalog.windowSets);
  const labour = labourSlots(set, rate);
  // The film of each window set by position, read with for…in (tint records come in many shapes).
  const films: (string | undefined)[] = new Array(set.places.length).fill(undefined);
  for (const id in tint) {
    for (let i = 0; i < set.places.length; i++) if (set.places[i]!.id === id) films[i] = tint[id];
  }
  for (let i = 0; i < set.places.length; i++) {
    const filmId = films[i];
    if (filmId === undefined) continue;
    const film = itemOf(ctx.catalog, 'tint', filmId)!;
    const waste = ctx.catalog.tintWasteFactor;
    areaLines(out, 'tint', film, waste, set, i, materialSlots(set, film), labour, rate);
  }
}

function pricedItem(
  out: QuoteLine[],
  category: QuoteCategory,
  item: { id: string; name: Localized; priceFen: number; installHours: number },
  rate: number,
  pkg?: string,
): number {
  out.push(quoteLine(category, 'price', item.id, item.name, item.priceFen, undefined, pkg));
  if (item.installHours <= 0) return item.priceFen;
  const l = labourOf(item, item.installHours, rate);
  out.push(quoteLine(category, 'labour', item.id, l.label, l.amountFen, undefined, pkg, undefined, l.basis));
  return item.priceFen + l.amountFen;
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
    const label = wording('names.bundleDiscount', { package: pkg.name });
    const basis = d.kind === 'percent' ? { percent: d.percent } : undefined;
    out.push(
      quoteLine('accessories', 'bundle-discount', pkg.id, label, -off, undefined, pkg.id, undefined, basis),
    );
  }
}
