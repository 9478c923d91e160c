import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalHost, SESSION_PATH, startLocalHost } from '@host/server';
import { createSessionKeeper, LAUNCH_CODE_TTL_MS } from '@host/sessions';
import { type CallContext, createDispatcher, type Handlers } from '@services/app/dispatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('launch codes and page sessions', () => {
  it('a code opens one session, once', () => {
    const keeper = createSessionKeeper(4000);
    const code = keeper.issueCode();
    const id = keeper.redeem(code);
    expect(id).toMatch(/^[\w-]{43}$/);
    expect(keeper.redeem(code)).toBeUndefined();
    expect(keeper.sessionOf(`other=1; wrapcfg_session_4000=${id}`)).toEqual({ caller: 'http:page-1' });
  });

  it('a code dies after its time to live, and an unknown one opens nothing', () => {
    let now = 1_000;
    const keeper = createSessionKeeper(4000, () => now);
    const usual = keeper.issueCode();
    const short = keeper.issueCode(5_000);
    const shortLate = keeper.issueCode(5_000);
    now += 4_999;
    expect(keeper.redeem(short)).toBeDefined();
    now += 1;
    expect(keeper.redeem(shortLate)).toBeUndefined();
    now = 1_000 + LAUNCH_CODE_TTL_MS;
    expect(keeper.redeem(usual)).toBeUndefined();
    expect(keeper.redeem('not-a-code')).toBeUndefined();
  });

  it('the cookie is HttpOnly, SameSite=Strict, named for the port; a wrong or missing cookie names no session', () => {
    const keeper = createSessionKeeper(4001);
    const id = keeper.redeem(keeper.issueCode())!;
    const cookie = keeper.cookie(id);
    expect(cookie).toBe(`wrapcfg_session_4001=${id}; Path=/; HttpOnly; SameSite=Strict`);
    expect(keeper.sessionOf(undefined)).toBeUndefined();
    expect(keeper.sessionOf('')).toBeUndefined();
    expect(keeper.sessionOf(`wrapcfg_session_4001=${id}x`)).toBeUndefined();
    expect(keeper.sessionOf(`wrapcfg_session_4002=${id}`)).toBeUndefined();
  });
});

describe('local host sessions over HTTP', () => {
  let host: LocalHost;
  const callers: (string | undefined)[] = [];
  const handlers = {
    'app:info': (_req: unknown, ctx: CallContext) => {
      callers.push(ctx.caller);
      return { storeId: 'store-1' };
    },
  } as unknown as Handlers;
  beforeAll(async () => {
    const rendererDir = join(mkdtempSync(join(tmpdir(), 'host-s-')), 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    host = await startLocalHost({ dispatch: createDispatcher(handlers), rendererDir, token: 'tok-s' });
  });
  afterAll(() => host.close());

  const open = (code: string, origin: string | null = host.url) =>
    fetch(`${host.url}${SESSION_PATH}`, {
      method: 'POST',
      body: JSON.stringify({ code }),
      headers: origin ? { origin } : {},
    });
  const cookieOf = async (code = host.issueCode()) => {
    const res = await open(code);
    expect(res.status).toBe(200);
    return res.headers.get('set-cookie')!.split(';')[0]!;
  };
  const info = (headers: Record<string, string>) =>
    fetch(`${host.url}/api/app:info`, { method: 'POST', body: '{}', headers });

  it('trades a code for a cookie once; the page then calls with the cookie from its own origin', async () => {
    const code = host.issueCode();
    const res = await open(code);
    const set = res.headers.get('set-cookie') ?? '';
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Strict');
    const cookie = set.split(';')[0]!;
    const again = await open(code);
    expect(again.status).toBe(401);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain('already used');
    const called = await info({ cookie, origin: host.url });
    expect(called.status).toBe(200);
    expect(callers.at(-1)).toMatch(/^http:page-\d+$/);
  });

  it('refuses a session opened from another origin or without one, and the code dies with the try', async () => {
    const code = host.issueCode();
    expect((await open(code, 'http://evil.example')).status).toBe(403);
    expect((await open(code)).status).toBe(401);
    const other = host.issueCode();
    expect((await open(other, null)).status).toBe(403);
    expect((await open(other)).status).toBe(401);
    expect((await fetch(`${host.url}${SESSION_PATH}`)).status).toBe(405);
    expect((await open('x'.repeat(32))).status).toBe(401);
  });

  it('refuses a missing or wrong cookie, and a good cookie from a foreign or unknown origin', async () => {
    const cookie = await cookieOf();
    const [name, value] = cookie.split('=') as [string, string];
    for (const headers of [
      { origin: host.url } as Record<string, string>,
      { origin: host.url, cookie: `${name}=${value.slice(1)}` },
      { origin: host.url, cookie: `${name}x=${value}` },
    ]) {
      const res = await info(headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect((await info({ cookie, origin: 'http://evil.example' })).status).toBe(403);
    // No Origin and no Sec-Fetch-Site: not a page of ours (a stolen cookie in a script, say).
    expect((await info({ cookie })).status).toBe(403);
    expect((await info({ cookie, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await info({ cookie, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('the event stream takes the cookie from the same origin only', async () => {
    const cookie = await cookieOf();
    const refused = await fetch(`${host.url}/api/events`, { headers: { cookie } });
    expect(refused.status).toBe(403);
    expect((await fetch(`${host.url}/api/events`)).status).toBe(401);
    const controller = new AbortController();
    const stream = await fetch(`${host.url}/api/events`, {
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    controller.abort();
  });

  it('in-process callers still use the bearer token (tests, bench); they are named http:bearer', async () => {
    expect((await info({ authorization: 'Bearer tok-s' })).status).toBe(200);
    expect(callers.at(-1)).toBe('http:bearer');
  });

  it('answers a malformed channel encoding and a malformed request target with 400 and the reason', async () => {
    const bad = await fetch(`${host.url}/api/app%E0%A4%A`, {
      method: 'POST',
      body: '{}',
      headers: { authorization: 'Bearer tok-s' },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'invalid-payload', message: expect.stringContaining('percent-encoding') },
    });
    const raw = await rawRequest(
      host.port,
      'GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    );
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toContain('Malformed request target');
  });
});

/** Sends raw bytes (a request `fetch` would refuse to make) and reads the whole answer. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((done, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
    });
    socket.on('end', () => done(answer));
    socket.on('error', reject);
  });
}
