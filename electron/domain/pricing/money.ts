/**
 * Exact money arithmetic in integer fen. Decimal inputs (areas, hours, rates) are scaled to integers
 * first, so a product like area × (1 + waste) × price is an exact fraction that rounds half-up once.
 */

/** Scale of area values: m² with at most 4 decimals. */
export const AREA_SCALE = 10_000;
/** Scale of hours: at most 2 decimals. */
export const HOURS_SCALE = 100;
/** Scale of factors (waste factor): at most 4 decimals. */
export const FACTOR_SCALE = 10_000;
/** Scale of percentages (APR, discount percent): at most 2 decimals. */
export const PERCENT_SCALE = 100;

/** Converts a decimal with at most log10(scale) places into exact integer units of 1/scale. */
export function toUnits(value: number, scale: number): number {
  return Math.round(value * scale);
}

/** num / den rounded half-up (away from zero at exactly .5) for num ≥ 0, den > 0; exact. */
export function divHalfUp(num: number, den: number): number {
  if (num <= Number.MAX_SAFE_INTEGER / 2 && den <= Number.MAX_SAFE_INTEGER / 2) {
    const twice = 2 * num + den;
    const twiceDen = 2 * den;
    let q = Math.floor(twice / twiceDen);
    const r = twice - q * twiceDen;
    if (r < 0) q -= 1;
    else if (r >= twiceDen) q += 1;
    return q;
  }
  return Number(divHalfUpBig(BigInt(num), BigInt(den)));
}

/** BigInt num / den rounded half-up for num ≥ 0, den > 0. */
export function divHalfUpBig(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

/** Product of non-negative integer factors divided by den, rounded half-up; exact for any size. */
export function mulDivHalfUp(factors: readonly number[], den: number): number {
  let product = 1;
  for (const f of factors) product *= f;
  if (product <= Number.MAX_SAFE_INTEGER / 2) return divHalfUp(product, den);
  let big = 1n;
  for (const f of factors) big *= BigInt(f);
  return Number(divHalfUpBig(big, BigInt(den)));
}

/** a × b / den rounded half-up, exact (non-negative integers); no allocation on the fast path. */
export function mul2DivHalfUp(a: number, b: number, den: number): number {
  const p = a * b;
  return p <= Number.MAX_SAFE_INTEGER / 2
    ? divHalfUp(p, den)
    : Number(divHalfUpBig(BigInt(a) * BigInt(b), BigInt(den)));
}

/** a × b × c / den rounded half-up, exact (non-negative integers); no allocation on the fast path. */
export function mul3DivHalfUp(a: number, b: number, c: number, den: number): number {
  const p = a * b * c;
  return p <= Number.MAX_SAFE_INTEGER / 2
    ? divHalfUp(p, den)
    : Number(divHalfUpBig(BigInt(a) * BigInt(b) * BigInt(c), BigInt(den)));
}

/**
 * Formats fen as yuan for people, the one money format of the app (screen, printed quotes and sheets,
 * CLI messages, notices; zh and en alike): ¥12,345.05, negatives with a true minus sign (−¥0.50).
 * Integer arithmetic only; never feed the result back into a calculation.
 */
export function formatCny(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatCny: expected whole fen, got ${fen}`);
  const sign = fen < 0 ? '\u2212' : '';
  const abs = Math.abs(fen);
  let yuan = String(Math.floor(abs / 100));
  for (let at = yuan.length - 3; at > 0; at -= 3) yuan = `${yuan.slice(0, at)},${yuan.slice(at)}`;
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** Formats a difference in fen with its sign: +¥1,200.00, −¥300.00, ¥0.00. */
export function formatCnyChange(fen: number): string {
  return fen > 0 ? `+${formatCny(fen)}` : formatCny(fen);
}
