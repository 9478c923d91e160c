import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ArtworkFile } from '@contract/artwork-contract';
import { bootstrap } from '@services/app/bootstrap';
import type { Dispatcher } from '@services/app/dispatch';
import { sha256Hex } from '@services/app/file-hash';
import type { Services } from '@services/app/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngBytes, webpLossless } from './samples';

const root = resolve(import.meta.dirname, '..', '..', '..');

describe('artwork channels (local host runtime)', () => {
  let dispatch: Dispatcher;
  let services: Services;
  let stop: () => Promise<void>;
  let folder: string;
  beforeAll(async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'artwork-'));
    ({ dispatch, services, stop } = await bootstrap({
      userDataDir,
      appRoot: root,
      runtime: 'browser',
      log: () => {},
    }));
    folder = services.artwork.folder;
  });
  afterAll(() => stop());
  const call = (channel: string, payload: unknown) => dispatch(channel, payload, { transport: 'test' });

  it('creates <dataDir>/artwork and lists it empty', async () => {
    expect(folder).toBe(join(services.dataDir, 'artwork'));
    expect(await call('artwork:list', {})).toMatchObject({ ok: true, value: { folder, files: [] } });
  });

  it('imports bytes under a safe name, reads them back with the same hash', async () => {
    const png = pngBytes(40, 20);
    const result = await call('artwork:import', {
      name: ' 车门 logo?.png',
      dataBase64: png.toString('base64'),
    });
    expect(result.ok).toBe(true);
    const file = (result as { value: ArtworkFile }).value;
    expect(file).toMatchObject({
      name: '车门 logo.png',
      mime: 'image/png',
      width: 40,
      height: 20,
      bytes: png.length,
    });
    expect(file.sha256).toBe(sha256Hex(png));
    expect(file.path).toBe(join(folder, '车门 logo.png'));
    const read = await call('artwork:read', { name: file.name });
    expect(read).toMatchObject({
      ok: true,
      value: { sha256: file.sha256, dataBase64: png.toString('base64') },
    });
  });

  it('never overwrites: a second import with the same name gets a new one', async () => {
    const other = pngBytes(8, 8, [0, 0, 255, 255]);
    const result = await call('artwork:import', {
      name: '车门 logo.png',
      dataBase64: other.toString('base64'),
    });
    expect(result).toMatchObject({ ok: true, value: { name: '车门 logo-2.png' } });
    expect(readFileSync(join(folder, '车门 logo.png'))).toEqual(pngBytes(40, 20));
  });

  it('names the file after its real type', async () => {
    const result = await call('artwork:import', {
      name: 'photo.jpg',
      dataBase64: pngBytes().toString('base64'),
    });
    expect(result).toMatchObject({ ok: true, value: { name: 'photo.png', mime: 'image/png' } });
  });

  it('refuses a file that is not an image, and writes nothing', async () => {
    const before = readdirSync(folder).sort();
    const result = await call('artwork:import', {
      name: 'page.png',
      dataBase64: Buffer.from('<!DOCTYPE html><html>404</html>').toString('base64'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
    if (!result.ok) {
      expect(result.error.message).toContain('HTML page');
      expect(result.error.details).toMatchObject({ problem: { code: 'not-image' } });
    }
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it('lists files saved straight into the folder, and reports broken ones with their reason', async () => {
    writeFileSync(join(folder, 'saved-from-tool.png'), pngBytes(16, 16));
    writeFileSync(join(folder, 'broken.png'), pngBytes(16, 16).subarray(0, 30));
    const result = await call('artwork:list', {});
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as {
      files: ArtworkFile[];
      refused: { name: string; problem: { code: string } }[];
    };
    expect(value.files.map((f) => f.name)).toContain('saved-from-tool.png');
    expect(value.refused).toEqual([
      expect.objectContaining({
        name: 'broken.png',
        problem: expect.objectContaining({ code: 'truncated' }),
      }),
    ]);
  });

  it('answers a missing name with not-found and a folder name with an invalid payload', async () => {
    expect(await call('artwork:read', { name: 'nope.png' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await call('artwork:read', { name: '../settings.json' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('has no native dialogs on the local host: pick and save answer unsupported', async () => {
    expect(await call('artwork:pick', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(
      await call('file:save', { fileName: 'a.svg', mime: 'image/svg+xml', dataBase64: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    expect(existsSync(join(services.dataDir, 'artwork-picked.json'))).toBe(false);
  });
});

describe('artwork channels (Electron runtime, dialogs injected)', () => {
  it('picks a file through the injected open dialog and saves an export through the save dialog', async () => {
    const { writeFileSync: write, readFileSync: read } = await import('node:fs');
    const userDataDir = mkdtempSync(join(tmpdir(), 'artwork-electron-'));
    const desktop = mkdtempSync(join(tmpdir(), 'desktop-'));
    write(join(desktop, 'wing.webp'), Buffer.from(webpLossless(1200, 800)));
    const { dispatch, stop: stopThis } = await bootstrap({
      userDataDir,
      appRoot: root,
      runtime: 'electron',
      log: () => {},
      dialogs: {
        openImage: async () => join(desktop, 'wing.webp'),
        saveFile: async (name) => join(desktop, `saved-${name}`),
      },
    });
    try {
      const picked = await dispatch('artwork:pick', {}, { transport: 'test' });
      expect(picked).toMatchObject({
        ok: true,
        value: {
          name: 'wing.webp',
          mime: 'image/webp',
          width: 1200,
          height: 800,
          path: join(desktop, 'wing.webp'),
        },
      });
      expect(await dispatch('artwork:read', { name: 'wing.webp' }, { transport: 'test' })).toMatchObject({
        ok: true,
      });
      const saved = await dispatch(
        'file:save',
        { fileName: 'hood.svg', mime: 'image/svg+xml', dataBase64: Buffer.from('<svg/>').toString('base64') },
        { transport: 'test' },
      );
      expect(saved).toEqual({ ok: true, value: { saved: true, path: join(desktop, 'saved-hood.svg') } });
      expect(read(join(desktop, 'saved-hood.svg'), 'utf8')).toBe('<svg/>');
    } finally {
      await stopThis();
    }
  });
});
