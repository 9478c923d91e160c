import { labourFen, materialFen } from '@domain/pricing/lines';
import { divHalfUp, formatCny, formatCnyChange, mul3DivHalfUp, mulDivHalfUp } from '@domain/pricing/money';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Reference: exact rational half-up with BigInt only. */
function ref(num: bigint, den: bigint): bigint {
  const q = num / den;
  return (num % den) * 2n >= den ? q + 1n : q;
}

describe('money', () => {
  it('rounds exactly half a fen up, and just below half down', () => {
    expect(divHalfUp(5, 10)).toBe(1); // 0.5 → 1
    expect(divHalfUp(4, 10)).toBe(0); // 0.4 → 0
    expect(divHalfUp(25, 10)).toBe(3); // 2.5 → 3 (half-up, not banker's 2)
    expect(divHalfUp(4_999_999, 10_000_000)).toBe(0);
  });

  it('material at exactly .5 fen rounds up: 0.0001 m² × 1.0 × 5000 fen = 0.5 fen → 1 fen', () => {
    // areaUnits 1 × (10000 + 0) × 5000 / 1e8 = 0.5
    expect(materialFen(0.0001, 0, 5000)).toBe(1);
    // 1.13 m² × 1.15 × 1000 fen = 1299.5 exactly → 1300; naive floating point gives 1299.4999999999998 → 1299
    expect(1.13 * 1.15 * 1000).toBeLessThan(1299.5);
    expect(materialFen(1.13, 0.15, 1000)).toBe(1300);
    // 0.3 m² × 1.15 × 1 fen = 0.345 → 0; 0.5 h × 1 fen = 0.5 → 1
    expect(materialFen(0.3, 0.15, 1)).toBe(0);
    expect(labourFen(0.5, 1)).toBe(1);
  });

  it('property: area × (1 + waste) × price matches exact BigInt half-up, also on .5 cases', () => {
    const units = fc.record({
      area: fc.integer({ min: 1, max: 200_000 }),
      waste: fc.integer({ min: 0, max: 10_000 }),
      price: fc.integer({ min: 0, max: 5_000_000 }),
    });
    fc.assert(
      fc.property(units, ({ area, waste, price }) => {
        const expected = ref(BigInt(area) * BigInt(10_000 + waste) * BigInt(price), 100_000_000n);
        expect(materialFen(area / 10_000, waste / 10_000, price)).toBe(Number(expected));
      }),
      { numRuns: 3000 },
    );
    // Constructed exact halves: area × factor × price ≡ 0.5e8 (mod 1e8).
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 20_000 }), (k, area) => {
        // price = (k × 1e8 + 5e7) / (area × 10000) is rarely an integer; instead fix factor 1 and price 5000×odd
        const price = 5_000 * (2 * (k % 1000) + 1);
        const exact = BigInt(area) * 10_000n * BigInt(price);
        expect(mul3DivHalfUp(area, 10_000, price, 100_000_000)).toBe(Number(ref(exact, 100_000_000n)));
      }),
    );
  });

  it('switches to BigInt beyond 2^53 without losing the fen', () => {
    const big = [987_654_321, 123_456_789, 1_000_001];
    const exact = ref(987_654_321n * 123_456_789n * 1_000_001n, 7n);
    expect(mulDivHalfUp(big, 7)).toBe(Number(exact));
  });

  it('formats fen as CNY for people', () => {
    expect(formatCny(1234505)).toBe('¥12,345.05');
    expect(formatCny(-50)).toBe('−¥0.50');
    expect(formatCny(-50).codePointAt(0)).toBe(0x2212);
    expect(formatCny(0)).toBe('¥0.00');
    expect(formatCny(-0)).toBe('¥0.00');
    expect(formatCny(7)).toBe('¥0.07');
    expect(formatCny(123_456_789_012_34)).toBe('¥123,456,789,012.34');
  });

  it('prints what the screen printed before (Intl, zh-CN and en) for every amount up to ¥10 billion', () => {
    const screen = ['zh-CN', 'en'].map(
      (l) =>
        new Intl.NumberFormat(l, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (fen) => {
        for (const f of screen) expect(formatCny(fen)).toBe(f.format(fen / 100));
      }),
      { numRuns: 2000 },
    );
  });

  it('signs differences and refuses amounts that are not whole fen', () => {
    expect(formatCnyChange(120_000)).toBe('+¥1,200.00');
    expect(formatCnyChange(-30_000)).toBe('−¥300.00');
    expect(formatCnyChange(0)).toBe('¥0.00');
    for (const bad of [0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])
      expect(() => formatCny(bad)).toThrow(`formatCny: expected whole fen, got ${bad}`);
  });
});
