import { z } from 'zod';
import { says } from './problems';

/** Ids are kebab-case so they read the same in JSON, code, URLs and work orders. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: says('catalog.schema.id'),
});

/** Text a customer sees, in both shipped languages. */
export const Localized = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/** A localized text. */
export type Localized = z.infer<typeof Localized>;

/** Largest amount the catalog accepts (1 billion CNY): keeps every product of fen exact. */
export const MAX_FEN = 100_000_000_000;

/** An amount of money in integer fen (1 CNY = 100 fen); never negative in the catalog. */
export const Fen = z
  .number({ error: says('catalog.schema.fenType') })
  .refine(Number.isInteger, {
    error: says('catalog.schema.fenWhole'),
  })
  .refine((n) => n >= 0, { error: says('catalog.schema.fenNegative') })
  .refine((n) => n <= MAX_FEN, { error: says('catalog.schema.fenTooLarge', { max: MAX_FEN }) });

/** Number of decimal places in the shortest decimal spelling of n (Infinity for exponent forms). */
export function decimalPlaces(n: number): number {
  const s = String(n);
  if (s.includes('e')) return Number.POSITIVE_INFINITY;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** A non-negative decimal with at most `places` decimals, so it scales to an exact integer. */
export function decimal(places: number, max: number) {
  return z
    .number({ error: says('catalog.schema.number') })
    .refine((n) => n >= 0, { error: says('catalog.schema.notNegative') })
    .refine((n) => n <= max, { error: says('catalog.schema.atMost', { max }) })
    .refine((n) => decimalPlaces(n) <= places, {
      error: says('catalog.schema.decimals', { places }),
    });
}

/** A calendar date written YYYY-MM-DD (compared as strings). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: says('catalog.schema.date') })
  .refine(isCalendarDate, { error: says('catalog.schema.calendarDate') });

/** True when s is YYYY-MM-DD and names a day that exists. */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Optional availability window carried by anything a customer can choose. */
export const Availability = {
  availableFrom: IsoDate.optional(),
  availableTo: IsoDate.optional(),
};
