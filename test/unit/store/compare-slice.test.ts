import type { Channel } from '@contract/contract';
import type { Configuration } from '@domain/configuration';
import { watchComparison } from '@renderer/sales/compare-watch';
import { slotConfigurations } from '@renderer/store/compare-slice';
import type { CallMain } from '@renderer/store/controller';
import { createConfiguratorStore } from '@renderer/store/store';
import { describe, expect, it } from 'vitest';

const base: Configuration = { schemaVersion: 1, vehicle: 'compact-ev', trim: 'standard', battery: 'buy' };
const withTrim = (trim: string): Configuration => ({ ...base, trim });

function started() {
  const store = createConfiguratorStore();
  store.getState().startConfiguration(base);
  return { store, s: store.getState };
}

describe('compare slice', () => {
  it('starts on A with B empty; an empty slot cannot be shown', () => {
    const { s } = started();
    expect(s().activeSlot).toBe('A');
    expect(slotConfigurations(s())).toEqual({ A: base, B: null });
    expect(s().showSlot('B')).toBe(false);
    expect(s().activeSlot).toBe('A');
  });

  it('copying A into B, then switching, puts B on stage with its own history', () => {
    const { s } = started();
    s().commit(withTrim('long-range'));
    s().copySlot('A');
    expect(slotConfigurations(s()).B?.trim).toBe('long-range');
    expect(s().showSlot('B')).toBe(true);
    expect(s().activeSlot).toBe('B');
    expect(s().configuration?.trim).toBe('long-range');
    expect(s().past).toEqual([]);
    s().commit(withTrim('performance'));
    expect(slotConfigurations(s())).toEqual({ A: withTrim('long-range'), B: withTrim('performance') });
  });

  it('undo and redo stay with their slot across switches', () => {
    const { s } = started();
    s().commit(withTrim('long-range')); // A: standard → long-range
    s().fillSlot('B', withTrim('performance'));
    s().showSlot('B');
    s().commit({ ...withTrim('performance'), maintenance: 'care-plus' });
    s().undo(); // B back to performance without care
    expect(s().configuration).toEqual(withTrim('performance'));
    expect(s().future).toHaveLength(1);
    s().showSlot('A');
    expect(s().configuration?.trim).toBe('long-range');
    s().undo(); // A's own history
    expect(s().configuration?.trim).toBe('standard');
    s().showSlot('B');
    s().redo(); // B's redo survived the round trip
    expect(s().configuration?.maintenance).toBe('care-plus');
    expect(slotConfigurations(s()).A?.trim).toBe('standard');
  });

  it('filling a slot is undoable, on stage or parked', () => {
    const { s } = started();
    s().fillSlot('A', withTrim('performance'));
    s().undo();
    expect(s().configuration).toEqual(base);
    s().fillSlot('B', withTrim('long-range'));
    s().fillSlot('B', withTrim('performance'));
    s().showSlot('B');
    s().undo();
    expect(s().configuration?.trim).toBe('long-range');
  });

  it('switching clears the engine-change banner of the slot that left', () => {
    const { s } = started();
    s().fillSlot('B', withTrim('long-range'));
    s().commit(withTrim('performance'), [
      {
        action: 'removed',
        kind: 'ppf',
        id: 'x',
        name: { zh: 'x', en: 'x' },
        message: { key: 'rules.requires', values: { item: 'x', needs: 'y' } },
      },
    ]);
    expect(s().lastChange).not.toBeNull();
    s().showSlot('B');
    expect(s().lastChange).toBeNull();
  });
});

describe('comparison watch', () => {
  it('asks main once per change of either slot (not on a swap) and keeps only the newest answer', async () => {
    const { store, s } = started();
    const asked: { a: string; b: string }[] = [];
    const release: (() => void)[] = [];
    const fake = (async (channel: Channel, payload: { a: Configuration; b: Configuration }) => {
      expect(channel).toBe('quote:compare');
      asked.push({ a: payload.a.trim!, b: payload.b.trim! });
      if (payload.b.trim === 'long-range') await new Promise<void>((r) => release.push(r));
      return { ok: true, value: { ok: true, date: '2026-11-22', comparison: { tag: payload.b.trim } } };
    }) as unknown as CallMain;
    const off = watchComparison(store, fake);
    expect(asked).toEqual([]);
    s().fillSlot('B', withTrim('long-range'));
    s().showSlot('B');
    s().commit(withTrim('performance'));
    s().showSlot('A');
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual([
      { a: 'standard', b: 'long-range' },
      { a: 'standard', b: 'performance' },
    ]);
    for (const r of release) r();
    await new Promise((r) => setTimeout(r, 0));
    const answer = s().comparison!;
    expect(answer.b.trim).toBe('performance');
    expect(answer.result).toMatchObject({ ok: true, comparison: { tag: 'performance' } });
    s().clearParked();
    await new Promise((r) => setTimeout(r, 0));
    expect(s().comparison).toBeNull();
    off();
  });

  it('a bridge failure leaves no stale table and says why', async () => {
    const { store, s } = started();
    const fake = (async () => ({
      ok: false,
      error: { code: 'internal', message: 'main is gone' },
    })) as unknown as CallMain;
    const off = watchComparison(store, fake);
    s().copySlot('A');
    await new Promise((r) => setTimeout(r, 0));
    expect(s().comparison).toBeNull();
    expect(s().comparisonError).toBe('main is gone');
    off();
  });
});
