import { resolve } from 'node:path';
import type { Channel, RequestOf } from '@contract/contract';
import { type CallMain, createController } from '@renderer/store/controller';
import { createConfiguratorStore } from '@renderer/store/store';
import type { Dispatcher } from '@services/app/dispatch';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bootMain } from '../../support/main';

const _root = resolve(import.meta.dirname, '..', '..', '..');

/** Waits until the quote on the store answers the newest request. */
async function settled(store: ReturnType<typeof createConfiguratorStore>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const s = store.getState();
    if (s.quoteSeq > 0 && s.shownSeq === s.quoteSeq) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('quote never settled');
}

describe('controller against the real main-process handlers', () => {
  let dispatch: Dispatcher;
  let callMain: CallMain;
  beforeAll(async () => {
    ({ dispatch } = await bootMain('store'));
    callMain = ((channel: Channel, payload: RequestOf<Channel>) =>
      dispatch(channel, payload, { transport: 'test' })) as CallMain;
  });

  async function started() {
    const store = createConfiguratorStore();
    const controller = createController(store, callMain);
    controller.watch();
    await controller.load();
    await settled(store);
    return { store, controller, s: store.getState };
  }

  it('loads the catalog, starts on the first trim with the settings store, and quotes it', async () => {
    const { s } = await started();
    expect(s().catalogState).toBe('ready');
    expect(s().configuration).toMatchObject({ trim: 'standard', battery: 'buy', store: 'sh-xuhui-wrap' });
    expect(s().quote?.totalFen).toBe(14_880_000);
    expect(s().options.find((o) => o.id === 'aero-19')?.status).toBe('unavailable');
  });

  it('sends choices through rules:apply and re-quotes; the engine adds what a choice needs', async () => {
    const { s, controller } = await started();
    expect(await controller.choose({ kind: 'accessory', id: 'roof-box', selected: true })).toBe(true);
    await settled({ getState: s } as never);
    expect(s().configuration?.accessories).toEqual(
      expect.arrayContaining(['roof-box', 'crossbars', 'roof-rails']),
    );
    expect(s().lastChange?.changes.map((c) => c.id)).toEqual(
      expect.arrayContaining(['crossbars', 'roof-rails']),
    );
    expect(s().quote!.totalFen).toBeGreaterThan(14_880_000);
  });

  it('a refused choice leaves the configuration alone and shows the engine reasons', async () => {
    const { s, controller } = await started();
    const before = s().configuration;
    expect(await controller.choose({ kind: 'wheel', id: 'aero-19' })).toBe(false);
    expect(s().configuration).toBe(before);
    expect(s().notice).toMatchObject({ kind: 'reasons' });
    expect(s().past).toEqual([]);
  });

  it('terms are checked by main: an unknown promotion code is refused, a valid one kept', async () => {
    const { s, controller } = await started();
    expect(await controller.setTerms({ promotionCodes: ['NOPE42'] })).toBe(false);
    expect(s().configuration?.promotionCodes).toBeUndefined();
    expect(s().notice?.kind).toBe('reasons');
    expect(await controller.setTerms({ promotionCodes: ['VIP2026'] })).toBe(true);
    expect(s().configuration?.promotionCodes).toEqual(['VIP2026']);
    expect(
      await controller.setTerms({
        financing: { plan: 'fin-standard', termMonths: 36, downPaymentPercent: 30 },
      }),
    ).toBe(true);
    await settled({ getState: s } as never);
    expect(s().quote?.financing?.termMonths).toBe(36);
  });

  it('reset goes back to the trim defaults and keeps the store', async () => {
    const { s, controller } = await started();
    await controller.choose({ kind: 'trim', id: 'performance' });
    await controller.choose({ kind: 'maintenance', id: 'care-plus' });
    controller.reset();
    expect(s().configuration).toEqual({
      schemaVersion: 1,
      vehicle: 'compact-ev',
      trim: 'performance',
      battery: 'buy',
      store: 'sh-xuhui-wrap',
    });
  });

  it('reset on a customer car starts over on that car (no trim or battery), keeping the store', async () => {
    const { s, controller } = await started();
    const car = { id: 'ab'.repeat(32), modelSha256: 'ab'.repeat(32) };
    s().commit({ schemaVersion: 1, vehicle: car, wrap: { film: 'gloss-red' }, store: 'sh-xuhui-wrap' });
    controller.reset();
    expect(s().configuration).toEqual({ schemaVersion: 1, vehicle: car, store: 'sh-xuhui-wrap' });
  });
});

describe('controller with a slow bridge', () => {
  it('drops a stale quote that arrives after a newer one', async () => {
    const store = createConfiguratorStore();
    const release: (() => void)[] = [];
    const fake = (async (channel: Channel, payload: { configuration?: { trim: string } }) => {
      if (channel === 'quote:price') {
        const trim = payload.configuration!.trim;
        const fen = trim === 'standard' ? 1 : 2;
        if (trim === 'standard') await new Promise<void>((r) => release.push(r));
        return { ok: true, value: { ok: true, quote: { totalFen: fen }, date: '2026-11-22', store: 's' } };
      }
      return { ok: true, value: { rules: { valid: true }, options: [] } };
    }) as unknown as CallMain;
    const controller = createController(store, fake);
    store.getState().startConfiguration({ schemaVersion: 1, vehicle: 'v', trim: 'standard', battery: 'buy' });
    const slow = controller.refresh();
    store.getState().commit({ schemaVersion: 1, vehicle: 'v', trim: 'performance', battery: 'buy' });
    await controller.refresh();
    expect(store.getState().quote?.totalFen).toBe(2);
    for (const r of release) r();
    await slow;
    expect(store.getState().quote?.totalFen).toBe(2);
    expect(store.getState().shownSeq).toBe(store.getState().quoteSeq);
  });

  it('drops a choice whose answer comes after the configuration was replaced (a kiosk session ended)', async () => {
    const store = createConfiguratorStore();
    let answer: (() => void) | undefined;
    const fake = (async (channel: Channel, payload: { configuration: { trim: string } }) => {
      if (channel === 'rules:apply') {
        await new Promise<void>((r) => {
          answer = r;
        });
        const configuration = { ...payload.configuration, wrap: { film: 'gloss-red' } };
        return { ok: true, value: { ok: true, configuration, changes: [] } };
      }
      if (channel === 'rules:evaluate') {
        await new Promise<void>((r) => {
          answer = r;
        });
        return { ok: true, value: { rules: { valid: true }, options: [] } };
      }
      return { ok: false, error: { code: 'offline', message: 'not in this test' } };
    }) as unknown as CallMain;
    const controller = createController(store, fake);
    const fresh = { schemaVersion: 1 as const, vehicle: 'v', trim: 'standard', battery: 'buy' as const };
    store.getState().startConfiguration({ ...fresh, trim: 'showcase' });
    const showcase = controller.choose({ kind: 'film', id: 'gloss-red' });
    await vi.waitFor(() => expect(answer).toBeDefined());
    store.getState().startConfiguration(fresh);
    answer!();
    expect(await showcase).toBe(false);
    expect(store.getState().configuration).toEqual(fresh);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().applying).toBe(false);
    // Terms too: checked against a configuration that is gone, they are not applied over the new one.
    answer = undefined;
    const terms = controller.setTerms({ store: 'sh-xuhui-wrap' });
    await vi.waitFor(() => expect(answer).toBeDefined());
    store.getState().startConfiguration({ ...fresh, trim: 'long-range' });
    answer!();
    expect(await terms).toBe(false);
    expect(store.getState().configuration?.store).toBeUndefined();
    // Undisturbed, the same choice is kept.
    answer = undefined;
    const kept = controller.choose({ kind: 'film', id: 'gloss-red' });
    await vi.waitFor(() => expect(answer).toBeDefined());
    answer!();
    expect(await kept).toBe(true);
    expect(store.getState().configuration?.wrap).toEqual({ film: 'gloss-red' });
  });

  it('a catalog that fails to load becomes an error state, not a crash', async () => {
    const store = createConfiguratorStore();
    const fake = (async (channel: Channel) => {
      if (channel === 'catalog:get')
        return {
          ok: true,
          value: {
            ok: false,
            errors: [
              { file: 'films.json', path: '$', message: { key: 'catalog.badJson', values: { reason: 'x' } } },
            ],
          },
        };
      return { ok: false, error: { code: 'internal', message: 'down' } };
    }) as unknown as CallMain;
    await createController(store, fake).load();
    expect(store.getState().catalogState).toBe('error');
    expect(store.getState().catalogProblems).toEqual([
      { where: 'films.json $', message: { key: 'catalog.badJson', values: { reason: 'x' } } },
    ]);
    expect(store.getState().notice).toEqual({ kind: 'key', key: 'app.offline' });
  });
});
