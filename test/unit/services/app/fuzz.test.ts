import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contract } from '@contract/contract';
import { type LocalHost, startLocalHost } from '@host/server';
import { bootstrap } from '@services/app/bootstrap';
import type { Dispatcher } from '@services/app/dispatch';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusTally } from '../../../support/corpus';

const corpus = new CorpusTally('ipc', import.meta.url);

const root = resolve(import.meta.dirname, '..', '..', '..', '..');
const RUNS_PER_CHANNEL = 200;
/** Error codes a bad request may get; `internal` (a handler threw) is a crash. */
const REQUEST_ERRORS = /^(unknown-channel|invalid-payload|refused|not-found|unsupported)$/;

/** Hostile payloads: wrong types, huge strings, deep nesting, prototype keys, NaN/Infinity, unknown ids. */
const hostile = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: false, withTypedArray: false, maxDepth: 4 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, null, undefined, '', 'x'.repeat(200_000)),
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'configuration', 'choice', 'id'),
    fc.anything({ maxDepth: 3 }),
  ),
  fc.record({
    configuration: fc.record({
      schemaVersion: fc.constantFrom(1, 2),
      vehicle: fc.string(),
      trim: fc.string(),
      battery: fc.string(),
    }),
  }),
  fc.integer({ min: 1, max: 400 }).map((depth) => {
    let v: unknown = 'leaf';
    for (let i = 0; i < depth; i++) v = i % 2 ? { configuration: v } : [v];
    return v;
  }),
);

/** A fingerprint of every file under a folder: names, sizes and contents. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(full).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe(`every channel under ${RUNS_PER_CHANNEL} hostile payloads`, () => {
  let dispatch: Dispatcher;
  let host: LocalHost;
  let userDataDir: string;
  const tally = { calls: 0, refused: 0, crashes: 0 };
  beforeAll(async () => {
    userDataDir = mkdtempSync(join(tmpdir(), 'fuzz-'));
    ({ dispatch } = await bootstrap({
      userDataDir,
      appRoot: root,
      runtime: 'browser',
      log: () => {},
      today: () => '2026-11-22',
    }));
    host = await startLocalHost({ dispatch, rendererDir: join(root, 'out', 'renderer') });
    // The first list builds the drafts index (drafts/index.jsonl, a cache of the draft files); after that,
    // nothing a hostile payload sends may write anything.
    await dispatch('draft:list', {}, { transport: 'test' });
  });
  afterAll(async () => {
    await host.close();
    corpus.write();
    console.log(
      `fuzz: ${tally.calls} hostile calls, ${tally.refused} refused with a typed error, ${tally.crashes} crashes`,
    );
  });

  for (const channel of Object.keys(contract)) {
    it(`${channel}: typed error or answer, never a throw, nothing written`, async () => {
      const before = fingerprint(userDataDir);
      await fc.assert(
        fc.asyncProperty(hostile, async (payload) => {
          const result = await dispatch(channel, payload, { transport: 'test' });
          tally.calls += 1;
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok && !REQUEST_ERRORS.test(result.error.code)) {
            // `internal`: a handler threw something it did not mean to.
            tally.crashes += 1;
            corpus.crash('IPC payloads');
          } else corpus.add('IPC payloads');
          if (!result.ok) {
            tally.refused += 1;
            expect(result.error.code).toMatch(REQUEST_ERRORS);
            expect(result.error.message.length).toBeGreaterThan(5);
          }
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: 42 },
      );
      expect(fingerprint(userDataDir)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('artwork channels under hostile names and bytes: typed errors, nothing written', async () => {
    const before = fingerprint(userDataDir);
    const names = fc.oneof(
      fc.constantFrom(
        '../settings.json',
        '..',
        '.',
        '/etc/passwd',
        'a/b.png',
        'C:\\x.png',
        'CON',
        '\u0000.png',
        '',
      ),
      fc.string({ maxLength: 220 }),
    );
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc.constantFrom(
        Buffer.from('<!doctype html><html></html>'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0x75, 0x30, 0x75, 0x30, 3]),
        Buffer.from('PK\u0003\u0004zip'),
      ),
    );
    const call = fc.oneof(
      fc.record({
        channel: fc.constant('artwork:import'),
        payload: fc.record({ name: names, dataBase64: bytes.map((b) => Buffer.from(b).toString('base64')) }),
      }),
      fc.record({
        channel: fc.constant('artwork:import'),
        payload: fc.record({ name: names, dataBase64: fc.string({ maxLength: 300 }) }),
      }),
      fc.record({ channel: fc.constant('artwork:read'), payload: fc.record({ name: names }) }),
      fc.record({
        channel: fc.constant('artwork:template'),
        payload: fc.record({ zone: names, format: fc.constantFrom('svg', 'png', 'pdf') }),
      }),
      fc.record({
        channel: fc.constant('file:save'),
        payload: fc.record({ fileName: names, mime: fc.string(), dataBase64: fc.string({ maxLength: 50 }) }),
      }),
      fc.record({ channel: fc.constant('artwork:pick'), payload: fc.anything({ maxDepth: 2 }) }),
    );
    await fc.assert(
      fc.asyncProperty(call, async ({ channel, payload }) => {
        const result = await dispatch(channel, payload, { transport: 'test' });
        tally.calls += 1;
        expect(result.ok).toBe(false);
        if (!result.ok) {
          tally.refused += 1;
          if (!REQUEST_ERRORS.test(result.error.code)) tally.crashes += 1;
          expect(result.error.code).toMatch(REQUEST_ERRORS);
        }
      }),
      { numRuns: 400, seed: 11 },
    );
    expect(fingerprint(userDataDir)).toBe(before);
  });

  it('the local host answers hostile bodies with typed errors and stays up', async () => {
    const bodies = fc.sample(
      fc.oneof(
        fc.string({ maxLength: 300 }),
        hostile.map((v) => JSON.stringify(v) ?? 'null'),
      ),
      { numRuns: 200, seed: 7 },
    );
    for (const body of bodies) {
      const res = await fetch(`${host.url}/api/quote:price`, {
        method: 'POST',
        body,
        headers: { authorization: `Bearer ${host.token}` },
      });
      const json = (await res.json()) as { ok: boolean };
      if (res.status >= 500) {
        tally.crashes += 1;
        corpus.crash('HTTP bodies');
      } else corpus.add('HTTP bodies');
      expect([200, 400, 404, 413, 422]).toContain(res.status);
      expect(typeof json.ok).toBe('boolean');
    }
    const alive = await fetch(`${host.url}/api/app:info`, {
      method: 'POST',
      body: '{}',
      headers: { authorization: `Bearer ${host.token}` },
    });
    expect(alive.status).toBe(200);
  });
});
