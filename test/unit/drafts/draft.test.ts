import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { decodeConfigurationCode } from '@domain/code/decode';
import { DraftInputError, sealDraft } from '@domain/drafts/build';
import { canonicalJson, contentHash } from '@domain/drafts/canonical';
import { DRAFT_ID_PATTERN, draftIdTime, newDraftId } from '@domain/drafts/id';
import { Customer, orderDraftJsonSchema } from '@domain/drafts/schema';
import { verifyDraft, verifyDraftText } from '@domain/drafts/verify';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATE, loadDefault } from '../domain/fixtures';
import { makeDraft } from './fixtures';

let catalog: Catalog;
let zones: ZoneTable;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
});

describe('canonical JSON', () => {
  it('sorts keys at every level, drops undefined, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x', e: undefined } })).toBe(
      '{"a":{"c":"x","d":[3,1]},"b":1}',
    );
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/not a finite number/);
  });
});

describe('draft ids', () => {
  it('sort by creation time and never repeat', () => {
    let rand = 0;
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => rand++ & 255);
    const a = newDraftId({ now: () => 1_790_000_000_000, randomBytes: bytes });
    const b = newDraftId({ now: () => 1_790_000_000_001, randomBytes: bytes });
    expect(a).toMatch(DRAFT_ID_PATTERN);
    expect(a < b).toBe(true);
    expect(draftIdTime(a)).toBe(1_790_000_000_000);
    const many = new Set(
      Array.from({ length: 2000 }, () =>
        newDraftId({ now: () => 5, randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)) }),
      ),
    );
    expect(many.size).toBe(2000);
  });

  it('read ids made before the ulid package the same, and sort them the same', () => {
    // Minted by the hand-written encoder this replaced (same clock, random bytes 0, 37, 74, …).
    const before: [string, number][] = [
      ['000000000000JMMVWMQ7F06A2D', 0],
      ['01M3250V00EABVSR865D87B6NZ', 1_790_000_000_000],
      ['01M3250V01WG4JWMVRKQ1EE31H', 1_790_000_000_001],
      ['7ZZZZZZZZZASXT1HFA1WT5JZN3', 2 ** 48 - 1],
    ];
    for (const [id, time] of before) {
      expect(id).toMatch(DRAFT_ID_PATTERN);
      expect(draftIdTime(id)).toBe(time);
      if (time === 0) continue;
      const now = newDraftId({ now: () => time, randomBytes: (n) => new Uint8Array(n) });
      expect(now.slice(0, 10)).toBe(id.slice(0, 10));
    }
    const mixed = [
      ...before.map(([id]) => id),
      newDraftId({ now: () => 17_900_000_000_000, randomBytes: (n) => new Uint8Array(n) }),
    ];
    expect([...mixed].sort()).toEqual([mixed[0], mixed[1], mixed[2], mixed[4], mixed[3]]);
    expect(() => newDraftId({ now: () => 0, randomBytes: (n) => new Uint8Array(n) })).toThrow(/out of range/);
    expect(() => newDraftId({ now: () => 2 ** 48, randomBytes: (n) => new Uint8Array(n) })).toThrow(
      /out of range/,
    );
  });
});

describe('order draft', () => {
  it('carries everything the shop and the online store need, and verifies', () => {
    const d = makeDraft(catalog, zones, undefined, {
      customer: { name: '王小明', mobile: '13812345678' },
      pickup: { store: 'sh-pudong-service', date: '2026-12-05' },
    });
    expect(verifyDraft(JSON.parse(JSON.stringify(d)))).toEqual({ ok: true, draft: d });
    expect(d.priceList.version).toBe('2026.11');
    expect(d.store.id).toBe('sh-xuhui-wrap');
    expect(d.pickup?.store.id).toBe('sh-pudong-service');
    expect(d.quote.lines.reduce((s, l) => s + l.amountFen, 0)).toBe(d.quote.totalFen);
    expect(d.quote.lines.every((l) => catalog.index.has(l.item))).toBe(true);
    expect(d.validUntil).toBe('2026-11-29');
    const decoded = decodeConfigurationCode(d.configurationCode, { catalog, zones, date: DATE });
    expect(decoded.ok && decoded.configuration).toStrictEqual(d.configuration);
  });

  it('detects any edit to the content', () => {
    const d = makeDraft(catalog, zones);
    const text = JSON.stringify(d);
    const edits: [string, (x: typeof d) => void][] = [
      ['total', (x) => (x.quote.totalFen += 100)],
      ['line', (x) => (x.quote.lines[0]!.amountFen -= 1)],
      ['customer', (x) => (x.customer = { name: 'Mallory' })],
      [
        'code',
        (x) =>
          (x.configurationCode = `${x.configurationCode.slice(0, -1)}${x.configurationCode.endsWith('0') ? '1' : '0'}`),
      ],
      ['store', (x) => (x.store.name.zh = '别的店')],
    ];
    for (const [what, edit] of edits) {
      const copy = JSON.parse(text);
      edit(copy);
      const v = verifyDraft(copy);
      expect(v.ok, what).toBe(false);
      if (!v.ok) expect(v.reason).toMatch(/checksum mismatch/);
    }
    const resealed = JSON.parse(text);
    resealed.quote.totalFen += 100;
    const { checksum: _c, ...content } = resealed;
    const v = verifyDraft(sealDraft(content));
    expect(!v.ok && v.reason).toMatch(/lines add up to/);
    expect(verifyDraftText(text.slice(0, 200)).ok).toBe(false);
  });

  it('validates mainland mobile numbers and refuses pickup at a store that does not hand over cars', () => {
    for (const m of ['13812345678', '19900001111'])
      expect(Customer.safeParse({ mobile: m }).success).toBe(true);
    for (const m of ['12812345678', '1381234567', '138123456789', '+8613812345678', '138-1234-5678']) {
      expect(Customer.safeParse({ mobile: m }).success).toBe(false);
    }
    expect(() =>
      makeDraft(catalog, zones, undefined, { pickup: { store: 'sh-xuhui-wrap', date: '2026-12-01' } }),
    ).toThrow(DraftInputError);
    expect(() =>
      makeDraft(catalog, zones, undefined, { pickup: { store: 'sh-pudong-service', date: '2026-01-01' } }),
    ).toThrow(/in the past/);
  });

  it('has its JSON Schema generated into docs/schema/ and up to date', () => {
    const file = join(import.meta.dirname, '../../../docs/schema/order-draft.schema.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(orderDraftJsonSchema());
  });
});
