/**
 * `npm run bench`: builds the app, runs every benchmark, prints a table and writes
 * bench-results/bench-<time>.json (and latest.json). `npm run bench -- --only scene,soak` runs only the
 * modules whose file names (without .ts; `bundle` for the bundle size) contain one of the given words. Timings are ratios against references measured in
 * the same run where the issue asks for ratios; budgets live here, not in tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchBundle } from './bundle';
import type { BenchRow } from './row';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Benchmarks that use no browser; they run before the ones that start Chromium. */
const CPU_ONLY = ['quote.ts', 'model.ts', 'drafts-list.ts', 'zones.ts'];

/** Each benchmark module exports async functions named bench* that return rows. */
type BenchModule = Record<string, unknown>;

/** The words after `--only` (comma-separated, or repeated), or null for every benchmark. */
function onlyFilter(argv: readonly string[]): string[] | null {
  const { values } = parseArgs({ args: [...argv], options: { only: { type: 'string', multiple: true } } });
  const words = (values.only ?? []).flatMap((w) => w.split(',')).map((w) => w.trim());
  return words.some(Boolean) ? words.filter(Boolean) : null;
}

async function main(): Promise<void> {
  const only = onlyFilter(process.argv.slice(2));
  const wanted = (name: string) => only === null || only.some((w) => name.includes(w));
  const built = spawnSync('npx', ['electron-vite', 'build', '--mode', 'test'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('build failed');
  const rows: BenchRow[] = wanted('bundle') ? [...benchBundle(join(root, 'out', 'renderer'))] : [];
  const here = dirname(fileURLToPath(import.meta.url));
  const modules = readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'row.ts', 'bundle.ts'].includes(f))
    .filter((f) => wanted(f.replace(/\.ts$/, '')))
    // CPU-only benchmarks first: browser-based ones leave Chromium processes that compete for the cores.
    .sort((a, b) => Number(!CPU_ONLY.includes(a)) - Number(!CPU_ONLY.includes(b)) || a.localeCompare(b));
  if (only) console.log(`only: ${[...(wanted('bundle') ? ['bundle'] : []), ...modules].join(', ')}`);
  for (const file of modules) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
    console.error(`bench: ${file}`);
    for (const [name, fn] of Object.entries(mod)) {
      if (!name.startsWith('bench') || typeof fn !== 'function') continue;
      try {
        rows.push(...((await (fn as () => Promise<BenchRow[]>)()) ?? []));
      } catch (error) {
        rows.push({
          name: `${file}:${name}`,
          value: null,
          unit: '',
          budget: '-',
          pass: false,
          note: `failed: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
  }
  print(rows);
  const out = join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  const report = { time: new Date().toISOString(), node: process.version, ...(only ? { only } : {}), rows };
  const stamped = join(out, `bench-${report.time.replace(/[:.]/g, '-')}.json`);
  writeFileSync(stamped, `${JSON.stringify(report, null, 2)}\n`);
  // A partial run (--only) never replaces the last full run's latest.json.
  const latest = join(out, only ? 'latest-partial.json' : 'latest.json');
  writeFileSync(latest, `${JSON.stringify(report, null, 2)}\n`);
  const failed = rows.filter((r) => r.pass === false).length;
  console.log(
    `\n${rows.filter((r) => r.pass).length} within budget, ${failed} over budget, ${rows.filter((r) => r.pass === null).length} not measurable here`,
  );
  console.log(`results: ${relative(root, latest)} and ${relative(root, stamped)}`);
  process.exitCode = failed > 0 ? 1 : 0;
}

function print(rows: BenchRow[]): void {
  const table = rows.map((r) => ({
    figure: r.name,
    value:
      r.value === null
        ? '—'
        : `${Number.isInteger(r.value) ? r.value : Number(r.value.toPrecision(4))} ${r.unit}`.trim(),
    budget: typeof r.budget === 'number' ? `≤ ${r.budget} ${r.unit}`.trim() : r.budget,
    result: r.pass === null ? 'n/a' : r.pass ? 'pass' : 'FAIL',
    note: r.note ?? '',
  }));
  const cols = ['figure', 'value', 'budget', 'result', 'note'] as const;
  const width = (c: (typeof cols)[number]) => Math.max(c.length, ...table.map((t) => t[c].length));
  const line = (t: Record<string, string>) => cols.map((c) => t[c]!.padEnd(width(c))).join(' | ');
  console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
  console.log(cols.map((c) => '-'.repeat(width(c))).join('-|-'));
  for (const t of table) console.log(line(t));
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
