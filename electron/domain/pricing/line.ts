import type { Localized } from '../catalog/common';
import type { LineKind, QuoteLine } from './types';

/**
 * Makes a quote line. Every line of every quote is made here with the same fields in the same order (absent
 * ones undefined, which JSON leaves out), so V8 gives all lines one hidden class and the loops over a quote's
 * ~50 lines stay monomorphic; lines of eight different shapes made every such loop megamorphic.
 */
export function quoteLine(
  category: QuoteLine['category'],
  kind: LineKind,
  item: string,
  label: Localized,
  amountFen: number,
  zone?: string,
  pkg?: string,
  promotion?: string,
  basis?: QuoteLine['basis'],
): QuoteLine {
  return { category, kind, item, label, amountFen, zone, package: pkg, promotion, basis };
}

/** Sum of the amounts of `lines` from index `from` on (the lines one builder just added). */
export function sumFrom(lines: readonly QuoteLine[], from: number): number {
  let sum = 0;
  for (let i = from; i < lines.length; i++) sum += lines[i]!.amountFen;
  return sum;
}
