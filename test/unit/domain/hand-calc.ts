/**
 * Hand calculations of the reference quotes (configurations A and B of test/unit/cli/fixtures), written
 * independently of the pricing code: integer fen, half-up rounding, zone areas read straight from the car
 * model manifest (they are measured from the mesh, so they move when the default car is regenerated).
 */
import { readFileSync } from 'node:fs';
import { WRAP_ZONE_IDS } from '@domain/vocabulary';
import { MANIFEST_PATH } from './fixtures';

const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as {
  zones: { id: string; areaM2: number }[];
};

/** A zone's area in m² as the manifest states it (4 decimals). */
export function areaOf(zone: string): number {
  const z = manifest.zones.find((q) => q.id === zone);
  if (!z) throw new Error(`zone ${zone} is not in the manifest`);
  return z.areaM2;
}

/** a / b rounded half-up, for integers a ≥ 0, b > 0 below 2^53. */
export function halfUp(a: number, b: number): number {
  const q = Math.floor(a / b);
  return 2 * (a - q * b) >= b ? q + 1 : q;
}

/** Film for one zone: area × (1 + waste) × price per m², exact in 1/10,000 units, rounded half-up once. */
export const filmFen = (areaM2: number, waste: number, pricePerM2Fen: number): number =>
  halfUp(Math.round(areaM2 * 10_000) * Math.round((1 + waste) * 10_000) * pricePerM2Fen, 100_000_000);

/** Film for the given zones (each rounded where computed). */
export const filmsFen = (zones: string[], waste: number, pricePerM2Fen: number): number =>
  zones.reduce((s, z) => s + filmFen(areaOf(z), waste, pricePerM2Fen), 0);

/** Configuration A (Standard, gloss red + black roof two-tone, tint, roof box set, basic care, Xuhui). */
export function configA() {
  // 15 body zones in gloss red 24,650 fen/m², the two-tone preset's roof and mirrors in gloss black 22,850.
  const black = ['roof', 'mirror-left', 'mirror-right'];
  const red = WRAP_ZONE_IDS.filter((z) => !black.includes(z));
  const material = filmsFen(red, 0.15, 24_650) + filmsFen(black, 0.15, 22_850);
  const wrap = material + 392_400; // labour: 21.8 h × 18,000 fen
  const subtotals = {
    vehicle: 14_880_000,
    wrap,
    ppf: 0,
    tint: 151_836,
    wheels: 0,
    accessories: 714_000,
    maintenance: 128_000,
  };
  // Promotions: wrap launch 10 % (half-up), accessories threshold −50,000.
  const totalFen = Object.values(subtotals).reduce((s, x) => s + x, 0) - halfUp(wrap * 10, 100) - 50_000;
  // 0 % APR over 24 months, 30 % down: the payment is P / 24 half-up, the last one takes up the rounding.
  const downPaymentFen = halfUp(totalFen * 30, 100);
  const principalFen = totalFen - downPaymentFen;
  const monthlyPaymentFen = halfUp(principalFen, 24);
  return {
    material,
    subtotals,
    totalFen,
    onTheRoadFen: totalFen + 658_407,
    financing: {
      downPaymentFen,
      principalFen,
      monthlyPaymentFen,
      lastPaymentFen: principalFen - 23 * monthlyPaymentFen,
      totalInterestFen: 0,
    },
  };
}

/** Configuration B (Performance, battery subscription, full-front PPF, wheels, packages, VIP code, Nanshan). */
export function configB() {
  // PPF 52,800 fen/m², waste 0.12, labour at 16,550 fen/h: 2.0 + 1.5 + 2 × 1.0 + 2 × 0.5 + 1.2 = 7.7 h.
  const ppfZones = [
    'bumper-front',
    'hood',
    'fender-left',
    'fender-right',
    'mirror-left',
    'mirror-right',
    'pillars',
  ];
  const ppf = filmsFen(ppfZones, 0.12, 52_800) + 127_435;
  // vehicle 15,880,000; wheels 1,317,575; packages 194,300 + 386,685; maintenance 498,000; VIP −300,000.
  const totalFen = 15_880_000 + ppf + 1_317_575 + 194_300 + 386_685 + 498_000 - 300_000;
  // 3.99 % APR over 60 months, 20 % down: payment = P·r(1 + r)^n / ((1 + r)^n − 1), r = 0.0399 / 12, half-up.
  const principalFen = totalFen - halfUp(totalFen * 20, 100);
  const [a, b, n] = [399n, 120_000n, 60];
  const grown = (b + a) ** BigInt(n);
  const num = BigInt(principalFen) * a * grown * 2n;
  const den = b * (grown - b ** BigInt(n)) * 2n;
  const monthlyPaymentFen = Number((num + den / 2n) / den);
  return {
    ppf,
    totalFen,
    principalFen,
    monthlyPaymentFen,
    totalInterestFen: monthlyPaymentFen * n - principalFen,
  };
}
