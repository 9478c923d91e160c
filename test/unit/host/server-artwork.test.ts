import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type LocalHost, MAX_BODY_BYTES, MAX_FILE_BODY_BYTES, startLocalHost } from '@host/server';
import { bootstrap } from '@services/app/bootstrap';
import type { Services } from '@services/app/services';
import { encodePng } from '@services/artwork/png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');

describe('local host: artwork bodies', () => {
  let host: LocalHost;
  let services: Services;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'host-artwork-'));
    let dispatch: Awaited<ReturnType<typeof bootstrap>>['dispatch'];
    ({ dispatch, services, stop } = await bootstrap({
      userDataDir,
      appRoot: root,
      runtime: 'browser',
      log: () => {},
    }));
    host = await startLocalHost({
      dispatch,
      events: services.events,
      rendererDir: join(root, 'out'),
      token: 't-1',
    });
  });
  afterAll(async () => {
    await host.close();
    await stop();
  });
  const post = (channel: string, body: string) =>
    fetch(`${host.url}/api/${channel}`, { method: 'POST', body, headers: { authorization: 'Bearer t-1' } });

  it('accepts a 6 MB artwork upload on artwork:import, far over the 1 MiB limit of other channels', async () => {
    const side = 1300;
    const png = encodePng({ width: side, height: side, data: randomBytes(side * side * 4) });
    expect(png.length).toBeGreaterThan(6 * MAX_BODY_BYTES);
    const body = JSON.stringify({ name: 'noise.png', dataBase64: Buffer.from(png).toString('base64') });
    const res = await post('artwork:import', body);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      value: { name: 'noise.png', width: side, bytes: png.length },
    });
    expect(existsSync(join(services.artwork.folder, 'noise.png'))).toBe(true);
    // The same size on an ordinary channel is still refused before it is parsed.
    expect((await post('app:info', body)).status).toBe(413);
  });

  it('refuses a body over the artwork limit with 413 and writes nothing', async () => {
    const before = (await services.artwork.list()).files.length;
    const res = await post(
      'artwork:import',
      `{"name":"x.png","dataBase64":"${'A'.repeat(MAX_FILE_BODY_BYTES)}"}`,
    );
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect((await services.artwork.list()).files.length).toBe(before);
  });

  it('answers dialog channels with 400 unsupported on the local host', async () => {
    const res = await post('artwork:pick', '{}');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
