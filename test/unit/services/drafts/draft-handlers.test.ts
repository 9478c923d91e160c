import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ApiResult } from '@contract/result';
import { verifyDraftText } from '@domain/drafts/verify';
import type { Dispatcher } from '@services/app/dispatch';
import { PNG as PNGJS } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bootMain } from '../../../support/main';
import { SHOP_CONFIGURATION } from '../../drafts/fixtures';

const _root = resolve(import.meta.dirname, '..', '..', '..', '..');
const ctx = { transport: 'test' } as const;
// A 1×1 transparent PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

let dispatch: Dispatcher;
let dataDir: string;
beforeAll(async () => {
  const boot = await bootMain('draft-handlers');
  dispatch = boot.dispatch;
  dataDir = boot.services.dataDir;
});

async function value<T>(channel: string, payload: unknown): Promise<T> {
  const r = (await dispatch(channel, payload, ctx)) as ApiResult<T>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
  return r.value;
}

async function error(channel: string, payload: unknown) {
  const r = await dispatch(channel, payload, ctx);
  if (r.ok) throw new Error(`${channel} accepted ${JSON.stringify(payload).slice(0, 200)}`);
  return r.error;
}

describe('draft channels', () => {
  it('save → list → get → open → duplicate → work order → delete', async () => {
    const saved = await value<{ id: string; file: string; configurationCode: string; totalFen: number }>(
      'draft:save',
      {
        configuration: SHOP_CONFIGURATION,
        customer: { name: '韩梅梅', mobile: '15012345678' },
        pickup: { store: 'sz-nanshan-wrap', date: '2026-12-20' },
        carImagePng: PNG,
      },
    );
    expect(saved.file).toBe(join(dataDir, 'drafts', `${saved.id}.json`));
    expect(verifyDraftText(readFileSync(saved.file, 'utf8')).ok).toBe(true);
    expect(existsSync(join(dataDir, 'drafts', `${saved.id}.png`))).toBe(true);

    const { drafts } = await value<{ drafts: { id: string; status: string; customerMobile?: string }[] }>(
      'draft:list',
      {},
    );
    expect(drafts[0]).toMatchObject({ id: saved.id, status: 'ok', customerMobile: '150****5678' });

    const got = await value<{ draft: { quote: { totalFen: number } }; carImage?: string; qrSvg: string }>(
      'draft:get',
      { id: saved.id },
    );
    expect(got.draft.quote.totalFen).toBe(saved.totalFen);
    // Re-encoded from its pixels in main: same picture, our own file.
    const sent = PNGJS.sync.read(Buffer.from(PNG.split(',')[1]!, 'base64'));
    const served = PNGJS.sync.read(Buffer.from(got.carImage!.split(',')[1]!, 'base64'));
    expect(served.data.equals(sent.data)).toBe(true);
    expect(got.qrSvg).toMatch(/^<svg/);

    const opened = await value<{ configuration: unknown; notices: unknown[] }>('draft:open', {
      id: saved.id,
    });
    expect(opened).toMatchObject({ configuration: SHOP_CONFIGURATION, notices: [] });

    const copy = await value<{ id: string; configurationCode: string }>('draft:duplicate', { id: saved.id });
    expect(copy.id).not.toBe(saved.id);
    expect(copy.configurationCode).toBe(saved.configurationCode);
    const copied = await value<{ draft: { duplicateOf?: string; customer?: unknown } }>('draft:get', {
      id: copy.id,
    });
    expect(copied.draft.duplicateOf).toBe(saved.id);

    const order = await value<{ labourHours: { total: number }; wrap: unknown[] }>('workorder:get', {
      id: saved.id,
    });
    expect(order.labourHours.total).toBeGreaterThan(0);
    expect(order.wrap.length).toBeGreaterThan(0);

    await value('draft:delete', { id: saved.id });
    expect((await error('draft:get', { id: saved.id })).code).toBe('not-found');
    expect(existsSync(join(dataDir, 'drafts', 'trash', `${saved.id}.json`))).toBe(true);
  });

  it('never takes a price from the page and refuses bad customer data with the field named', async () => {
    const priced = await error('draft:save', { configuration: SHOP_CONFIGURATION, totalFen: 1 });
    expect(priced.code).toBe('invalid-payload');
    const sneaky = await error('draft:save', { configuration: { ...SHOP_CONFIGURATION, priceFen: 1 } });
    expect(sneaky.code).toBe('invalid-payload');
    const mobile = await error('draft:save', {
      configuration: SHOP_CONFIGURATION,
      customer: { mobile: '12345' },
    });
    expect(mobile.message).toMatch(/customer\.mobile: expected a mainland mobile number/);
    const image = await error('draft:save', {
      configuration: SHOP_CONFIGURATION,
      carImagePng: 'data:image/jpeg;base64,AAAA',
    });
    expect(image.message).toMatch(/data:image\/png;base64/);
    const rules = await error('draft:save', {
      configuration: { ...SHOP_CONFIGURATION, accessories: ['roof-box'] },
    });
    expect(rules.code).toBe('refused');
    expect(rules.message).toMatch(/cannot be quoted/);
  });

  it('encodes and decodes codes, refusing damaged ones with a clear message', async () => {
    const { code, qrSvg } = await value<{ code: string; qrSvg: string }>('code:encode', {
      configuration: SHOP_CONFIGURATION,
    });
    expect(qrSvg).toContain('<path');
    const back = await value<{ configuration: unknown; current: boolean }>('code:decode', { code });
    expect(back).toMatchObject({ configuration: SHOP_CONFIGURATION, current: true });
    const bad = await error('code:decode', { code: `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}` });
    expect(bad).toMatchObject({ code: 'refused', details: { reason: 'checksum' } });
    expect(bad.message).toMatch(/check it and type it again/);
  });

  it('lists a page of drafts matching a search, and refuses a bad page or date range', async () => {
    for (const name of ['赵一', '赵二', '钱三'])
      await value('draft:save', {
        configuration: SHOP_CONFIGURATION,
        customer: { name, mobile: '13698765432' },
      });
    const page = await value<{
      drafts: { customerName?: string }[];
      total: number;
      page: number;
      limit: number;
    }>('draft:list', { query: '赵', page: 0, limit: 1, from: '2026-01-01', to: '2099-12-31' });
    expect([page.drafts.map((d) => d.customerName), page.total, page.page, page.limit]).toEqual([
      ['赵二'],
      2,
      0,
      1,
    ]);
    const second = await value<{ drafts: { customerName?: string }[] }>('draft:list', {
      query: '赵',
      page: 1,
      limit: 1,
    });
    expect(second.drafts.map((d) => d.customerName)).toEqual(['赵一']);
    const byDigits = await value<{ total: number }>('draft:list', { query: '5432' });
    expect(byDigits.total).toBeGreaterThanOrEqual(3);
    expect((await error('draft:list', { limit: 101 })).code).toBe('invalid-payload');
    expect((await error('draft:list', { page: -1 })).code).toBe('invalid-payload');
    const range = await error('draft:list', { from: '2026-12-01', to: '2026-11-01' });
    expect(range.message).toMatch(/from is after to/);
    expect((await error('draft:list', { from: '2026-02-30' })).message).toMatch(/not a real calendar date/);
  });

  it('answers unknown or malformed draft ids with not-found or invalid-payload', async () => {
    expect((await error('draft:get', { id: '01M80000000000000000000000' })).code).toBe('not-found');
    expect((await error('draft:get', { id: '../../settings' })).code).toBe('invalid-payload');
    expect((await error('draft:pdf', { id: '01M80000000000000000000000', language: 'fr' })).code).toBe(
      'invalid-payload',
    );
  });

  it('answers a draft "file" that is a folder with a refusal naming it, on every draft channel', async () => {
    const id = '01M8F0000000000000000000DR';
    mkdirSync(join(dataDir, 'drafts', `${id}.json`), { recursive: true });
    for (const channel of ['draft:get', 'draft:open', 'draft:duplicate', 'workorder:get']) {
      const e = await error(channel, { id });
      expect(e.code, channel).toBe('refused');
      expect(e.message).toMatch(/is a folder, not a draft file; move it out of the drafts folder/);
    }
    const pdf = await error('draft:pdf', { id, language: 'zh' });
    expect(pdf.code).toBe('refused');
    const { drafts } = await value<{ drafts: { id: string; status: string; reason?: string }[] }>(
      'draft:list',
      {},
    );
    expect(drafts.find((d) => d.id === id)).toMatchObject({ status: 'damaged', reason: /EISDIR/ });
  });
});
