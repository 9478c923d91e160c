import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiResult } from '@contract/result';
import type { Bootstrapped } from '@services/app/bootstrap';
import { hashPin } from '@services/app/kiosk';
import { encodePng } from '@services/artwork/png';
import type { ImportVehicle } from '@services/vehicles/library/importer';
import { passThroughImport } from '@services/vehicles/library/pass-through';
import { beforeAll, describe, expect, it } from 'vitest';
import { bootMain } from '../../support/main';
import { carGlb } from '../../support/vehicle-library';

const PIN = '482913';
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const PNG = encodePng({ width: 2, height: 2, data: new Uint8Array(16).fill(90) });

/** A real importer that reports each step and waits on a gate, so a test can cancel it mid-way. */
function gatedImporter(): { importer: ImportVehicle; release: () => void; started: Promise<void> } {
  let release = () => {};
  let started = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const begun = new Promise<void>((r) => {
    started = r;
  });
  const importer: ImportVehicle = async (files, options) => {
    options.onProgress?.({ stage: 'decode', fraction: 0.25 });
    started();
    await Promise.race([
      gate,
      new Promise((_r, reject) =>
        options.signal?.addEventListener('abort', () => reject(options.signal?.reason)),
      ),
    ]);
    options.onProgress?.({ stage: 'parts', fraction: 1.7 });
    return passThroughImport(files, options);
  };
  return { importer, release: () => release(), started: begun };
}

const value = async <T>(r: Promise<ApiResult<unknown>>): Promise<T> => {
  const result = await r;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

describe('vehicle channels through the dispatcher', () => {
  let boot: Bootstrapped;
  let gated: ReturnType<typeof gatedImporter>;
  let glb: Uint8Array;
  beforeAll(async () => {
    gated = gatedImporter();
    boot = await bootMain('vehicle-handlers', { importVehicle: (f, o) => gated.importer(f, o) });
    glb = await carGlb({ seed: 7 });
  });
  const call = (channel: string, payload: unknown) => boot.dispatch(channel, payload, { transport: 'test' });

  it('imports with progress events, then lists and opens the car with URLs for its bytes', async () => {
    const events: unknown[] = [];
    boot.services.events.subscribe((name, data) => {
      if (name === 'vehicle:import-progress') events.push(data);
    });
    const importing = call('vehicle:import', {
      importId: 'imp-1',
      files: [{ name: 'seal.glb', dataBase64: b64(glb) }],
      name: 'BYD Seal',
      bodyStyle: 'sedan',
    });
    await gated.started;
    // The same import id cannot run twice at once.
    const twice = await call('vehicle:import', {
      importId: 'imp-1',
      files: [{ name: 'x.glb', dataBase64: b64(glb) }],
    });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'refused', details: { problem: { key: 'library.importBusy' } } },
    });
    gated.release();
    const imported = await value<{ summary: { id: string; name: string }; duplicate: boolean }>(importing);
    expect(imported).toMatchObject({ duplicate: false, summary: { name: 'BYD Seal' } });
    expect(events).toEqual([
      { importId: 'imp-1', stage: 'decode', fraction: 0.25 },
      { importId: 'imp-1', stage: 'parts', fraction: 1 },
      { importId: 'imp-1', stage: 'read', fraction: 0 },
      { importId: 'imp-1', stage: 'read', fraction: 1 },
    ]);
    const { vehicles } = await value<{ vehicles: { id: string }[] }>(call('vehicle:list', {}));
    expect(vehicles.map((v) => v.id)).toEqual(['compact-ev', imported.summary.id]);
    const id = imported.summary.id;
    const detail = await value<Record<string, unknown>>(call('vehicle:get', { id }));
    expect(detail).toMatchObject({ modelUrl: `vehicles/${id}/model.glb`, corrections: [] });
    expect(detail.thumbnailUrl).toBeUndefined();
    expect(await value(call('vehicle:thumbnail', { id, pngBase64: b64(PNG) }))).toEqual({ saved: true });
    expect((await value<Record<string, unknown>>(call('vehicle:get', { id }))).thumbnailUrl).toBe(
      `vehicles/${id}/thumbnail.png`,
    );
    const updated = await value<{ summary: { name: string } }>(
      call('vehicle:update', { id, name: 'Seal 2024' }),
    );
    expect(updated.summary.name).toBe('Seal 2024');
    expect(await value(call('vehicle:remove', { id }))).toEqual({ id, removed: true });
    expect(await call('vehicle:get', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('vehicle:remove', { id: 'compact-ev' })).toMatchObject({
      ok: false,
      error: { code: 'refused', details: { problem: { key: 'library.builtInFixed' } } },
    });
  });

  it('cancels a running import: the import answers `cancelled` and nothing is stored', async () => {
    gated = gatedImporter();
    const other = await carGlb({ seed: 8 });
    const importing = call('vehicle:import', {
      importId: 'imp-2',
      files: [{ name: 'a.glb', dataBase64: b64(other) }],
    });
    await gated.started;
    expect(await value(call('vehicle:import-cancel', { importId: 'imp-2' }))).toEqual({ cancelled: true });
    expect(await importing).toMatchObject({
      ok: false,
      error: { code: 'refused', details: { problem: { key: 'library.importCancelled' } } },
    });
    expect(await value(call('vehicle:import-cancel', { importId: 'imp-2' }))).toEqual({ cancelled: false });
    const { vehicles } = await value<{ vehicles: unknown[] }>(call('vehicle:list', {}));
    expect(vehicles).toHaveLength(1);
  });

  it('refuses bad requests with the reason: path tricks in file names, a bad id, too many bytes', async () => {
    for (const name of ['../evil.glb', '/etc/x.glb', 'a\\b.glb', 'c:x.glb', 'a//b.glb']) {
      const r = await call('vehicle:import', { importId: 'x', files: [{ name, dataBase64: b64(glb) }] });
      expect(r, name).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(await call('vehicle:get', { id: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await call('vehicle:get', { id: 'A'.repeat(64) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await call('vehicle:update', { id: 'compact-ev', lengthMm: 12 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });
});

describe('vehicle library on a kiosk', () => {
  let boot: Bootstrapped;
  beforeAll(async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'vehicle-kiosk-'));
    writeFileSync(
      join(userDataDir, 'settings.json'),
      JSON.stringify({ kiosk: true, kioskExitPinHash: hashPin(PIN) }),
    );
    boot = await bootMain('vehicle-kiosk', { userDataDir });
  });
  const as = (caller: string) => (channel: string, payload: unknown) =>
    boot.dispatch(channel, payload, { transport: 'ipc', caller });

  it('a customer screen lists and opens vehicles but may not import, edit, remove or save a thumbnail', async () => {
    const customer = as('ipc:1');
    const glb = await carGlb({ seed: 9 });
    expect((await customer('vehicle:list', {})).ok).toBe(true);
    expect((await customer('vehicle:get', { id: 'compact-ev' })).ok).toBe(true);
    const importing = await customer('vehicle:import', {
      importId: 'k',
      files: [{ name: 'a.glb', dataBase64: b64(glb) }],
    });
    expect(importing).toMatchObject({ ok: false, error: { code: 'staff-only' } });
    expect(!importing.ok && importing.error.message).toContain('vehicle library');
    for (const [channel, payload] of [
      ['vehicle:update', { id: 'compact-ev', name: 'x' }],
      ['vehicle:remove', { id: 'compact-ev' }],
      ['vehicle:thumbnail', { id: 'compact-ev', pngBase64: b64(PNG) }],
      ['vehicle:import-cancel', { importId: 'k' }],
    ] as const) {
      expect(await customer(channel, payload), channel).toMatchObject({
        ok: false,
        error: { code: 'staff-only' },
      });
    }
    expect(boot.services.vehicles.store.paths.root).toBeTruthy();
    expect((await boot.services.vehicles.list()).length).toBe(1);
    // Staff on that screen may.
    const staff = as('ipc:2');
    expect(await value(staff('kiosk:staff', { pin: PIN }))).toEqual({ result: 'staff' });
    const done = await value<{ duplicate: boolean }>(
      staff('vehicle:import', { importId: 'k', files: [{ name: 'a.glb', dataBase64: b64(glb) }] }),
    );
    expect(done.duplicate).toBe(false);
  });
});
