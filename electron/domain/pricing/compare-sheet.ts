import type { Catalog } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import type { ZoneTable } from '../catalog/zones';
import { type Configuration, modelShaOf, vehicleIdOf } from '../configuration';
import { sameText } from '../messages/message';
import type { VehicleContext } from '../vehicle/context';
import { type Comparison, type ComparisonResult, compareResults } from './compare';
import { priceQuote } from './quote';

/** Prices both options on one date, each at its own store or else `store` (the machine's), and compares them. */
export function compareConfigurations(
  catalog: Catalog,
  a: Configuration,
  b: Configuration,
  options: {
    date: string;
    zones: ZoneTable;
    store: string;
    /** A side on a library car: its vehicle and zone table (`zones` is the launch EV's). */
    vehicles?: { a?: SideVehicle; b?: SideVehicle };
  },
): ComparisonResult {
  const side = (configuration: Configuration, v: SideVehicle | undefined) => ({
    configuration,
    result: priceQuote(catalog, configuration, {
      date: options.date,
      zones: v?.zones ?? options.zones,
      store: configuration.store ?? options.store,
      ...(v ? { vehicle: v.vehicle } : {}),
    }),
  });
  return compareResults(catalog, side(a, options.vehicles?.a), side(b, options.vehicles?.b));
}

/** The vehicle one side of a comparison is priced for, with its zone table. */
export interface SideVehicle {
  vehicle: VehicleContext;
  zones: ZoneTable;
}

/** One option as the printed comparison sheet heads it. */
export interface SheetOption {
  /** Vehicle name, its model hash when the configuration names one (the page shows it short), trim name. */
  vehicle: Localized;
  modelSha256?: string;
  /** Null for a service vehicle (no trim). */
  trim: Localized | null;
  /** Store the option was priced at. */
  store: Localized;
}

/** Everything the printed comparison sheet shows: the comparison plus the names around it. */
export interface ComparisonSheet {
  /** Pricing date of both options, YYYY-MM-DD. */
  date: string;
  /** The store handing out the sheet (the machine's), when the catalog knows it. */
  store: { id: string; name: Localized; city: Localized } | null;
  options: { a: SheetOption; b: SheetOption };
  comparison: Comparison;
}

const unknown = sameText;

/** Names the comparison's options and store for the printed sheet (pure: the catalog's names only). */
export function buildComparisonSheet(
  catalog: Catalog,
  input: {
    a: Configuration;
    b: Configuration;
    comparison: Comparison;
    date: string;
    store: string;
    /** Library cars the sides were priced for (names them). */
    vehicles?: { a?: VehicleContext; b?: VehicleContext };
  },
): ComparisonSheet {
  const storeOf = (id: string) => catalog.stores.find((s) => s.id === id);
  const option = (c: Configuration, pricedAt: string, v: VehicleContext | undefined): SheetOption => {
    const id = vehicleIdOf(c);
    const sha = modelShaOf(c);
    return {
      vehicle: v?.ref.id === id ? v.name : id === catalog.vehicle.id ? catalog.vehicle.name : unknown(id),
      ...(sha === undefined ? {} : { modelSha256: sha }),
      trim:
        c.trim === undefined ? null : (catalog.trims.find((t) => t.id === c.trim)?.name ?? unknown(c.trim)),
      store: storeOf(pricedAt)?.name ?? unknown(pricedAt),
    };
  };
  const here = storeOf(input.store);
  return {
    date: input.date,
    store: here ? { id: here.id, name: here.name, city: here.city } : null,
    options: {
      a: option(input.a, input.comparison.priced.a.store, input.vehicles?.a),
      b: option(input.b, input.comparison.priced.b.store, input.vehicles?.b),
    },
    comparison: input.comparison,
  };
}
