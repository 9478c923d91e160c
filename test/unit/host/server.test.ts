import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalHost, MAX_BODY_BYTES, startLocalHost } from '@host/server';
import { createDispatcher, type Handlers } from '@services/app/dispatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const handlers = {
  'app:info': () => ({
    name: 'n',
    version: '1',
    mode: 'sales',
    storeId: 'store-1',
    language: 'zh-CN',
    runtime: 'browser',
    kiosk: false,
  }),
} as unknown as Handlers;

describe('local host', () => {
  let host: LocalHost;
  const root = mkdtempSync(join(tmpdir(), 'host-'));
  const rendererDir = join(root, 'renderer');
  beforeAll(async () => {
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, 'secret.txt'), 'do not serve');
    host = await startLocalHost({ dispatch: createDispatcher(handlers), rendererDir, token: 'tok-123' });
  });
  afterAll(() => host.close());

  const api = (channel: string, init: RequestInit = {}) =>
    fetch(`${host.url}/api/${channel}`, {
      method: 'POST',
      body: '{}',
      ...init,
      headers: { authorization: 'Bearer tok-123', ...(init.headers ?? {}) },
    });

  it('listens on loopback only; each app address carries a fresh one-time code, never the token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const first = host.appUrl;
    expect(first).toMatch(new RegExp(`^${host.url}/#code=[\\w-]{32}$`));
    expect(host.appUrl).not.toBe(first);
    expect(first).not.toContain('tok-123');
  });

  it('answers a call that carries the token', async () => {
    const res = await api('app:info');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { storeId: 'store-1' } });
  });

  it('refuses a missing or wrong token', async () => {
    for (const authorization of ['', 'Bearer nope', 'Bearer tok-1234', 'tok-123']) {
      const res = await fetch(`${host.url}/api/app:info`, {
        method: 'POST',
        body: '{}',
        headers: { authorization },
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses a foreign Origin even with the token', async () => {
    const res = await api('app:info', { headers: { origin: 'http://evil.example' } });
    expect(res.status).toBe(403);
  });

  it('refuses oversized bodies, bad JSON, GET and unknown channels with typed errors', async () => {
    expect((await api('app:info', { body: 'x'.repeat(MAX_BODY_BYTES + 10) })).status).toBe(413);
    expect((await api('app:info', { body: '{"a":' })).status).toBe(400);
    expect((await fetch(`${host.url}/api/app:info`)).status).toBe(405);
    const unknown = await api('shell:exec');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'unknown-channel' } });
    const invalid = await api('app:info', { body: '[]' });
    expect(invalid.status).toBe(422);
  });

  it('lets a vehicle thumbnail over 1 MiB through to its schema, and refuses one over its 4 MiB PNG', async () => {
    const id = 'a'.repeat(64);
    const body = (bytes: number) =>
      JSON.stringify({ id, pngBase64: Buffer.alloc(bytes, 7).toString('base64') });
    // 2 MiB of PNG: past the body check (the handlers here do not know the channel, so not 413).
    expect((await api('vehicle:thumbnail', { body: body(2 * 1024 * 1024) })).status).not.toBe(413);
    expect((await api('vehicle:thumbnail', { body: body(5 * 1024 * 1024) })).status).toBe(413);
  });

  it('serves the renderer with the CSP and never a file outside it', async () => {
    const page = await fetch(`${host.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      expect((await fetch(`${host.url}${path}`)).status).toBe(404);
    }
  });
});
