import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalHost } from '@host/server';
import { parseEventStream } from '@renderer/api';
import { createDispatcher, type Handlers } from '@services/app/dispatch';
import { createEventHub } from '@services/artwork/events';
import { describe, expect, it } from 'vitest';

/** A byte stream delivering `text` in the given chunk sizes (to split lines and UTF-8 characters). */
function streamOf(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + size));
      at += size;
    },
  });
}

describe('renderer event-stream reader', () => {
  const text =
    ': connected\n\nevent: artwork:changed\ndata: {"name":"龙.png","sha256":"ab"}\n\n: ping\n\n' +
    'event: artwork:removed\r\ndata: {"name":"x.png"}\r\n\r\nevent: broken\ndata: {not json\n\n' +
    'event: artwork:removed\ndata: {"name":"y.png"}\n\n';

  it.each([1, 2, 3, 7, 1000])('reads the same events whatever the chunk size (%i bytes)', async (size) => {
    const seen: [string, unknown][] = [];
    await parseEventStream(streamOf(text, size), (name, data) => seen.push([name, data]));
    expect(seen).toEqual([
      ['artwork:changed', { name: '龙.png', sha256: 'ab' }],
      ['artwork:removed', { name: 'x.png' }],
      ['artwork:removed', { name: 'y.png' }],
    ]);
  });

  it('reads what the local host pushes', async () => {
    const events = createEventHub();
    const host = await startLocalHost({
      dispatch: createDispatcher({} as Handlers),
      rendererDir: mkdtempSync(join(tmpdir(), 'r-')),
      token: 't',
      events,
    });
    const controller = new AbortController();
    const res = await fetch(`${host.url}/api/events`, {
      headers: { authorization: 'Bearer t' },
      signal: controller.signal,
    });
    const seen: [string, unknown][] = [];
    const done = parseEventStream(res.body!, (name, data) => {
      seen.push([name, data]);
      controller.abort();
    }).catch(() => {});
    while (events.size() === 0) await new Promise((r) => setTimeout(r, 10));
    events.publish('artwork:changed', { name: 'a.png', sha256: 'f'.repeat(64) });
    await done;
    expect(seen).toEqual([['artwork:changed', { name: 'a.png', sha256: 'f'.repeat(64) }]]);
    await host.close();
  });
});

describe('onEvent on the local host (no preload bridge)', () => {
  it('opens its session with the one-time code, sends no secret in a header or URL, and reconnects', async () => {
    const { vi } = await import('vitest');
    const events = createEventHub();
    let host = await startLocalHost({
      dispatch: createDispatcher({} as Handlers),
      rendererDir: mkdtempSync(join(tmpdir(), 'r-')),
      events,
    });
    const port = host.port;
    const origin = `http://127.0.0.1:${port}`;
    const urls: string[] = [];
    const realFetch = globalThis.fetch;
    // A stand-in for the browser: keeps the cookie the host sets and sends what a same-origin fetch sends.
    let jar = '';
    const browserFetch = async (url: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      expect(headers.get('authorization')).toBeNull();
      if (jar) headers.set('cookie', jar);
      headers.set('sec-fetch-site', 'same-origin');
      if (init.method === 'POST') headers.set('origin', origin);
      const res = await realFetch(`${origin}${url}`, { ...init, headers });
      const set = res.headers.get('set-cookie');
      if (set) jar = set.split(';')[0]!;
      return res;
    };
    const code = host.issueCode();
    vi.stubGlobal('window', { location: { hash: `#code=${code}`, pathname: '/', search: '' } });
    vi.stubGlobal('history', { replaceState: () => {} });
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      urls.push(url);
      return browserFetch(url, init);
    });
    try {
      const { onEvent } = await import('@renderer/api');
      const seen: string[] = [];
      const stop = onEvent((_name, data) => seen.push((data as { name: string }).name));
      const waitFor = async (check: () => boolean) => {
        for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
        expect(check(), `${check} (listeners ${events.size()}, seen ${seen}, fetches ${urls.length})`).toBe(
          true,
        );
      };
      await waitFor(() => events.size() === 1);
      events.publish('artwork:removed', { name: 'first.png' });
      await waitFor(() => seen.length === 1);
      expect(jar).toMatch(/^wrapcfg_session_\d+=/);
      // The host goes away and comes back on the same port (e.g. restarted): the page reconnects by itself
      // (the browser here is given a session on the new host, as a fresh launch would).
      await host.close();
      await waitFor(() => events.size() === 0);
      host = await startLocalHost({
        dispatch: createDispatcher({} as Handlers),
        rendererDir: mkdtempSync(join(tmpdir(), 'r-')),
        events,
        port,
      });
      jar = '';
      await browserFetch('/session', { method: 'POST', body: JSON.stringify({ code: host.issueCode() }) });
      await waitFor(() => events.size() === 1);
      events.publish('artwork:removed', { name: 'second.png' });
      await waitFor(() => seen.length === 2);
      expect(seen).toEqual(['first.png', 'second.png']);
      expect(urls[0]).toBe('/session');
      expect(urls.slice(1).every((u) => u === '/api/events')).toBe(true);
      expect(urls.length).toBeGreaterThanOrEqual(2);
      stop();
      await waitFor(() => events.size() === 0);
    } finally {
      vi.unstubAllGlobals();
      await host.close();
    }
  });
});
