import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePng } from '@services/artwork/png';
import { type MeasureVehicle, VehicleRefusal } from '@services/vehicles/library/importer';
import { LibraryRefusal, VehicleLibrary } from '@services/vehicles/library/library';
import { passThroughImport } from '@services/vehicles/library/pass-through';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/main';
import { carGlb, importerWithArea } from '../../support/vehicle-library';

const MODELS = join(ROOT, 'assets', 'models');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const PNG = encodePng({ width: 2, height: 2, data: new Uint8Array(16).fill(90) });

let glbA: Uint8Array;
let glbB: Uint8Array;
let glbC: Uint8Array;
beforeAll(async () => {
  [glbA, glbB, glbC] = await Promise.all([
    carGlb({ seed: 1 }),
    carGlb({ seed: 2, lengthM: 4.8 }),
    carGlb({ seed: 3 }),
  ]);
});

function library(
  dataDir = mkdtempSync(join(tmpdir(), 'vehicle-lib-')),
  options: { measure?: MeasureVehicle } = {},
) {
  return new VehicleLibrary({
    dataDir,
    modelsDir: MODELS,
    importVehicle: importerWithArea(10),
    ...(options.measure ? { measureVehicle: options.measure } : {}),
  });
}
const file = (bytes: Uint8Array, name = 'car.glb') => [{ name, bytes }];
const byId = async (lib: VehicleLibrary, id: string) => (await lib.list()).find((v) => v.id === id);

/** The refusal a library call ends in: its code and message key. */
async function refusalOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof LibraryRefusal) return `${error.code} ${error.problem.key}`;
    if (error instanceof VehicleRefusal) return `refused ${error.problem.key}`;
    throw error;
  }
  return 'no refusal';
}

describe('vehicle library on disk', () => {
  it('lists the launch EV first, as a new car read from assets, with the hash of its glb', async () => {
    const lib = library();
    await lib.open();
    const [builtIn, ...rest] = await lib.list();
    expect(rest).toEqual([]);
    expect(builtIn).toMatchObject({
      id: 'compact-ev',
      kind: 'new-car',
      builtIn: true,
      status: 'ok',
      lengthMm: 4200,
    });
    expect(builtIn!.modelSha256).toBe(sha(readFileSync(join(MODELS, 'compact-ev.glb'))));
    expect(builtIn!.bodyAreaM2).toBeGreaterThan(5);
    expect(readdirSync(lib.store.paths.root)).toEqual([]);
    const opened = await lib.get('compact-ev');
    expect(opened.manifest.id).toBe('compact-ev');
  });

  it('survives a restart: entries, records and bytes are the same when a new process opens the folder', async () => {
    const first = library();
    await first.open();
    const a = await first.import(file(glbA, 'roma.glb'), { name: 'Roma', make: 'Ferrari', year: 2021 }, {});
    const b = await first.import(file(glbB), { bodyStyle: 'suv' }, { lengthMm: 4800 });
    expect(a.duplicate).toBe(false);
    expect(a.summary.id).toBe(sha(glbA));
    const record = readFileSync(first.store.paths.record(a.summary.id), 'utf8');
    const again = library(join(first.store.paths.root, '..'));
    await again.open();
    const listed = await again.list();
    expect(listed.map((v) => [v.id, v.name, v.status])).toEqual([
      ['compact-ev', 'Compact EV crossover', 'ok'],
      [b.summary.id, 'car', 'ok'],
      [a.summary.id, 'Roma', 'ok'],
    ]);
    expect(readFileSync(again.store.paths.record(a.summary.id), 'utf8')).toBe(record);
    expect(readFileSync(again.store.paths.model(a.summary.id))).toEqual(Buffer.from(glbA));
    const opened = await again.get(b.summary.id);
    expect(opened.summary).toMatchObject({
      bodyStyle: 'suv',
      lengthMm: 4800,
      bodyAreaM2: 10,
      kind: 'service',
    });
    expect(opened.report.lengthMm).toEqual({ value: 4800, from: 'given' });
  });

  it('lists a truncated glb as damaged with the sizes, keeps the others, refuses to open it, and a re-import mends it', async () => {
    const lib = library();
    const a = await lib.import(file(glbA), {}, {});
    const b = await lib.import(file(glbB), {}, {});
    truncateSync(lib.store.paths.model(a.summary.id), 1000);
    const damaged = await byId(lib, a.summary.id);
    expect(damaged).toMatchObject({
      status: 'damaged',
      problem: { key: 'library.modelTruncated', values: { declared: glbA.length, got: 1000 } },
    });
    expect((await byId(lib, b.summary.id))?.status).toBe('ok');
    expect((await byId(lib, 'compact-ev'))?.status).toBe('ok');
    expect(await refusalOf(lib.get(a.summary.id))).toBe('refused library.modelTruncated');
    const mended = await lib.import(file(glbA), {}, {});
    expect(mended.duplicate).toBe(false);
    expect((await byId(lib, a.summary.id))?.status).toBe('ok');
    expect(readdirSync(lib.store.paths.root).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('lists a model whose hash is not the one in vehicle.json as damaged (hash mismatch, id mismatch, bad record)', async () => {
    const lib = library();
    const a = await lib.import(file(glbA), {}, {});
    const id = a.summary.id;
    // Another valid glb under the same name: the hash check catches it.
    writeFileSync(lib.store.paths.model(id), glbC);
    expect((await byId(lib, id))?.problem?.key).toBe('library.modelHashMismatch');
    writeFileSync(lib.store.paths.model(id), glbA);
    expect((await byId(lib, id))?.status).toBe('ok');
    const recordPath = lib.store.paths.record(id);
    const record = JSON.parse(readFileSync(recordPath, 'utf8'));
    // A record naming another model (consistently) does not belong in this folder.
    writeFileSync(recordPath, JSON.stringify({ ...record, id: sha(glbC), modelSha256: sha(glbC) }));
    expect((await byId(lib, id))?.problem?.key).toBe('library.idMismatch');
    // A record whose hash disagrees with its own id is invalid, and says where.
    writeFileSync(recordPath, JSON.stringify({ ...record, modelSha256: sha(glbC) }));
    expect((await byId(lib, id))?.problem).toMatchObject({
      key: 'library.recordInvalid',
      values: { path: 'id' },
    });
    writeFileSync(recordPath, '{"schemaVersion": 1, "id": ');
    expect((await byId(lib, id))?.problem?.key).toBe('library.recordUnreadable');
    writeFileSync(recordPath, JSON.stringify({ ...record, schemaVersion: 2 }));
    expect((await byId(lib, id))?.problem).toEqual({ key: 'library.recordNewer', values: { version: 2 } });
    unlinkSync(recordPath);
    expect((await byId(lib, id))?.problem?.key).toBe('library.recordMissing');
  });

  it('lists an entry whose thumbnail was deleted as ok without a thumbnail', async () => {
    const lib = library();
    const a = await lib.import(file(glbA), {}, {});
    expect(a.summary.problem?.key).toBe('library.thumbnailMissing');
    await lib.saveThumbnail(a.summary.id, PNG);
    const withThumb = await byId(lib, a.summary.id);
    expect(withThumb?.status).toBe('ok');
    expect(withThumb?.problem).toBeUndefined();
    expect((await lib.get(a.summary.id)).thumbnail).toBe(true);
    unlinkSync(lib.store.paths.thumbnail(a.summary.id));
    const without = await byId(lib, a.summary.id);
    expect(without).toMatchObject({ status: 'ok', problem: { key: 'library.thumbnailMissing' } });
    expect((await lib.get(a.summary.id)).thumbnail).toBe(false);
    expect(await refusalOf(lib.saveThumbnail(a.summary.id, glbA))).toBe('refused library.thumbnailNotPng');
    expect(await refusalOf(lib.saveThumbnail(sha(glbC), PNG))).toBe('not-found library.notFound');
    await lib.saveThumbnail('compact-ev', PNG);
    expect((await byId(lib, 'compact-ev'))?.problem).toBeUndefined();
  });

  it('keeps one entry for the same file imported twice, one after the other or at the same time', async () => {
    const lib = library();
    const first = await lib.import(file(glbA, 'a.glb'), { name: 'First' }, {});
    const second = await lib.import(file(glbA, 'renamed.glb'), { name: 'Second' }, {});
    expect(second).toMatchObject({ duplicate: true, summary: { id: first.summary.id, name: 'First' } });
    const [x, y] = await Promise.all([lib.import(file(glbB), {}, {}), lib.import(file(glbB), {}, {})]);
    expect([x.duplicate, y.duplicate].sort()).toEqual([false, true]);
    expect(x.summary.id).toBe(y.summary.id);
    expect(readdirSync(lib.store.paths.root).sort()).toEqual([first.summary.id, x.summary.id].sort());
  });

  it('never lets a bad entry block the list: missing model, stray folders and files, an unreadable folder', async () => {
    const lib = library();
    const a = await lib.import(file(glbA), {}, {});
    const b = await lib.import(file(glbB), {}, {});
    unlinkSync(lib.store.paths.model(b.summary.id));
    mkdirSync(join(lib.store.paths.root, 'not-a-vehicle'));
    writeFileSync(join(lib.store.paths.root, 'notes.txt'), 'hello');
    mkdirSync(join(lib.store.paths.root, 'f'.repeat(64)));
    const list = await lib.list();
    expect(list.map((v) => [v.id.slice(0, 8), v.status, v.problem?.key])).toEqual(
      expect.arrayContaining([
        ['compact-', 'ok', 'library.thumbnailMissing'],
        [a.summary.id.slice(0, 8), 'ok', 'library.thumbnailMissing'],
        [b.summary.id.slice(0, 8), 'damaged', 'library.modelMissing'],
        ['ffffffff', 'damaged', 'library.recordMissing'],
      ]),
    );
    expect(list).toHaveLength(4);
  });

  it('lists the launch EV as damaged when its model is missing, and still lists the imported cars', async () => {
    const models = mkdtempSync(join(tmpdir(), 'vehicle-models-'));
    writeFileSync(
      join(models, 'compact-ev.manifest.json'),
      readFileSync(join(MODELS, 'compact-ev.manifest.json')),
    );
    const dataDir = mkdtempSync(join(tmpdir(), 'vehicle-lib-'));
    const lib = new VehicleLibrary({ dataDir, modelsDir: models, importVehicle: passThroughImport });
    const a = await lib.import(file(glbA), {}, {});
    const list = await lib.list();
    expect(list[0]).toMatchObject({
      id: 'compact-ev',
      status: 'damaged',
      problem: { key: 'library.builtInMissing' },
    });
    expect(list[1]?.id).toBe(a.summary.id);
    expect(await refusalOf(lib.get('compact-ev'))).toBe('refused library.builtInMissing');
    rmSync(models, { recursive: true });
  });

  it('renames and re-measures: a new length scales the areas by its square, corrections go to the measurer', async () => {
    const calls: unknown[] = [];
    const measure: MeasureVehicle = async (input) => {
      calls.push({ corrections: input.corrections, lengthMm: input.lengthMm, bytes: input.glb.length });
      return { manifest: input.manifest, bodyAreaM2: 11.5, warnings: [] };
    };
    const plain = library();
    const a = await plain.import(file(glbA), {}, {});
    const longer = await plain.update(a.summary.id, { name: ' Seal ', lengthMm: 5400 });
    expect(longer.summary).toMatchObject({ name: 'Seal', lengthMm: 5400, bodyAreaM2: 14.4 });
    expect(longer.report.lengthMm).toEqual({ value: 5400, from: 'given' });
    expect((await plain.get(a.summary.id)).manifest.zones[0]?.areaM2).toBe(14.4);
    const corrected = await plain.update(a.summary.id, {
      corrections: [{ target: { material: 'paint-1' }, part: 'paint' }],
    });
    expect(corrected.report.warnings.map((w) => w.key)).toContain('library.areaNotRemeasured');
    expect(corrected.summary.bodyAreaM2).toBe(14.4);

    const measured = library(undefined, { measure });
    const b = await measured.import(file(glbB), {}, {});
    const corrections = [{ target: { mesh: 'body' }, part: 'glass' as const }];
    const result = await measured.update(b.summary.id, { corrections, bodyStyle: 'van' });
    expect(calls).toEqual([{ corrections, lengthMm: 4800, bytes: glbB.length }]);
    expect(result.summary).toMatchObject({ bodyAreaM2: 11.5, bodyStyle: 'van' });
    // Unchanged corrections measure nothing again; the edit survives a restart.
    await measured.update(b.summary.id, { corrections, make: 'BYD' });
    expect(calls).toHaveLength(1);
    const reopened = library(join(measured.store.paths.root, '..'));
    expect(await reopened.get(b.summary.id)).toMatchObject({
      corrections,
      summary: { make: 'BYD', bodyStyle: 'van', bodyAreaM2: 11.5 },
    });
    expect(await refusalOf(measured.update('compact-ev', { name: 'x' }))).toBe(
      'refused library.builtInFixed',
    );
    expect(await refusalOf(measured.update(sha(glbC), { name: 'x' }))).toBe('not-found library.notFound');
  });

  it('removes an imported car whole (damaged ones too), never the launch EV', async () => {
    const lib = library();
    const a = await lib.import(file(glbA), {}, {});
    const b = await lib.import(file(glbB), {}, {});
    truncateSync(lib.store.paths.model(b.summary.id), 20);
    await lib.remove(a.summary.id);
    await lib.remove(b.summary.id);
    expect((await lib.list()).map((v) => v.id)).toEqual(['compact-ev']);
    expect(readdirSync(lib.store.paths.root)).toEqual([]);
    expect(await refusalOf(lib.remove('compact-ev'))).toBe('refused library.builtInFixed');
    expect(await refusalOf(lib.remove(a.summary.id))).toBe('not-found library.notFound');
  });

  it('refuses what the importer cannot use, with the reason, and writes nothing', async () => {
    const lib = library();
    await lib.open();
    expect(await refusalOf(lib.import(file(new TextEncoder().encode('<html>')), {}, {}))).toBe(
      'refused library.glbUnreadable',
    );
    const tiny = await carGlb({ lengthM: 0.45 });
    expect(await refusalOf(lib.import(file(tiny), {}, {}))).toBe('refused library.lengthUnknown');
    expect(await refusalOf(lib.import([...file(glbA), ...file(glbB, 'b.glb')], {}, {}))).toBe(
      'refused library.passThroughGlbOnly',
    );
    expect(readdirSync(lib.store.paths.root)).toEqual([]);
    const given = await lib.import(file(tiny), {}, { lengthMm: 4500 });
    expect(given.summary.lengthMm).toBe(4500);
  });
});
