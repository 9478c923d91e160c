import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PricedQuote, ResponseOf } from '@contract/contract';
import type { ApiResult } from '@contract/result';
import { bootstrap } from '@services/app/bootstrap';
import type { Dispatcher } from '@services/app/dispatch';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..', '..');
const ctx = { transport: 'test' } as const;
const base = { schemaVersion: 1, vehicle: 'compact-ev', trim: 'standard', battery: 'buy' } as const;

describe('quote:compare', () => {
  let dispatch: Dispatcher;
  beforeAll(async () => {
    ({ dispatch } = await bootstrap({
      userDataDir: mkdtempSync(join(tmpdir(), 'compare-handler-')),
      appRoot: root,
      runtime: 'browser',
      today: () => '2026-11-22',
      log: () => {},
    }));
  });

  it('prices both sides in main at the settings store and returns the rows with B − A', async () => {
    const b = { ...base, trim: 'performance', maintenance: 'care-plus' };
    const [qa, qb, compared] = (await Promise.all([
      dispatch('quote:price', { configuration: base }, ctx),
      dispatch('quote:price', { configuration: b }, ctx),
      dispatch('quote:compare', { a: base, b }, ctx),
    ])) as [ApiResult<PricedQuote>, ApiResult<PricedQuote>, ApiResult<ResponseOf<'quote:compare'>>];
    if (!qa.ok || !qb.ok || !qa.value.ok || !qb.value.ok || !compared.ok || !compared.value.ok)
      throw new Error('expected priced answers');
    const c = compared.value.comparison;
    expect(compared.value.date).toBe('2026-11-22');
    expect(c.priced.a.store).toBe('sh-xuhui-wrap');
    expect(c.total).toEqual({
      aFen: qa.value.quote.totalFen,
      bFen: qb.value.quote.totalFen,
      differenceFen: qb.value.quote.totalFen - qa.value.quote.totalFen,
    });
    expect(c.rows.find((r) => r.id === 'maintenance')!.b.choices[0]!.item).toBe('care-plus');
  });

  it('says which side was refused, and refuses a payload that carries a price', async () => {
    const refused = await dispatch('quote:compare', { a: base, b: { ...base, wheel: 'aero-19' } }, ctx);
    expect(refused).toMatchObject({ ok: true, value: { ok: false, refused: { b: [{ item: 'aero-19' }] } } });
    const priced = await dispatch('quote:compare', { a: { ...base, totalFen: 1 }, b: base }, ctx);
    expect(priced).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
