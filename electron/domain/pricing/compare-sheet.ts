import type { Catalog } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import type { ZoneTable } from '../catalog/zones';
import type { Configuration } from '../configuration';
import { sameText } from '../messages/message';
import { type Comparison, type ComparisonResult, compareResults } from './compare';
import { priceQuote } from './quote';

/** Prices both options on one date, each at its own store or else `store` (the machine's), and compares them. */
export function compareConfigurations(
  catalog: Catalog,
  a: Configuration,
  b: Configuration,
  options: { date: string; zones: ZoneTable; store: string },
): ComparisonResult {
  const side = (configuration: Configuration) => ({
    configuration,
    result: priceQuote(catalog, configuration, {
      date: options.date,
      zones: options.zones,
      store: configuration.store ?? options.store,
    }),
  });
  return compareResults(catalog, side(a), side(b));
}

/** One option as the printed comparison sheet heads it. */
export interface SheetOption {
  /** Vehicle and trim names. */
  vehicle: Localized;
  trim: Localized;
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
  input: { a: Configuration; b: Configuration; comparison: Comparison; date: string; store: string },
): ComparisonSheet {
  const storeOf = (id: string) => catalog.stores.find((s) => s.id === id);
  const option = (c: Configuration, pricedAt: string): SheetOption => ({
    vehicle: c.vehicle === catalog.vehicle.id ? catalog.vehicle.name : unknown(c.vehicle),
    trim: catalog.trims.find((t) => t.id === c.trim)?.name ?? unknown(c.trim),
    store: storeOf(pricedAt)?.name ?? unknown(pricedAt),
  });
  const here = storeOf(input.store);
  return {
    date: input.date,
    store: here ? { id: here.id, name: here.name, city: here.city } : null,
    options: {
      a: option(input.a, input.comparison.priced.a.store),
      b: option(input.b, input.comparison.priced.b.store),
    },
    comparison: input.comparison,
  };
}
