import { resolve } from 'node:path';
import type { Channel, RequestOf } from '@contract/contract';
import { type CallMain, createController } from '@renderer/store/controller';
import {
  forgetStoredConfiguration,
  persistConfiguration,
  readStoredConfiguration,
  restoreConfiguration,
  SESSION_KEY,
  type SessionStore,
} from '@renderer/store/session-persistence';
import { createConfiguratorStore } from '@renderer/store/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { bootMain } from '../../support/main';

const _root = resolve(import.meta.dirname, '..', '..', '..');

/** An in-memory sessionStorage. */
function memoryStorage(): SessionStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

let callMain: CallMain;
beforeAll(async () => {
  const { dispatch } = await bootMain('session');
  callMain = ((channel: Channel, payload: RequestOf<Channel>) =>
    dispatch(channel, payload, { transport: 'test' })) as CallMain;
});

async function loaded() {
  const store = createConfiguratorStore();
  const controller = createController(store, callMain);
  await controller.load();
  return { store, controller };
}

describe('the configuration survives a reload or renderer crash through sessionStorage', () => {
  it('is written on every change and restored on the next boot', async () => {
    const storage = memoryStorage();
    const first = await loaded();
    const off = persistConfiguration(first.store, storage);
    expect(await first.controller.choose({ kind: 'film', id: 'gloss-red' })).toBe(true);
    expect(await first.controller.choose({ kind: 'trim', id: 'long-range' })).toBe(true);
    off();
    const saved = JSON.parse(storage.map.get(SESSION_KEY)!);
    expect(saved).toEqual(first.store.getState().configuration);
    expect(JSON.stringify(saved)).not.toMatch(/customer|mobile|name/);

    const logs: string[] = [];
    const stored = readStoredConfiguration(storage, (l) => logs.push(l));
    const second = await loaded();
    expect(second.store.getState().configuration?.trim).toBe('standard');
    expect(await restoreConfiguration(second.store, callMain, stored!, storage, (l) => logs.push(l))).toBe(
      true,
    );
    expect(second.store.getState().configuration).toEqual(first.store.getState().configuration);
    expect(logs).toEqual([]);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "vehi', /not valid JSON/],
    [
      'not a configuration',
      '{"schemaVersion": 7, "vehicle": "x"}',
      /discarded the stored configuration: schemaVersion/,
    ],
    ['a list', '[1,2,3]', /discarded the stored configuration: \(root\)/],
  ])('discards a stored value that is %s, with a log line', (_what, text, line) => {
    const storage = memoryStorage();
    storage.setItem(SESSION_KEY, text);
    const logs: string[] = [];
    expect(readStoredConfiguration(storage, (l) => logs.push(l))).toBeNull();
    expect(storage.map.has(SESSION_KEY)).toBe(false);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(line);
  });

  it('discards a configuration the catalog no longer accepts, keeping the fresh one', async () => {
    const storage = memoryStorage();
    const stale = {
      schemaVersion: 1 as const,
      vehicle: 'compact-ev',
      trim: 'standard',
      battery: 'buy' as const,
    };
    storage.setItem(SESSION_KEY, JSON.stringify({ ...stale, wheel: 'no-such-wheel' }));
    const logs: string[] = [];
    const stored = readStoredConfiguration(storage, (l) => logs.push(l));
    const { store } = await loaded();
    const before = store.getState().configuration;
    expect(await restoreConfiguration(store, callMain, stored!, storage, (l) => logs.push(l))).toBe(false);
    expect(store.getState().configuration).toEqual(before);
    expect(storage.map.has(SESSION_KEY)).toBe(false);
    expect(logs[0]).toMatch(/catalog no longer accepts it \(.*no-such-wheel/);
  });

  it('is forgotten when a kiosk session ends', () => {
    const storage = memoryStorage();
    storage.setItem(SESSION_KEY, '{}');
    forgetStoredConfiguration(storage);
    expect(storage.map.size).toBe(0);
  });
});
