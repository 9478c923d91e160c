import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName } from '@contract/contract';
import { type LocalHost, startLocalHost } from '@host/server';
import { createDispatcher, type Handlers } from '@services/app/dispatch';
import { sha256Hex } from '@services/app/file-hash';
import { createEventHub, type EventHub } from '@services/artwork/events';
import { type ArtworkDialogs, ArtworkService } from '@services/artwork/service';
import { afterEach, describe, expect, it } from 'vitest';
import { pngBytes } from './samples';

type Seen = { name: EventName; data: { name: string; sha256?: string } };

function setup(dialogs?: ArtworkDialogs) {
  const dir = mkdtempSync(join(tmpdir(), 'artwork-watch-'));
  const events = createEventHub();
  const seen: Seen[] = [];
  events.subscribe((name, data) => seen.push({ name, data: data as Seen['data'] }));
  const service = new ArtworkService({
    folder: join(dir, 'artwork'),
    registryFile: join(dir, 'artwork-picked.json'),
    events,
    dialogs,
    debounceMs: 150,
  });
  return { dir, events, seen, service };
}

/** Waits until `check` holds, polling every 20 ms, failing after `ms`. */
async function until(check: () => boolean, ms = 1000): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

const services: ArtworkService[] = [];
afterEach(() => {
  for (const s of services.splice(0)) s.close();
});

describe('artwork watcher', () => {
  it('pushes artwork:changed within a second when a file in the folder is saved again', async () => {
    const { service, seen } = setup();
    services.push(service);
    await service.start();
    writeFileSync(join(service.folder, 'logo.png'), pngBytes(8, 8));
    await service.list();
    const next = pngBytes(8, 8, [0, 200, 0, 255]);
    writeFileSync(join(service.folder, 'logo.png'), next);
    const ms = await until(() => seen.some((e) => e.name === 'artwork:changed'));
    expect(ms).toBeLessThan(1000);
    expect(seen).toEqual([{ name: 'artwork:changed', data: { name: 'logo.png', sha256: sha256Hex(next) } }]);
  });

  it('stays quiet when a save leaves the bytes unchanged, and debounces a burst of writes into one event', async () => {
    const { service, seen } = setup();
    services.push(service);
    await service.start();
    const first = pngBytes(8, 8);
    writeFileSync(join(service.folder, 'a.png'), first);
    await service.list();
    writeFileSync(join(service.folder, 'a.png'), first);
    await new Promise((r) => setTimeout(r, 400));
    expect(seen).toEqual([]);
    for (let i = 0; i < 5; i++) writeFileSync(join(service.folder, 'a.png'), pngBytes(8, 8, [i, 0, 0, 255]));
    await until(() => seen.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.data.sha256).toBe(sha256Hex(pngBytes(8, 8, [4, 0, 0, 255])));
  });

  it('keeps the previous artwork when a broken save lands, then reports the next good one', async () => {
    const { service, seen } = setup();
    services.push(service);
    await service.start();
    writeFileSync(join(service.folder, 'b.png'), pngBytes(8, 8));
    await service.list();
    writeFileSync(join(service.folder, 'b.png'), pngBytes(8, 8).subarray(0, 30));
    await new Promise((r) => setTimeout(r, 400));
    expect(seen).toEqual([]);
    writeFileSync(join(service.folder, 'b.png'), pngBytes(9, 9));
    await until(() => seen.length === 1);
    expect(seen[0]?.name).toBe('artwork:changed');
  });

  it('pushes artwork:removed when the file is deleted', async () => {
    const { service, seen } = setup();
    services.push(service);
    await service.start();
    writeFileSync(join(service.folder, 'c.png'), pngBytes());
    await service.list();
    rmSync(join(service.folder, 'c.png'));
    await until(() => seen.length === 1);
    expect(seen).toEqual([{ name: 'artwork:removed', data: { name: 'c.png' } }]);
  });

  it('watches a picked file where it is, including saves that replace it by rename', async () => {
    const { dir, service, seen } = setup();
    const elsewhere = mkdtempSync(join(tmpdir(), 'designer-desktop-'));
    const path = join(elsewhere, 'livery.png');
    writeFileSync(path, pngBytes(20, 10));
    const dialogs: ArtworkDialogs = { openImage: async () => path, saveFile: async () => undefined };
    const picked = new ArtworkService({
      folder: join(dir, 'artwork'),
      registryFile: join(dir, 'artwork-picked.json'),
      events: (service as unknown as { options: { events: EventHub } }).options.events,
      dialogs,
    });
    services.push(service, picked);
    const file = await picked.pick();
    expect(file).toMatchObject({ name: 'livery.png', path, width: 20, height: 10 });
    const next = pngBytes(20, 10, [1, 2, 3, 255]);
    writeFileSync(`${path}.tmp`, next);
    renameSync(`${path}.tmp`, path);
    await until(() => seen.some((e) => e.name === 'artwork:changed'));
    expect(seen.at(-1)).toEqual({
      name: 'artwork:changed',
      data: { name: 'livery.png', sha256: sha256Hex(next) },
    });
    expect((await picked.read('livery.png')).sha256).toBe(sha256Hex(next));
  });

  it('remembers picked files across restarts and names a clash uniquely', async () => {
    const { dir, events } = setup();
    const a = mkdtempSync(join(tmpdir(), 'pick-a-'));
    const b = mkdtempSync(join(tmpdir(), 'pick-b-'));
    writeFileSync(join(a, 'logo.png'), pngBytes(4, 4));
    writeFileSync(join(b, 'logo.png'), pngBytes(5, 5));
    let next = join(a, 'logo.png');
    const dialogs: ArtworkDialogs = { openImage: async () => next, saveFile: async () => undefined };
    const options = { folder: join(dir, 'artwork'), registryFile: join(dir, 'picked.json'), events, dialogs };
    const first = new ArtworkService(options);
    services.push(first);
    expect(await first.pick()).toMatchObject({ name: 'logo.png', width: 4 });
    next = join(b, 'logo.png');
    expect(await first.pick()).toMatchObject({ name: 'logo-2.png', width: 5 });
    first.close();
    const again = new ArtworkService(options);
    services.push(again);
    const listed = await again.list();
    expect(listed.files.map((f) => [f.name, f.width])).toEqual([
      ['logo-2.png', 5],
      ['logo.png', 4],
    ]);
  });

  it('answers a cancelled dialog with { cancelled: true } and refuses a picked non-image', async () => {
    const { dir, events } = setup();
    const bad = join(dir, 'notes.png');
    writeFileSync(bad, 'just text');
    let answer: string | undefined;
    const service = new ArtworkService({
      folder: join(dir, 'artwork'),
      registryFile: join(dir, 'picked.json'),
      events,
      dialogs: { openImage: async () => answer, saveFile: async () => answer },
    });
    services.push(service);
    expect(await service.pick()).toEqual({ cancelled: true });
    expect(await service.save('t.svg', 'image/svg+xml', 'PHN2Zz4=')).toEqual({ cancelled: true });
    answer = bad;
    await expect(service.pick()).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('text file'),
    });
    answer = join(dir, 'out.svg');
    expect(await service.save('t.svg', 'image/svg+xml', Buffer.from('<svg/>').toString('base64'))).toEqual({
      saved: true,
      path: answer,
    });
  });
});

describe('local host event stream', () => {
  let host: LocalHost | undefined;
  afterEach(async () => {
    await host?.close();
  });

  const start = async (events: EventHub) => {
    host = await startLocalHost({
      dispatch: createDispatcher({} as Handlers),
      rendererDir: mkdtempSync(join(tmpdir(), 'r-')),
      token: 'tok-ev',
      events,
    });
    return host;
  };

  it('streams artwork:changed to the page within a second of a file being written', async () => {
    const { service, events } = setup();
    services.push(service);
    await service.start();
    const h = await start(events);
    const controller = new AbortController();
    const res = await fetch(`${h.url}/api/events`, {
      headers: { authorization: 'Bearer tok-ev' },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    const bytes = pngBytes(6, 6);
    const t0 = Date.now();
    writeFileSync(join(service.folder, 'live.png'), bytes);
    let text = '';
    while (!text.includes('\n\n') || !text.includes('event:')) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    const ms = Date.now() - t0;
    console.log(`live reload over SSE: artwork:changed ${ms} ms after the write (debounce 150 ms)`);
    expect(ms).toBeLessThan(1000);
    expect(text).toContain('event: artwork:changed\n');
    expect(text).toContain(`data: {"name":"live.png","sha256":"${sha256Hex(bytes)}"}`);
    controller.abort();
    await until(() => events.size() === 1);
  });

  it('refuses the stream without the token or from another origin', async () => {
    const h = await start(createEventHub());
    expect((await fetch(`${h.url}/api/events`)).status).toBe(401);
    expect((await fetch(`${h.url}/api/events?token=tok-ev`)).status).toBe(401);
    expect(
      (
        await fetch(`${h.url}/api/events`, {
          headers: { authorization: 'Bearer tok-ev', origin: 'http://evil.example' },
        })
      ).status,
    ).toBe(403);
  });
});
