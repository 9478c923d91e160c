import type { Catalog } from '../catalog/catalog';
import type { Localized } from '../catalog/common';
import type { Configuration } from '../configuration';
import { sameText } from '../messages/message';
import { wording } from '../messages/wording';
import type { Quote, QuoteLine, QuoteResult } from './types';

/**
 * Rows of an A/B comparison, in the order a salesperson walks a customer through them. Every priced line of a
 * quote falls in exactly one row (promotion discounts in `promotions`), so the rows add up to the order total.
 */
export const COMPARE_ROWS = [
  'trim',
  'wrap',
  'ppf',
  'tint',
  'wheels',
  'trimPieces',
  'accessories',
  'maintenance',
  'promotions',
] as const;

/** One row of the comparison table. */
export type CompareRowId = (typeof COMPARE_ROWS)[number];

/** Figures shown beside the total, never part of it: tax estimate, on-the-road, monthly payments, deposit. */
export const COMPARE_FIGURES = [
  'purchaseTax',
  'onTheRoad',
  'financingMonthly',
  'batteryMonthly',
  'deposit',
] as const;

/** Figures that are estimates: always shown, and on a side without one (null) they say "no estimate", not "—". */
export const ESTIMATE_FIGURES: readonly CompareFigureId[] = ['purchaseTax', 'onTheRoad'];

/** One informational figure of the comparison. */
export type CompareFigureId = (typeof COMPARE_FIGURES)[number];

/** A configuration and its quote: one side of the comparison. */
export interface PricedSide {
  configuration: Configuration;
  quote: Quote;
}

/** One thing chosen on a side (a trim, a film with how many zones it covers, an applied promotion). */
export interface CompareChoice {
  item: string;
  name: Localized;
  /** Zones or window sets the film covers. */
  count?: number;
  /** Discount of an applied promotion (fen, positive). */
  amountFen?: number;
}

/** One side of a row: what was chosen and what it costs (integer fen, promotions negative). */
export interface CompareCell {
  choices: CompareChoice[];
  amountFen: number;
}

/** One row: both sides and B − A. */
export interface CompareRow {
  id: CompareRowId;
  a: CompareCell;
  b: CompareCell;
  differenceFen: number;
  /** Same choices and same amount on both sides. */
  same: boolean;
}

/** One informational figure: null on a side that has none (no financing, battery bought, no tax estimate). */
export interface CompareFigure {
  id: CompareFigureId;
  aFen: number | null;
  bFen: number | null;
  /** B − A when both sides have the figure, else null. */
  differenceFen: number | null;
}

/** The whole comparison: rows that add up to each side's order total, the totals and the figures beside them. */
export interface Comparison {
  rows: CompareRow[];
  total: { aFen: number; bFen: number; differenceFen: number };
  figures: CompareFigure[];
  /** Price-list version, date and store of each side's quote. */
  priced: { a: QuoteStamp; b: QuoteStamp };
}

/** Where and when a side was priced. */
export interface QuoteStamp {
  priceListVersion: string;
  date: string;
  store: string;
}

/** A comparison, or why it could not be made (either side's quote refused, with the reasons). */
export type ComparisonResult =
  | { ok: true; comparison: Comparison }
  | {
      ok: false;
      refused: {
        a?: Extract<QuoteResult, { ok: false }>['reasons'];
        b?: Extract<QuoteResult, { ok: false }>['reasons'];
      };
    };

const BATTERY_NAMES: Record<NonNullable<Configuration['battery']>, Localized> = {
  buy: wording('names.batteryBought'),
  subscribe: wording('names.batterySubscription'),
};

function nameOf(catalog: Catalog, id: string): Localized {
  return catalog.index.get(id)?.item.name ?? sameText(id);
}

/** The row a priced line belongs to; trim pieces are split out of the wheels category. */
function rowOf(line: QuoteLine, trimPieces: ReadonlySet<string>): CompareRowId {
  if (line.kind === 'discount') return 'promotions';
  switch (line.category) {
    case 'vehicle':
      return 'trim';
    case 'wheels':
      return trimPieces.has(line.item) ? 'trimPieces' : 'wheels';
    case 'order':
      return 'promotions';
    default:
      return line.category;
  }
}

/** Films (or tint films) in line order with how many zones they cover. */
function areaChoices(catalog: Catalog, lines: readonly QuoteLine[], category: QuoteLine['category']) {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.category === category && l.kind === 'material') counts.set(l.item, (counts.get(l.item) ?? 0) + 1);
  }
  return [...counts].map(([item, count]) => ({ item, name: nameOf(catalog, item), count }));
}

function named(catalog: Catalog, ids: readonly (string | undefined)[]): CompareChoice[] {
  return ids
    .filter((id): id is string => id !== undefined)
    .map((item) => ({ item, name: nameOf(catalog, item) }));
}

/** What a side chose in each row, by catalog name. */
function choicesOf(catalog: Catalog, side: PricedSide): Record<CompareRowId, CompareChoice[]> {
  const { configuration: c, quote } = side;
  const trim = catalog.trims.find((t) => t.id === c.trim);
  const promotions = quote.promotions.applied.map((p) => ({
    item: p.promotion,
    name: nameOf(catalog, p.promotion),
    amountFen: p.amountFen,
  }));
  return {
    // A service vehicle has neither trim nor battery: its trim row is empty (and zero).
    trim: [
      ...named(catalog, [c.trim]),
      ...(c.battery === undefined ? [] : [{ item: c.battery, name: BATTERY_NAMES[c.battery] }]),
    ],
    wrap: [...named(catalog, [c.wrap?.twoTone]), ...areaChoices(catalog, quote.lines, 'wrap')],
    ppf: named(catalog, [c.ppf]),
    tint: areaChoices(catalog, quote.lines, 'tint'),
    wheels: named(catalog, [c.wheel ?? trim?.defaultWheel, c.caliper ?? trim?.defaultCaliper]),
    trimPieces: named(catalog, c.trimPieces ?? []),
    accessories: named(catalog, [...(c.accessoryPackages ?? []), ...(c.accessories ?? [])]),
    maintenance: named(catalog, [c.maintenance]),
    promotions,
  };
}

/** Row amounts of a side: the sum of its lines in each row (integer fen; they add up to the order total). */
function amountsOf(side: PricedSide): Record<CompareRowId, number> {
  const out = Object.fromEntries(COMPARE_ROWS.map((r) => [r, 0])) as Record<CompareRowId, number>;
  const trimPieces = new Set(side.configuration.trimPieces ?? []);
  for (const line of side.quote.lines) out[rowOf(line, trimPieces)] += line.amountFen;
  return out;
}

function sameChoices(a: readonly CompareChoice[], b: readonly CompareChoice[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => x.item === b[i]!.item && x.count === b[i]!.count && x.amountFen === b[i]!.amountFen)
  );
}

function figureValues(q: Quote): Record<CompareFigureId, number | null> {
  return {
    purchaseTax: q.purchaseTax.status === 'estimated' ? q.purchaseTax.taxFen : null,
    onTheRoad: q.onTheRoadFen,
    financingMonthly: q.financing ? q.financing.monthlyPaymentFen : null,
    batteryMonthly: q.battery?.monthlyFeeFen ?? null,
    deposit: q.depositFen,
  };
}

const stamp = (q: Quote): QuoteStamp => ({
  priceListVersion: q.priceListVersion,
  date: q.date,
  store: q.store,
});

/**
 * Compares two priced configurations row by row: each side's choices and amount, and B − A. Pure integer fen:
 * each side's rows add up to its order total (after promotions; the purchase tax estimate stays beside it, as
 * on the quote), so the row differences add up to the total difference.
 */
export function compareQuotes(catalog: Catalog, a: PricedSide, b: PricedSide): Comparison {
  const [choicesA, choicesB] = [choicesOf(catalog, a), choicesOf(catalog, b)];
  const [amountsA, amountsB] = [amountsOf(a), amountsOf(b)];
  const rows = COMPARE_ROWS.map((id): CompareRow => {
    const cellA = { choices: choicesA[id], amountFen: amountsA[id] };
    const cellB = { choices: choicesB[id], amountFen: amountsB[id] };
    return {
      id,
      a: cellA,
      b: cellB,
      differenceFen: cellB.amountFen - cellA.amountFen,
      same: cellA.amountFen === cellB.amountFen && sameChoices(cellA.choices, cellB.choices),
    };
  });
  const [figA, figB] = [figureValues(a.quote), figureValues(b.quote)];
  const figures = COMPARE_FIGURES.map((id): CompareFigure => {
    const aFen = figA[id];
    const bFen = figB[id];
    return { id, aFen, bFen, differenceFen: aFen !== null && bFen !== null ? bFen - aFen : null };
  });
  return {
    rows,
    total: {
      aFen: a.quote.totalFen,
      bFen: b.quote.totalFen,
      differenceFen: b.quote.totalFen - a.quote.totalFen,
    },
    figures,
    priced: { a: stamp(a.quote), b: stamp(b.quote) },
  };
}

/** Compares two quote results: refused when either side's quote was refused (with that side's reasons). */
export function compareResults(
  catalog: Catalog,
  a: { configuration: Configuration; result: QuoteResult },
  b: { configuration: Configuration; result: QuoteResult },
): ComparisonResult {
  if (!a.result.ok || !b.result.ok) {
    return {
      ok: false,
      refused: {
        ...(a.result.ok ? {} : { a: a.result.reasons }),
        ...(b.result.ok ? {} : { b: b.result.reasons }),
      },
    };
  }
  return {
    ok: true,
    comparison: compareQuotes(
      catalog,
      { configuration: a.configuration, quote: a.result.quote },
      { configuration: b.configuration, quote: b.result.quote },
    ),
  };
}
