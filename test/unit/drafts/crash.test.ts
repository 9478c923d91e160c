import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { sealDraft } from '@domain/drafts/build';
import type { OrderDraft } from '@domain/drafts/schema';
import { verifyDraftText } from '@domain/drafts/verify';
import { checkDrafts } from '@services/drafts/drafts-check';
import { loadIndexFile } from '@services/drafts/drafts-index-file';
import { DraftStore } from '@services/drafts/drafts-store';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusTally } from '../../support/corpus';
import { loadDefault } from '../domain/fixtures';
import { makeDraft } from './fixtures';

const corpus = new CorpusTally('drafts', import.meta.url);

const KILLS = 100;
const PER_CHILD = 4;

let catalog: Catalog;
let zones: ZoneTable;
let work: string;
let writer: string;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
  work = mkdtempSync(join(tmpdir(), 'drafts-crash-'));
  writer = join(work, 'writer.mjs');
  // One bundled file so each of the 100 children starts in plain Node in a few tens of milliseconds.
  await build({
    entryPoints: [join(import.meta.dirname, 'crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: writer,
    logLevel: 'silent',
  });
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  corpus.write();
});

/** A batch of distinct drafts, half with a car image (written before the JSON). */
function batch(n: number): { draft: OrderDraft; png?: number[] }[] {
  return Array.from({ length: n }, (_, i) => {
    const d = makeDraft(catalog, zones, undefined, {
      createdAt: new Date(Date.UTC(2026, 10, 22, 0, 0, 0, Math.floor(Math.random() * 1e7))),
    });
    if (i % 2 === 1) return { draft: d };
    const png = Array.from({ length: 6_000 }, (_v, k) => (k * 31 + i) & 255);
    const { checksum: _c, ...content } = {
      ...d,
      carImage: {
        file: `${d.id}.png`,
        sha256: createHash('sha256').update(Uint8Array.from(png)).digest('hex'),
        bytes: png.length,
      },
    };
    return { draft: sealDraft(content), png };
  });
}

/** What one writer did before its SIGKILL: drafts it acknowledged, and what its startup swept up. */
interface Run {
  saved: string[];
  temps: number;
  orphans: number;
}

/** Runs the writer and kills it with SIGKILL a random 0–30 ms after it is ready. */
function runAndKill(dataDir: string, batchFile: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, batchFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { saved: [], temps: 0, orphans: 0 };
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /^ready (\d+) (\d+)\n/.exec(out);
      if (ready && !child.killed) {
        run.temps = Number(ready[1]);
        run.orphans = Number(ready[2]);
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 30);
      }
      for (const m of out.matchAll(/^saved (\w+)$/gm)) if (!run.saved.includes(m[1]!)) run.saved.push(m[1]!);
    });
    child.on('error', reject);
    child.on('exit', () => resolve(run));
  });
}

const DRAFT_JSON = /^[0-9A-Z]{26}\.json$/;

/**
 * A restart: opening the store leaves no temporary file and no car image without its draft, and the
 * index file is sound (no torn line) and names only files that exist, with their exact hash; files it
 * lacks are pending (read on demand) and together they are exactly the drafts on disk.
 */
async function expectCleanRestart(dataDir: string): Promise<DraftStore> {
  const store = new DraftStore(dataDir);
  await store.open();
  const dir = join(dataDir, 'drafts');
  const names = readdirSync(dir);
  expect(
    names.filter((n) => n.endsWith('.tmp')),
    'temporary files after restart',
  ).toEqual([]);
  const orphans = names.filter((n) => n.endsWith('.png') && !names.includes(n.replace(/\.png$/, '.json')));
  expect(orphans, 'car images without a draft after restart').toEqual([]);
  const loaded = await loadIndexFile(store.indexPath, (id) => store.jsonPath(id));
  expect(loaded.rewrite, 'index file after restart').toBeUndefined();
  for (const [id, record] of loaded.rows) {
    const bytes = readFileSync(store.jsonPath(id));
    expect(record.sha256, `index hash of ${id}`).toBe(createHash('sha256').update(bytes).digest('hex'));
  }
  const onDisk = names.filter((n) => DRAFT_JSON.test(n)).map((n) => n.slice(0, 26));
  expect([...loaded.rows.keys(), ...store.pendingIds()].sort()).toEqual(onDisk.sort());
  return store;
}

describe('crash safety', () => {
  it(`leaves every draft complete or absent, and earlier drafts intact, across ${KILLS} SIGKILLs`, async () => {
    const dataDir = join(work, 'data');
    const expected = new Map<string, string>();
    let killedMidway = 0;
    const swept = { temps: 0, orphans: 0 };
    for (let i = 0; i < KILLS; i++) {
      const drafts = batch(PER_CHILD);
      const file = join(work, `batch-${i}.json`);
      writeFileSync(file, JSON.stringify(drafts));
      const run = await runAndKill(dataDir, file);
      const saved = run.saved;
      swept.temps += run.temps;
      swept.orphans += run.orphans;
      if (saved.length < PER_CHILD) killedMidway++;
      corpus.add('writer killed mid-save');
      for (const { draft } of drafts) {
        const path = join(dataDir, 'drafts', `${draft.id}.json`);
        let text: string | undefined;
        try {
          text = readFileSync(path, 'utf8');
        } catch {
          expect(saved, `acknowledged draft ${draft.id} is missing`).not.toContain(draft.id);
          continue;
        }
        expect(text).toBe(`${JSON.stringify(draft, null, 2)}\n`);
        expected.set(draft.id, text);
      }
      if (i % 10 === 9) {
        for (const [id, text] of expected)
          expect(readFileSync(join(dataDir, 'drafts', `${id}.json`), 'utf8')).toBe(text);
        await expectCleanRestart(dataDir);
      }
    }
    const restarted = await expectCleanRestart(dataDir);
    const { drafts: list, total } = await restarted.list({}, 0, 100);
    expect(total).toBe(expected.size);
    expect(list.filter((e) => e.status === 'damaged')).toEqual([]);
    expect(list.map((e) => e.id).sort()).toEqual([...expected.keys()].sort().reverse().slice(0, 100).sort());
    // The background check indexes what the kills kept out of the index and finds nothing damaged.
    const report = await checkDrafts(restarted, { pauseMs: 0 });
    expect(report.damaged).toEqual([]);
    expect(restarted.pendingIds()).toEqual([]);
    expect(restarted.indexedIds().sort()).toEqual([...expected.keys()].sort());
    const reloaded = await loadIndexFile(restarted.indexPath, (id) => restarted.jsonPath(id));
    expect([...reloaded.rows.keys()].sort()).toEqual([...expected.keys()].sort());
    console.info(
      `crash test: ${killedMidway} of ${KILLS} kills mid-save; restarts removed ${swept.temps} temporary file(s) and ${swept.orphans} orphaned car image(s)`,
    );
    for (const name of readdirSync(join(dataDir, 'drafts')).filter((n) => /^[0-9A-Z]{26}\.json$/.test(n))) {
      expect(verifyDraftText(readFileSync(join(dataDir, 'drafts', name), 'utf8')).ok).toBe(true);
    }
    const store = new DraftStore(dataDir);
    for (const id of expected.keys()) {
      const { draft, carImagePng } = await store.get(id);
      if (draft.carImage) expect(carImagePng?.length).toBe(draft.carImage.bytes);
    }
    // The kills must land in the middle of the work, leaving debris for restarts, or the test proves nothing.
    expect(killedMidway).toBeGreaterThan(KILLS / 2);
    expect(swept.temps).toBeGreaterThan(0);
  }, 120_000);
});
