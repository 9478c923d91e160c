/**
 * Counts the hostile or broken inputs a test file feeds the app, by kind, and writes them to
 * `test-results/corpus/<area>--<file>.json` for `npm test`'s one-line summary (see docs/TESTING.md).
 *
 *   const corpus = new CorpusTally('glTF', import.meta.url);
 *   afterAll(() => corpus.write());          // Playwright: test.afterAll(() => corpus.write())
 *   corpus.add('truncated');                 // after the input was refused with a clear message
 *   corpus.crash('truncated');               // when it threw something unexpected (the test fails too)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two levels above this file). */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where per-file tallies go; `test/run-all.mjs` empties it before a run and sums it after. */
export const CORPUS_DIR = join(ROOT, 'test-results', 'corpus');

/** One file's tally as written to disk. */
export interface CorpusFile {
  area: string;
  source: string;
  kinds: Record<string, number>;
  total: number;
  crashes: number;
  /** True when these inputs are already counted by another file (e.g. the browser subset of the glTF corpus). */
  repeat: boolean;
}

/** A tally of broken inputs by kind for one test file and one area (catalogs, glTF, artwork, codes, drafts, ipc). */
export class CorpusTally {
  private readonly kinds = new Map<string, number>();
  private crashes = 0;
  private readonly source: string;

  /** `source` is the test file (`import.meta.url` or a path); `repeat` marks inputs counted elsewhere already. */
  constructor(
    readonly area: string,
    source: string,
    private readonly repeat = false,
  ) {
    const path = source.startsWith('file:') ? fileURLToPath(source) : source;
    this.source = relative(ROOT, resolve(ROOT, path));
  }

  /** Counts `n` inputs of a kind that were handled (refused with a clear message, or survived). */
  add(kind: string, n = 1): void {
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + n);
  }

  /** Counts an input that crashed the code under test (something other than its clear refusal). */
  crash(kind: string): void {
    this.crashes += 1;
    this.add(kind);
  }

  /** Total inputs counted so far. */
  get total(): number {
    return [...this.kinds.values()].reduce((a, b) => a + b, 0);
  }

  /** Writes the tally and prints `corpus <area>: kind n, ... — total N, N crashes`. */
  write(): CorpusFile {
    const file: CorpusFile = {
      area: this.area,
      source: this.source,
      kinds: Object.fromEntries(this.kinds),
      total: this.total,
      crashes: this.crashes,
      repeat: this.repeat,
    };
    mkdirSync(CORPUS_DIR, { recursive: true });
    const name = `${this.area}--${basename(this.source).replace(/[^\w.-]+/g, '_')}.json`;
    writeFileSync(join(CORPUS_DIR, name), `${JSON.stringify(file, null, 2)}\n`);
    const kinds = [...this.kinds].map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`corpus ${this.area}: ${kinds} — total ${file.total}, ${file.crashes} crashes`);
    return file;
  }
}
