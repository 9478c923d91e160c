import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract } from '@contract/contract';
import type { ApiResult } from '@contract/result';
import { type LocalHost, SESSION_PATH, startLocalHost } from '@host/server';
import { CHANNEL_PRIVACY } from '@services/app/customer-data';
import type { Dispatcher } from '@services/app/dispatch';
import { hashPin } from '@services/app/kiosk';
import { KioskAccess, OWN_DRAFT_MS } from '@services/app/kiosk-access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootMain, ROOT } from '../../../support/main';
import { SHOP_CONFIGURATION } from '../../drafts/fixtures';

const PIN = '482913';
const CUSTOMER = { name: '韩梅梅', mobile: '15012345678' };

describe('kiosk access (who may see customer data)', () => {
  it('a staff session belongs to the caller that opened it, lives while used, ends with the screen', () => {
    let now = 0;
    const access = new KioskAccess(10_000, () => now);
    access.openStaff('ipc:1');
    expect(access.isStaff('ipc:1')).toBe(true);
    expect(access.isStaff('ipc:2')).toBe(false);
    expect(access.isStaff(undefined)).toBe(false);
    now += 9_999;
    expect(access.isStaff('ipc:1')).toBe(true);
    now += 9_999;
    expect(access.isStaff('ipc:1')).toBe(true);
    now += 10_000;
    expect(access.isStaff('ipc:1')).toBe(false);
    access.openStaff('ipc:1');
    access.end('ipc:1');
    expect(access.isStaff('ipc:1')).toBe(false);
  });

  it('a customer may print only what their own screen saved, until the screen resets or time runs out', () => {
    let now = 0;
    const access = new KioskAccess(10_000, () => now);
    access.savedDraft('ipc:1', 'A');
    expect(access.ownsDraft('ipc:1', 'A')).toBe(true);
    expect(access.ownsDraft('ipc:2', 'A')).toBe(false);
    expect(access.ownsDraft('ipc:1', 'B')).toBe(false);
    access.end('ipc:1');
    expect(access.ownsDraft('ipc:1', 'A')).toBe(false);
    access.savedDraft('ipc:1', 'C');
    now += OWN_DRAFT_MS;
    expect(access.ownsDraft('ipc:1', 'C')).toBe(false);
  });

  it('every contract channel has a privacy class', () => {
    expect(Object.keys(CHANNEL_PRIVACY).sort()).toEqual(Object.keys(contract).sort());
  });
});

describe('customer data on a kiosk, through the dispatcher', () => {
  let dispatch: Dispatcher;
  beforeAll(async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'kiosk-access-'));
    writeFileSync(
      join(userDataDir, 'settings.json'),
      JSON.stringify({ kiosk: true, kioskExitPinHash: hashPin(PIN) }),
    );
    dispatch = (await bootMain('kiosk-access', { userDataDir })).dispatch;
  });
  const as = (caller: string | undefined) => (channel: string, payload: unknown) =>
    dispatch(channel, payload, caller === undefined ? { transport: 'test' } : { transport: 'ipc', caller });
  const value = async <T>(r: Promise<ApiResult<unknown>>): Promise<T> => {
    const result = await r;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  const code = async (r: Promise<ApiResult<unknown>>) => {
    const result = await r;
    return result.ok ? 'ok' : result.error.code;
  };

  it('refuses list, get, open, duplicate, delete and print to customers; saving and printing one’s own works', async () => {
    const screenA = as('ipc:1');
    const screenB = as('ipc:2');
    const saved = await value<{ id: string }>(
      screenA('draft:save', { configuration: SHOP_CONFIGURATION, customer: CUSTOMER }),
    );
    const got = await value<{ draft: { customer?: { mobile: string } } }>(
      screenA('draft:get', { id: saved.id }),
    );
    expect(got.draft.customer?.mobile).toBe(CUSTOMER.mobile);
    expect(await code(screenA('workorder:get', { id: saved.id }))).toBe('ok');
    for (const [channel, payload] of [
      ['draft:list', {}],
      ['draft:open', { id: saved.id }],
      ['draft:duplicate', { id: saved.id }],
      ['draft:delete', { id: saved.id }],
    ] as const) {
      const refused = await screenA(channel, payload);
      expect(refused).toMatchObject({ ok: false, error: { code: 'staff-only' } });
      expect(!refused.ok && refused.error.message).toContain('staff PIN');
    }
    for (const screen of [screenB, as(undefined)]) {
      expect(await code(screen('draft:get', { id: saved.id }))).toBe('staff-only');
      expect(await code(screen('workorder:get', { id: saved.id }))).toBe('staff-only');
      expect(await code(screen('draft:pdf', { id: saved.id, language: 'zh' }))).toBe('staff-only');
    }
    // The screen returns to customer use: the next customer cannot print the last one's draft.
    expect(await value(screenA('kiosk:reset', {}))).toEqual({ reset: true });
    expect(await code(screenA('draft:get', { id: saved.id }))).toBe('staff-only');
  });

  it('the PIN opens a staff session on that screen only; back to customer use ends it', async () => {
    const staff = as('ipc:7');
    const other = as('ipc:8');
    expect(await value(staff('kiosk:staff', { pin: '000000' }))).toEqual({ result: 'wrong-pin' });
    expect(await code(staff('draft:list', {}))).toBe('staff-only');
    expect(await value(staff('kiosk:staff', { pin: PIN }))).toEqual({ result: 'staff' });
    const { drafts } = await value<{ drafts: { id: string; customerMobile?: string }[] }>(
      staff('draft:list', {}),
    );
    expect(drafts.length).toBeGreaterThan(0);
    const id = drafts[0]!.id;
    expect(await code(staff('draft:get', { id }))).toBe('ok');
    expect(await code(staff('draft:open', { id }))).toBe('ok');
    expect(await code(other('draft:list', {}))).toBe('staff-only');
    expect(await code(as(undefined)('kiosk:staff', { pin: PIN }))).toBe('refused');
    await value(staff('kiosk:reset', {}));
    expect(await code(staff('draft:list', {}))).toBe('staff-only');
  });
});

describe('customer data on a kiosk, through the local host', () => {
  let host: LocalHost;
  beforeAll(async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'kiosk-host-'));
    writeFileSync(
      join(userDataDir, 'settings.json'),
      JSON.stringify({ kiosk: true, kioskExitPinHash: hashPin(PIN) }),
    );
    const { dispatch } = await bootMain('kiosk-host', { userDataDir });
    host = await startLocalHost({ dispatch, rendererDir: join(ROOT, 'out', 'renderer') });
  });
  afterAll(() => host.close());

  /** A page session: trades a fresh code for its cookie, then calls from our origin. */
  async function page() {
    const opened = await fetch(`${host.url}${SESSION_PATH}`, {
      method: 'POST',
      headers: { origin: host.url },
      body: JSON.stringify({ code: host.issueCode() }),
    });
    const cookie = opened.headers.get('set-cookie')!.split(';')[0]!;
    return async (channel: string, payload: unknown) => {
      const res = await fetch(`${host.url}/api/${channel}`, {
        method: 'POST',
        headers: { cookie, origin: host.url },
        body: JSON.stringify(payload),
      });
      return { status: res.status, body: (await res.json()) as ApiResult<unknown> };
    };
  }

  it('binds the staff session to the cookie session that entered the PIN', async () => {
    const staff = await page();
    const customer = await page();
    const refused = await staff('draft:list', {});
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'staff-only' } });
    expect((await staff('kiosk:staff', { pin: PIN })).body).toMatchObject({
      ok: true,
      value: { result: 'staff' },
    });
    expect((await staff('draft:list', {})).status).toBe(200);
    expect((await customer('draft:list', {})).status).toBe(403);
  });
});
