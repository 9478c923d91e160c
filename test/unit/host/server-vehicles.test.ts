import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalHost, SESSION_PATH, startLocalHost } from '@host/server';
import { bootstrap } from '@services/app/bootstrap';
import type { Services } from '@services/app/services';
import { encodePng } from '@services/artwork/png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/main';
import { carGlb } from '../../support/vehicle-library';

const sha = (bytes: ArrayBuffer | Uint8Array) =>
  createHash('sha256').update(new Uint8Array(bytes)).digest('hex');

describe('local host: vehicle model and thumbnail bytes', () => {
  let host: LocalHost;
  let services: Services;
  let glb: Uint8Array;
  let id: string;
  beforeAll(async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'host-vehicles-'));
    let dispatch: Awaited<ReturnType<typeof bootstrap>>['dispatch'];
    ({ dispatch, services } = await bootstrap({
      userDataDir,
      appRoot: ROOT,
      runtime: 'browser',
      log: () => {},
    }));
    host = await startLocalHost({
      dispatch,
      events: services.events,
      vehicles: services.vehicles,
      rendererDir: join(ROOT, 'out', 'renderer'),
      token: 'tok-v',
    });
    glb = await carGlb({ seed: 21, triangles: 30_000 });
    const res = await post('vehicle:import', {
      importId: 'h1',
      files: [{ name: 'car.glb', dataBase64: Buffer.from(glb).toString('base64') }],
    });
    id = ((await res.json()) as { value: { summary: { id: string } } }).value.summary.id;
    const png = encodePng({ width: 3, height: 3, data: new Uint8Array(36).fill(200) });
    const saved = await post('vehicle:thumbnail', { id, pngBase64: Buffer.from(png).toString('base64') });
    expect(await saved.json()).toEqual({ ok: true, value: { saved: true } });
  });
  afterAll(async () => {
    await host.close();
    services.artwork.close();
  });
  const post = (channel: string, body: unknown) =>
    fetch(`${host.url}/api/${channel}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { authorization: 'Bearer tok-v' },
    });
  /** The status of a GET, its body read (an unread body would hold the connection). */
  const status = async (url: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    return res.status;
  };
  const cookie = async () => {
    const res = await fetch(`${host.url}${SESSION_PATH}`, {
      method: 'POST',
      body: JSON.stringify({ code: host.issueCode() }),
      headers: { origin: host.url },
    });
    await res.arrayBuffer();
    return res.headers.get('set-cookie')!.split(';')[0]!;
  };

  it('serves a model only to a caller with the session: the page’s cookie from its own origin, or the bearer', async () => {
    const url = `${host.url}/vehicles/${id}/model.glb`;
    expect(await status(url)).toBe(401);
    const session = await cookie();
    expect(await status(url, { cookie: session })).toBe(403);
    expect(await status(url, { cookie: session, 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(await status(url, { cookie: 'wrapcfg_session_1=forged', 'sec-fetch-site': 'same-origin' })).toBe(
      401,
    );
    const res = await fetch(url, { headers: { cookie: session, 'sec-fetch-site': 'same-origin' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('model/gltf-binary');
    expect(Number(res.headers.get('content-length'))).toBe(glb.length);
    // Compared by hash: a deep equality of a megabyte takes seconds, long enough for keep-alive sockets to expire.
    expect(sha(await res.arrayBuffer())).toBe(sha(glb));
    const thumb = await fetch(`${host.url}/vehicles/${id}/thumbnail.png`, {
      headers: { authorization: 'Bearer tok-v' },
    });
    expect(thumb.headers.get('content-type')).toBe('image/png');
    expect((await thumb.arrayBuffer()).byteLength).toBeGreaterThan(50);
    const head = await fetch(url, { method: 'HEAD', headers: { authorization: 'Bearer tok-v' } });
    await head.arrayBuffer();
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(glb.length);
    const posted = await fetch(url, { method: 'POST', headers: { authorization: 'Bearer tok-v' } });
    await posted.arrayBuffer();
    expect(posted.status).toBe(405);
  });

  it('serves the launch EV from assets, and nothing but the two files of a vehicle id', async () => {
    const bearer = { authorization: 'Bearer tok-v' };
    const ev = await fetch(`${host.url}/vehicles/compact-ev/model.glb`, { headers: bearer });
    expect(sha(await ev.arrayBuffer())).toBe(
      sha(readFileSync(join(ROOT, 'assets', 'models', 'compact-ev.glb'))),
    );
    // No thumbnail saved for the launch EV yet.
    expect(await status(`${host.url}/vehicles/compact-ev/thumbnail.png`, bearer)).toBe(404);
    for (const path of [
      `/vehicles/${id}/vehicle.json`,
      `/vehicles/${id.toUpperCase()}/model.glb`,
      `/vehicles/${id.slice(1)}/model.glb`,
      `/vehicles/${id}/model.glb/x`,
      '/vehicles/compact-ev/compact-ev.manifest.json',
      '/vehicles/compact-ev/..%2f..%2fpackage.json',
      '/vehicles/%2e%2e/%2e%2e/package.json',
      '/vehicles/..%5c..%5cpackage.json/model.glb',
      '/vehicles/',
    ]) {
      expect((await rawGet(path)).status, path).toBe(404);
    }
  });

  /** A GET with the path sent exactly as written (fetch would normalise dot segments away). */
  function rawGet(path: string): Promise<{ status: number }> {
    return new Promise((resolve, reject) => {
      const req = request(`${host.url}${path}`, { headers: { authorization: 'Bearer tok-v' } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
      });
      req.on('error', reject);
      req.end();
    });
  }
});
