import { divHalfUp, divHalfUpBig, PERCENT_SCALE, toUnits } from './money';

/** The monthly annuity factor as an exact fraction, and its nearest double for the checked fast path. */
interface Factor {
  num: bigint;
  den: bigint;
  approx: number;
}

/** Monthly annuity factor r(1+r)^n / ((1+r)^n − 1) as an exact fraction, cached per APR and term. */
const factors = new Map<string, Factor>();

function annuityFactor(aprUnits: number, n: number): Factor {
  const key = `${aprUnits}/${n}`;
  let f = factors.get(key);
  if (!f) {
    // r = APR / 12 with APR = aprUnits / (100 × PERCENT_SCALE), so r = a / b:
    const a = BigInt(aprUnits);
    const b = BigInt(12 * 100 * PERCENT_SCALE);
    const grown = (b + a) ** BigInt(n);
    const num = a * grown;
    const den = b * (grown - b ** BigInt(n));
    // num / den to 30 decimals, then to a double: relative error below 2^-52.
    const scale = 10n ** 30n;
    f = { num, den, approx: Number((num * scale) / den) / 1e30 };
    factors.set(key, f);
  }
  return f;
}

/**
 * P × num / den rounded half-up, exactly. The double product P × approx is within a relative 2^-51 of the exact
 * value (factor and product each round once); when it sits further than a relative 10^-12 from a half fen the
 * exact value lies on the same side of it, so rounding the double gives the exact answer. Otherwise (about one
 * payment in a million), and for payments beyond 2^50 fen, the exact BigInt division decides.
 */
function paymentFen(principalFen: number, f: Factor): number {
  const x = principalFen * f.approx;
  if (x < 2 ** 50) {
    const r = x + 0.5;
    const down = Math.floor(r);
    const tolerance = x * 1e-12 + 1e-9;
    if (r - down > tolerance && down + 1 - r > tolerance) return down;
  }
  return Number(divHalfUpBig(BigInt(principalFen) * f.num, f.den));
}

/** Loan figures: payment, last payment and total interest, all integer fen. */
export interface Instalments {
  monthlyPaymentFen: number;
  lastPaymentFen: number;
  totalInterestFen: number;
}

/**
 * Instalments for principal P over n months at an APR in percent (≤ 2 decimals), PRODUCT §3:
 * payment = P·r / (1 − (1 + r)^−n), r = APR / 12, computed exactly and rounded half-up to the fen;
 * total interest = payment × n − P. At 0 % APR the payment is P / n rounded half-up and the last
 * instalment takes up the rounding, so the customer pays exactly P and the interest is exactly 0.
 */
export function instalments(principalFen: number, aprPercent: number, n: number): Instalments {
  if (principalFen === 0) return { monthlyPaymentFen: 0, lastPaymentFen: 0, totalInterestFen: 0 };
  const aprUnits = toUnits(aprPercent, PERCENT_SCALE);
  if (aprUnits === 0) {
    let monthlyPaymentFen = divHalfUp(principalFen, n);
    // Tiny principals (fewer fen than months) could round up past P; pay them off in whole fen instead.
    if (monthlyPaymentFen * (n - 1) > principalFen) monthlyPaymentFen = Math.floor(principalFen / n);
    return {
      monthlyPaymentFen,
      lastPaymentFen: principalFen - monthlyPaymentFen * (n - 1),
      totalInterestFen: 0,
    };
  }
  const monthlyPaymentFen = paymentFen(principalFen, annuityFactor(aprUnits, n));
  return {
    monthlyPaymentFen,
    lastPaymentFen: monthlyPaymentFen,
    totalInterestFen: monthlyPaymentFen * n - principalFen,
  };
}
