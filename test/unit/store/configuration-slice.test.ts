import type { Configuration } from '@domain/configuration';
import type { Change } from '@domain/rules/apply';
import { createConfiguratorStore } from '@renderer/store/store';
import { describe, expect, it } from 'vitest';

const base: Configuration = { schemaVersion: 1, vehicle: 'compact-ev', trim: 'standard', battery: 'buy' };
const withTrim = (trim: string): Configuration => ({ ...base, trim });
const change: Change = {
  action: 'removed',
  kind: 'ppf',
  id: 'ppf-full-body-gloss',
  name: { zh: '全车车衣', en: 'Full body PPF' },
  message: { key: 'rules.excludes', values: { item: 'x', other: 'y' } },
};

describe('configuration slice', () => {
  it('starts without history and records every commit for undo', () => {
    const store = createConfiguratorStore();
    store.getState().startConfiguration(base);
    expect(store.getState().past).toEqual([]);
    store.getState().commit(withTrim('long-range'));
    store.getState().commit(withTrim('performance'));
    expect(store.getState().configuration?.trim).toBe('performance');
    expect(store.getState().past.map((c) => c.trim)).toEqual(['standard', 'long-range']);
  });

  it('undo and redo walk the history; a new commit drops the redo stack', () => {
    const store = createConfiguratorStore();
    const s = store.getState;
    s().startConfiguration(base);
    s().commit(withTrim('long-range'));
    s().commit(withTrim('performance'));
    s().undo();
    expect(s().configuration?.trim).toBe('long-range');
    s().undo();
    expect(s().configuration?.trim).toBe('standard');
    s().undo();
    expect(s().configuration?.trim).toBe('standard');
    s().redo();
    expect(s().configuration?.trim).toBe('long-range');
    expect(s().future.map((c) => c.trim)).toEqual(['performance']);
    s().commit({ ...withTrim('long-range'), battery: 'subscribe' });
    expect(s().future).toEqual([]);
    s().redo();
    expect(s().configuration?.battery).toBe('subscribe');
  });

  it('keeps what the engine changed with the configuration before it, and undo clears it', () => {
    const store = createConfiguratorStore();
    const s = store.getState;
    s().startConfiguration({ ...base, ppf: 'ppf-full-body-gloss' });
    s().commit({ ...base, wrap: { film: 'chrome-silver' } }, [change]);
    expect(s().lastChange).toEqual({ changes: [change], before: { ...base, ppf: 'ppf-full-body-gloss' } });
    s().undo();
    expect(s().lastChange).toBeNull();
    expect(s().configuration?.ppf).toBe('ppf-full-body-gloss');
  });

  it('a commit without engine changes clears the previous change banner', () => {
    const store = createConfiguratorStore();
    const s = store.getState;
    s().startConfiguration(base);
    s().commit(withTrim('long-range'), [change]);
    s().commit(withTrim('performance'));
    expect(s().lastChange).toBeNull();
  });
});

describe('ui slice', () => {
  it('toggles picked zones and switches steps and language', () => {
    const store = createConfiguratorStore();
    const s = store.getState;
    expect(s().step).toBe('trim');
    expect(s().language).toBe('zh-CN');
    s().toggleZone('roof');
    s().toggleZone('mirror-left');
    s().toggleZone('roof');
    expect(s().selectedZones).toEqual(['mirror-left']);
    s().setStep('summary');
    s().setLanguage('en');
    expect([s().step, s().language]).toEqual(['summary', 'en']);
  });
});
