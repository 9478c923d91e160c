import { RefusedError } from '@contract/result';
import { createDispatcher, type Handlers } from '@services/app/dispatch';
import { describe, expect, it, vi } from 'vitest';

const info = {
  name: 'x',
  version: '1.0.0',
  mode: 'sales',
  storeId: 's1',
  language: 'zh-CN',
  runtime: 'browser',
  kiosk: false,
  idleSeconds: 90,
  kioskExit: false,
} as const;

function handlers(impl: Partial<Handlers> = {}): Handlers {
  return { 'app:info': () => info, ...impl } as Handlers;
}

describe('dispatcher', () => {
  it('answers a valid call with the handler value', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch('app:info', {}, { transport: 'test' })).toEqual({ ok: true, value: info });
  });

  it('refuses an unknown channel with a typed error', async () => {
    const result = await createDispatcher(handlers())('fs:readFile', {}, { transport: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses prototype keys as channel names', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 42, null]) {
      const result = await createDispatcher(handlers())(name, {}, { transport: 'test' });
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('refuses a malformed payload before the handler sees it', async () => {
    const spy = vi.fn(() => info);
    const dispatch = createDispatcher(handlers({ 'app:info': spy }));
    const result = await dispatch('app:info', { extra: true }, { transport: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(spy).not.toHaveBeenCalled();
    expect(await dispatch('app:info', 'nope', { transport: 'test' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('turns a RefusedError into its code and a crash into an internal error that is logged', async () => {
    const refuse = createDispatcher(
      handlers({
        'app:info': () => {
          throw new RefusedError('refused', 'no such store');
        },
      }),
    );
    expect(await refuse('app:info', {}, { transport: 'test' })).toEqual({
      ok: false,
      error: { code: 'refused', message: 'no such store' },
    });
    const sink = vi.fn();
    const crash = createDispatcher(
      handlers({
        'app:info': () => {
          throw new TypeError('boom');
        },
      }),
      sink,
    );
    const result = await crash('app:info', {}, { transport: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('boom');
    expect(sink).toHaveBeenCalledOnce();
  });
});
