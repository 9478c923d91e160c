import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLocalHost } from '../../../electron/host/server';
import { createEventHub } from '../../../electron/main/artwork/events';
import { createDispatcher, type Handlers } from '../../../electron/main/dispatch';
import { parseEventStream } from '../../../renderer/src/api';

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
