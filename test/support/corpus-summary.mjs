// Sums the per-file corpus tallies under test-results/corpus/ (written by test/support/corpus.ts) into one line:
// "corpus: catalogs 30, glTF 120, ... — total 1015 hostile or broken inputs, 0 crashes".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Areas in the order the summary names them; others follow alphabetically. */
const ORDER = ['catalogs', 'glTF', 'artwork', 'codes', 'drafts', 'ipc'];

/** Reads every tally in `dir` and returns the summary line and the totals. */
export function corpusSummary(dir) {
  const areas = new Map();
  const repeats = new Map();
  let crashes = 0;
  const files = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')) : [];
  for (const name of files) {
    const f = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const into = f.repeat ? repeats : areas;
    into.set(f.area, (into.get(f.area) ?? 0) + f.total);
    crashes += f.crashes;
  }
  const names = [...areas.keys()].sort(
    (a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  const total = [...areas.values()].reduce((a, b) => a + b, 0);
  const parts = names.map((a) => `${a} ${areas.get(a)}`);
  const again = [...repeats].map(([a, n]) => `${a} ${n}`).join(', ');
  const line =
    `corpus: ${parts.join(', ') || 'nothing recorded'} — total ${total} hostile or broken inputs, ${crashes} crashes` +
    (again ? ` (also re-run: ${again})` : '');
  return { line, total, crashes, files: files.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(corpusSummary(process.argv[2] ?? join(process.cwd(), 'test-results', 'corpus')).line);
}
