import { divHalfUp, divHalfUpBig, PERCENT_SCALE, toUnits } from './money';

/** Monthly annuity factor r(1+r)^n / ((1+r)^n − 1) as an exact fraction, cached per APR and term. */
const factors = new Map<string, { num: bigint; den: bigint }>();

function annuityFactor(aprUnits: number, n: number): { num: bigint; den: bigint } {
  const key = `${aprUnits}/${n}`;
  let f = factors.get(key);
  if (!f) {
    // r = APR / 12 with APR = aprUnits / (100 × PERCENT_SCALE), so r = a / b:
    const a = BigInt(aprUnits);
    const b = BigInt(12 * 100 * PERCENT_SCALE);
    const grown = (b + a) ** BigInt(n);
    f = { num: a * grown, den: b * (grown - b ** BigInt(n)) };
    factors.set(key, f);
  }
  return f;
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
  const f = annuityFactor(aprUnits, n);
  const monthlyPaymentFen = Number(divHalfUpBig(BigInt(principalFen) * f.num, f.den));
  return {
    monthlyPaymentFen,
    lastPaymentFen: monthlyPaymentFen,
    totalInterestFen: monthlyPaymentFen * n - principalFen,
  };
}
