import type { Localized } from '../catalog/common';
import type { ZoneTable } from '../catalog/zones';
import type { QuoteCategory } from '../categories';
import { wording } from '../messages/wording';
import { quoteLine } from './line';
import { AREA_SCALE, FACTOR_SCALE, HOURS_SCALE, mul2DivHalfUp, mul3DivHalfUp, toUnits } from './money';
import type { QuoteLine } from './types';

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

/** Something priced by area and fitting hours: a zone of the car, or a window set. */
export type Place = { id: string; name: Localized; areaM2: number; labourHours: number };
/** A film or PPF package: priced per m². */
export type AreaItem = { id: string; name: Localized; pricePerM2Fen: number };
/** A priced amount with its label and basis, shared (frozen) by every quote that uses it. */
export type Priced = Readonly<{
  amountFen: number;
  label: Localized;
  basis: NonNullable<QuoteLine['basis']>;
}>;

const LABOUR: Localized = Object.freeze(wording('names.labour'));

/**
 * Places priced together, in order (the zone table's zones, a PPF package's zones, the window sets), with
 * amounts cached by position: material per item, labour per rate. A quote looks each up once per item or
 * rate, not once per zone. Amounts are pure functions of catalog data; shared labels and bases are frozen.
 */
export interface PlaceSet {
  places: readonly Place[];
  material: WeakMap<object, (Priced | undefined)[]>;
  labour: Map<number, (Priced | undefined)[]>;
}

function placeSet(places: readonly Place[]): PlaceSet {
  return { places, material: new WeakMap(), labour: new Map() };
}

const zoneSets = new WeakMap<ZoneTable, PlaceSet>();
const ppfSets = new WeakMap<object, WeakMap<ZoneTable, PlaceSet>>();
const windowSets = new WeakMap<readonly Place[], PlaceSet>();

/** Every zone of a zone table, in table order. */
export function zoneSet(table: ZoneTable): PlaceSet {
  let set = zoneSets.get(table);
  if (!set) {
    set = placeSet([...table.zones.values()]);
    zoneSets.set(table, set);
  }
  return set;
}

/** A PPF package's zones in a zone table, in the package's order (every zone must be in the table). */
export function ppfSet(ppf: { zones: readonly string[] }, table: ZoneTable): PlaceSet {
  let byTable = ppfSets.get(ppf);
  if (!byTable) {
    byTable = new WeakMap();
    ppfSets.set(ppf, byTable);
  }
  let set = byTable.get(table);
  if (!set) {
    set = placeSet(ppf.zones.map((z) => table.zones.get(z)!));
    byTable.set(table, set);
  }
  return set;
}

const servicePpfSets = new WeakMap<ZoneTable, Map<number, PlaceSet>>();
const serviceWindowSets = new WeakMap<object, Map<number, PlaceSet>>();

/** A service vehicle's full-body PPF: its body zones (area as measured) at the body style's PPF hours. */
export function servicePpfSet(table: ZoneTable, hours: number): PlaceSet {
  let byHours = servicePpfSets.get(table);
  if (!byHours) {
    byHours = new Map();
    servicePpfSets.set(table, byHours);
  }
  let set = byHours.get(hours);
  if (!set) {
    const body = [...table.zones.values()].filter((z) => z.body);
    const hoursEach =
      body.length === 1
        ? [hours]
        : spread(
            hours,
            body.map((z) => z.areaM2),
          );
    set = placeSet(body.map((z, i) => ({ ...z, labourHours: hoursEach[i]! })));
    byHours.set(hours, set);
  }
  return set;
}

/** Hours shared out by area, to 0.01 h, the last place taking the remainder. */
function spread(hours: number, areas: readonly number[]): number[] {
  const total = areas.reduce((a, b) => a + b, 0);
  const out = areas.map((a) => Math.round((hours * a * 100) / total) / 100);
  out[out.length - 1] = Math.round((hours - out.slice(0, -1).reduce((a, b) => a + b, 0)) * 100) / 100;
  return out;
}

/**
 * A service vehicle's window sets: the catalog's sets it has a measured area for (its own figures), in
 * catalog order, each at the body style's tint hours per window set.
 */
export function serviceWindowSet(
  sets: readonly Place[],
  vehicle: { windowAreasM2?: Readonly<Record<string, number>> },
  hoursPerSet: number,
): PlaceSet {
  let byHours = serviceWindowSets.get(vehicle);
  if (!byHours) {
    byHours = new Map();
    serviceWindowSets.set(vehicle, byHours);
  }
  let set = byHours.get(hoursPerSet);
  if (!set) {
    const areas = vehicle.windowAreasM2 ?? {};
    set = placeSet(
      sets
        .filter((w) => areas[w.id] !== undefined)
        .map((w) => ({ id: w.id, name: w.name, areaM2: areas[w.id]!, labourHours: hoursPerSet })),
    );
    byHours.set(hoursPerSet, set);
  }
  return set;
}

/** The catalog's window sets, in catalog order. */
export function windowSetSet(sets: readonly Place[]): PlaceSet {
  let set = windowSets.get(sets);
  if (!set) {
    set = placeSet(sets);
    windowSets.set(sets, set);
  }
  return set;
}

/** The material slots of `item` on a place set (filled as places are priced). */
export function materialSlots(set: PlaceSet, item: AreaItem): (Priced | undefined)[] {
  let slots = set.material.get(item);
  if (!slots) {
    slots = new Array(set.places.length).fill(undefined);
    set.material.set(item, slots);
  }
  return slots;
}

/** The labour slots of a place set at a labour rate (filled as places are priced). */
export function labourSlots(set: PlaceSet, rate: number): (Priced | undefined)[] {
  let slots = set.labour.get(rate);
  if (!slots) {
    slots = new Array(set.places.length).fill(undefined);
    set.labour.set(rate, slots);
  }
  return slots;
}

/**
 * The material and (when the place has fitting hours) labour lines of `item` on place `i` of a set, from the
 * slots `materialSlots` and `labourSlots` gave for it.
 */
export function areaLines(
  out: QuoteLine[],
  category: QuoteCategory,
  item: AreaItem,
  waste: number,
  set: PlaceSet,
  i: number,
  material: (Priced | undefined)[],
  labour: (Priced | undefined)[],
  rate: number,
): void {
  const place = set.places[i]!;
  let m = material[i];
  if (m === undefined) {
    m = materialOn(item, waste, place);
    material[i] = m;
  }
  out.push(
    quoteLine(category, 'material', item.id, m.label, m.amountFen, place.id, undefined, undefined, m.basis),
  );
  if (place.labourHours <= 0) return;
  let l = labour[i];
  if (l === undefined) {
    l = labourPriced(place.labourHours, rate);
    labour[i] = l;
  }
  out.push(
    quoteLine(category, 'labour', item.id, l.label, l.amountFen, place.id, undefined, undefined, l.basis),
  );
}

function materialOn(item: AreaItem, waste: number, place: Place): Priced {
  return Object.freeze({
    amountFen: materialFen(place.areaM2, waste, item.pricePerM2Fen),
    label: Object.freeze(wording('names.onZone', { name: item.name, zone: place.name })),
    basis: Object.freeze({ areaM2: place.areaM2, wasteFactor: waste, pricePerM2Fen: item.pricePerM2Fen }),
  });
}

/** Fitting labour of `hours` at `rate`, as a shared priced amount. */
export function labourPriced(hours: number, rate: number): Priced {
  return Object.freeze({
    amountFen: labourFen(hours, rate),
    label: LABOUR,
    basis: Object.freeze({ hours, ratePerHourFen: rate }),
  });
}
