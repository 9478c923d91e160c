import type { ConfiguratorBridge } from '@contract/bridge';
import type { ApiResult } from '@contract/result';
import { call } from '@renderer/api';
import type { Dispatcher } from '@services/app/dispatch';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bootMain } from '../../support/main';
import { SHOP_CONFIGURATION } from '../drafts/fixtures';

/**
 * The page's boundary (renderer/src/api.ts): answers from main are parsed with the channel's response schema.
 * The bridge is main's real dispatcher; `tamper` changes an answer on its way, as a bug or a mismatched
 * main would.
 */
let dispatch: Dispatcher;
let tamper: ((channel: string, answer: ApiResult<unknown>) => unknown) | undefined;
const calls: string[] = [];
const holder = globalThis as unknown as { window?: { configurator?: ConfiguratorBridge } };

beforeAll(async () => {
  dispatch = (await bootMain('api-responses')).dispatch;
  const bridge: ConfiguratorBridge = {
    invoke: async (channel, payload) => {
      calls.push(channel);
      const answer = await dispatch(channel, payload, { transport: 'ipc', caller: 'ipc:1' });
      return (tamper ? tamper(channel, answer) : answer) as ApiResult<unknown>;
    },
    onEvent: () => () => {},
  };
  holder.window = { configurator: bridge };
});
afterAll(() => {
  delete holder.window;
});

describe('the page parses every answer with its response schema', () => {
  it('passes an answer that matches, typed', async () => {
    tamper = undefined;
    const r = await call('quote:price', { configuration: SHOP_CONFIGURATION });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.ok && r.value.quote.totalFen).toBeGreaterThan(0);
  });

  it('turns an answer outside the schema into a clear, logged error; the next call works', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    tamper = (channel, answer) => {
      if (channel !== 'quote:price' || !answer.ok) return answer;
      const value = answer.value as { quote: { totalFen: unknown } };
      return { ok: true, value: { ...value, quote: { ...value.quote, totalFen: '12.00' } } };
    };
    calls.length = 0;
    const r = await call('quote:price', { configuration: SHOP_CONFIGURATION });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-response');
    expect(r.error.message).toContain('quote:price');
    expect(r.error.message).toContain('quote.totalFen');
    expect(error).toHaveBeenCalledWith(r.error.message, expect.anything());
    // Reported to main's log as well.
    await vi.waitFor(() => expect(calls).toContain('log:report'));
    tamper = undefined;
    expect((await call('quote:price', { configuration: SHOP_CONFIGURATION })).ok).toBe(true);
    error.mockRestore();
  });

  it('refuses an answer that is not a result at all', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    tamper = (channel, answer) => (channel === 'app:info' ? { value: 'hello' } : answer);
    const r = await call('app:info', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    tamper = undefined;
    error.mockRestore();
  });

  it('passes typed errors through unchanged', async () => {
    tamper = undefined;
    const r = await call('draft:get', { id: '01M80000000000000000000000' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
