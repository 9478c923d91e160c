/**
 * Quote benchmark: prices 100,000 random valid configurations from the default catalog and reports the
 * median microseconds per quote (budget 20 µs). Part of `npm run bench`; run alone with
 * `npx tsx test/bench/quote.ts`.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { loadCatalog, loadZoneTable } from '../../electron/domain/catalog/load';
import { priceQuote } from '../../electron/domain/pricing/quote';
import { validConfigurationArbitrary } from '../../electron/domain/testing/arbitrary';

const QUOTES = 100_000;
const BATCH = 100;
const BUDGET_US = 20;
const DATE = '2026-11-22';

/** Runs the benchmark and returns one result row per measured figure. */
export async function benchQuote(): Promise<
  { name: string; value: number; unit: string; budget: number; pass: boolean }[]
> {
  const catalog = await loadCatalog('assets/catalog');
  if (!catalog.ok) throw new Error(`default catalog invalid: ${catalog.errors[0]?.message}`);
  const zones = await loadZoneTable('assets/catalog');
  if (!zones.ok) throw new Error(`zone table invalid: ${zones.errors[0]?.message}`);
  const configurations = fc.sample(
    validConfigurationArbitrary(catalog.catalog, { zones: zones.zones, date: DATE }),
    {
      numRuns: QUOTES,
      seed: 20261122,
    },
  );
  const options = { date: DATE, zones: zones.zones };
  for (let i = 0; i < 2_000; i++)
    priceQuote(catalog.catalog, configurations[i % configurations.length]!, options);
  // Time batches of quotes (single quotes are below the timer's resolution) and take the median batch.
  const perQuote: number[] = [];
  let refused = 0;
  for (let start = 0; start < configurations.length; start += BATCH) {
    const t0 = performance.now();
    for (let i = start; i < start + BATCH && i < configurations.length; i++) {
      if (!priceQuote(catalog.catalog, configurations[i]!, options).ok) refused++;
    }
    perQuote.push(((performance.now() - t0) * 1000) / BATCH);
  }
  if (refused > 0)
    throw new Error(
      `${refused} generated configurations were refused; the generator must produce valid ones`,
    );
  perQuote.sort((a, b) => a - b);
  const median = perQuote[Math.floor(perQuote.length / 2)]!;
  const value = Math.round(median * 100) / 100;
  return [
    {
      name: 'quote median (100,000 configurations)',
      value,
      unit: 'µs/quote',
      budget: BUDGET_US,
      pass: value <= BUDGET_US,
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const rows = await benchQuote();
  for (const r of rows) {
    console.log(`${r.name}: ${r.value} ${r.unit} (budget ${r.budget}) ${r.pass ? 'PASS' : 'FAIL'}`);
  }
  console.log(`(total ${((performance.now() - t0) / 1000).toFixed(1)} s including generation)`);
  if (rows.some((r) => !r.pass)) process.exitCode = 1;
}
