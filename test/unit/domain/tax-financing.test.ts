import { messageText } from '@contract/i18n';
import { instalments } from '@domain/pricing/financing';
import { purchaseTaxEstimate } from '@domain/pricing/tax';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('purchase tax estimate (2026-2027 relief)', () => {
  it('below the cap: relief is half the full tax', () => {
    // 338,000 CNY: base 33,800,000 / 1.13 = 29,911,504.42 → 29,911,504; full 2,991,150.4 → 2,991,150;
    // half = 1,495,575 < 1,500,000 → relief 1,495,575; tax 1,495,575
    expect(purchaseTaxEstimate(33_800_000, '2026-11-22')).toMatchObject({
      status: 'estimated',
      baseFen: 29_911_504,
      fullTaxFen: 2_991_150,
      reliefFen: 1_495_575,
      taxFen: 1_495_575,
    });
  });

  it('exactly at the cap: 339,000 CNY gives full tax 30,000 CNY, relief 15,000 CNY', () => {
    // 33,900,000 / 1.13 = 30,000,000; full 3,000,000; half 1,500,000 = cap
    expect(purchaseTaxEstimate(33_900_000, '2027-12-31')).toMatchObject({
      fullTaxFen: 3_000_000,
      reliefFen: 1_500_000,
      taxFen: 1_500_000,
    });
  });

  it('above the cap: relief stops at 15,000 CNY', () => {
    // 500,000 CNY: 50,000,000 / 1.13 = 44,247,787.61 → 44,247,788; full 4,424,778.8 → 4,424,779;
    // half 2,212,389.5 → capped 1,500,000; tax 4,424,779 − 1,500,000 = 2,924,779
    expect(purchaseTaxEstimate(50_000_000, '2026-01-01')).toMatchObject({
      baseFen: 44_247_788,
      fullTaxFen: 4_424_779,
      reliefFen: 1_500_000,
      taxFen: 2_924_779,
    });
  });

  it('outside 2026-01-01..2027-12-31 no estimate is given, and it says why', () => {
    const r = purchaseTaxEstimate(14_880_000, '2028-01-01');
    expect(r.status).toBe('not-estimated');
    expect(r.status === 'not-estimated' && messageText(r.message)).toContain('2027-12-31');
    expect(purchaseTaxEstimate(14_880_000, '2025-12-31').status).toBe('not-estimated');
  });
});

describe('financing', () => {
  it('zero APR: P / n rounded half-up, last instalment absorbs rounding, no interest', () => {
    // 100,000 / 3 = 33,333.33 → 33,333; last 100,000 − 2 × 33,333 = 33,334
    expect(instalments(100_000, 0, 3)).toEqual({
      monthlyPaymentFen: 33_333,
      lastPaymentFen: 33_334,
      totalInterestFen: 0,
    });
    // 100,001 / 2 = 50,000.5 → 50,001 (half-up); last 50,000
    expect(instalments(100_001, 0, 2)).toEqual({
      monthlyPaymentFen: 50_001,
      lastPaymentFen: 50_000,
      totalInterestFen: 0,
    });
  });

  it('APR 3.99 % over 12 months on 100,000 CNY', () => {
    // r = 0.0399/12 = 0.003325; payment = 10,000,000 × r / (1 − 1.003325^−12) = 851,453.35… → 851,453
    // interest = 851,453 × 12 − 10,000,000 = 217,436
    expect(instalments(10_000_000, 3.99, 12)).toEqual({
      monthlyPaymentFen: 851_453,
      lastPaymentFen: 851_453,
      totalInterestFen: 217_436,
    });
  });

  it('nothing to finance gives zero payments', () => {
    expect(instalments(0, 3.99, 36)).toEqual({
      monthlyPaymentFen: 0,
      lastPaymentFen: 0,
      totalInterestFen: 0,
    });
  });

  it('an exact half fen rounds up (the double alone would sit on the boundary; the exact check decides)', () => {
    // APR 0.01 % for 1 month: payment = P × (1 + r) = 60,000 × 120,001 / 120,000 = 60,000.5 exactly → 60,001
    expect(instalments(60_000, 0.01, 1).monthlyPaymentFen).toBe(60_001);
    expect(instalments(180_000, 0.01, 1).monthlyPaymentFen).toBe(180_002); // 180,001.5 → 180,002
    // Exact halves where the double product falls just below the half (30,000.499999999996, …):
    expect(instalments(30_000, 0.02, 1).monthlyPaymentFen).toBe(30_001);
    expect(instalments(260_000, 0.03, 1).monthlyPaymentFen).toBe(260_007);
    expect(instalments(3_600_030_000, 0.02, 2).monthlyPaymentFen).toBe(1_800_060_001);
  });

  it('property: the payment equals the exact BigInt half-up value for any principal, APR and term', () => {
    const exact = (p: number, aprUnits: number, n: number) => {
      const a = BigInt(aprUnits);
      const b = 120_000n;
      const grown = (b + a) ** BigInt(n);
      const num = BigInt(p) * a * grown;
      const den = b * (grown - b ** BigInt(n));
      return Number((2n * num + den) / (2n * den));
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000_000 }),
        fc.integer({ min: 1, max: 3_000 }),
        fc.integer({ min: 1, max: 96 }),
        (p, aprUnits, n) => {
          expect(instalments(p, aprUnits / 100, n).monthlyPaymentFen).toBe(exact(p, aprUnits, n));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
