import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VehicleLibrary } from '@services/vehicles/library/library';
import { passThroughImport } from '@services/vehicles/library/pass-through';
import type { LibrarySweep } from '@services/vehicles/library/store';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusTally } from '../../support/corpus';
import { ROOT } from '../../support/main';
import { carGlb } from '../../support/vehicle-library';

const corpus = new CorpusTally('vehicles', import.meta.url);

const KILLS = 30;
/** Distinct cars the children import and remove (each a few MB, so a commit takes real time). */
const POOL = 10;
const MODELS = join(ROOT, 'assets', 'models');

let work: string;
let child: string;
const pool: { path: string; id: string; bytes: Buffer }[] = [];
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'vehicles-crash-'));
  child = join(work, 'child.mjs');
  // One bundled file so each child starts in plain Node quickly.
  await build({
    entryPoints: [join(import.meta.dirname, 'crash-importer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: child,
    logLevel: 'silent',
  });
  writeFileSync(join(work, 'template.glb'), await carGlb({ seed: 99 }));
  for (let i = 0; i < POOL; i++) {
    const bytes = Buffer.from(await carGlb({ seed: 100 + i, triangles: 200_000 }));
    const path = join(work, `car-${i}.glb`);
    writeFileSync(path, bytes);
    pool.push({ path, bytes, id: createHash('sha256').update(bytes).digest('hex') });
  }
}, 60_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  corpus.write();
});

interface Run {
  done: string[];
  finished: boolean;
  ms: number;
}

/** Runs a child on the operations; kills it `killAfterMs` after it is ready (never, when undefined). */
function runChild(dataDir: string, opsFile: string, killAfterMs?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, MODELS, opsFile, join(work, 'template.glb')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { done: [], finished: false, ms: 0 };
    let out = '';
    let readyAt = 0;
    let err = '';
    proc.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /^ready (\d+) (\d+)\n/.exec(out);
      if (ready && readyAt === 0) {
        readyAt = performance.now();
        if (killAfterMs !== undefined) setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      }
      run.done = [...out.matchAll(/^done (\w+ \w+)/gm)].map((m) => m[1]!);
      run.finished = /^finished$/m.test(out);
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      run.ms = performance.now() - readyAt;
      if (signal !== 'SIGKILL' && code !== 0)
        reject(new Error(`child failed (${code}): ${err.slice(0, 500)}`));
      else resolve(run);
    });
  });
}

/** A restart: no staging or trash left, every entry sound, exactly the expected ids, each byte-identical. */
async function expectCleanRestart(dataDir: string, expected: Map<string, string>): Promise<LibrarySweep> {
  const library = new VehicleLibrary({ dataDir, modelsDir: MODELS, importVehicle: passThroughImport });
  const swept = await library.open();
  const names = readdirSync(library.store.paths.root);
  expect(
    names.filter((n) => n.startsWith('.')),
    'staging or trash folders after restart',
  ).toEqual([]);
  const listed = (await library.list()).filter((v) => !v.builtIn);
  expect(
    listed.filter((v) => v.status !== 'ok').map((v) => v.problem?.key),
    'half entries',
  ).toEqual([]);
  expect(listed.map((v) => v.id).sort()).toEqual([...expected.keys()].sort());
  for (const [id, record] of expected) {
    expect(readFileSync(library.store.paths.record(id), 'utf8'), `vehicle.json of ${id}`).toBe(record);
  }
  return swept;
}

describe('vehicle library crash safety', () => {
  it(`leaves every import and removal complete or absent, earlier entries intact, across ${KILLS} SIGKILLs`, async () => {
    const dataDir = join(work, 'data');
    /** Entries on disk after each run: id → vehicle.json text. */
    const expected = new Map<string, string>();
    const readRecord = (id: string) => {
      try {
        return readFileSync(join(dataDir, 'vehicles', id, 'vehicle.json'), 'utf8');
      } catch {
        return undefined;
      }
    };
    const opsFor = (i: number) => {
      // The library stays small (a restart hashes every model): each child imports up to three new cars, then
      // removes the ones that were there before it.
      const absent = pool.filter((c) => !expected.has(c.id));
      const present = pool.filter((c) => expected.has(c.id));
      const imports = absent.slice(0, 3).map((c) => ({ op: 'import' as const, arg: c.path }));
      const removals = i % 3 === 2 ? present.slice(0, 1) : present;
      return [...imports, ...removals.map((c) => ({ op: 'remove' as const, arg: c.id }))];
    };
    // A first child runs to the end: how long a child's work takes, to spread the kills over it.
    const firstOps = join(work, 'ops-0.json');
    writeFileSync(firstOps, JSON.stringify(opsFor(0)));
    const calibration = await runChild(dataDir, firstOps);
    expect(calibration.finished).toBe(true);
    for (const c of pool) {
      const record = readRecord(c.id);
      if (record) expected.set(c.id, record);
    }
    let killedMidway = 0;
    const swept = { staging: 0, trash: 0 };
    // At least KILLS kills; up to twice as many while none has yet landed inside a commit (a staging folder left).
    let kills = 0;
    for (let i = 1; i <= KILLS || (swept.staging === 0 && i <= 2 * KILLS); i++) {
      kills++;
      const ops = opsFor(i);
      const file = join(work, `ops-${i}.json`);
      writeFileSync(file, JSON.stringify(ops));
      const touched = new Set(
        ops.map((o) => (o.op === 'remove' ? o.arg : pool.find((c) => c.path === o.arg)!.id)),
      );
      const before = new Map(expected);
      const run = await runChild(dataDir, file, Math.random() * calibration.ms * 1.2);
      if (!run.finished) killedMidway++;
      corpus.add('library writer killed mid-import');
      const restart = await expectCleanRestart(dataDir, syncExpected());
      swept.staging += restart.staging.length;
      swept.trash += restart.trash.length;
      // Entries this child did not touch are exactly as they were; acknowledged work is on disk.
      for (const [id, record] of before) if (!touched.has(id)) expect(expected.get(id)).toBe(record);
      for (const done of run.done) {
        const [op, id] = done.split(' ') as [string, string];
        expect(expected.has(id), `${done} acknowledged`).toBe(op === 'import');
      }
    }
    /** What is on disk now (checked against the restart's list, which must agree). */
    function syncExpected(): Map<string, string> {
      for (const c of pool) {
        const record = readRecord(c.id);
        if (record) expected.set(c.id, record);
        else expected.delete(c.id);
      }
      return expected;
    }
    console.info(
      `vehicle crash test: ${killedMidway} of ${kills} kills mid-work (child work ≈ ${Math.round(calibration.ms)} ms); restarts removed ${swept.staging} staging and ${swept.trash} trash folder(s)`,
    );
    // The kills must land in the middle of the work, leaving debris for restarts, or the test proves nothing.
    expect(killedMidway).toBeGreaterThan(KILLS / 3);
    expect(swept.staging).toBeGreaterThan(0);
  }, 240_000);
});
