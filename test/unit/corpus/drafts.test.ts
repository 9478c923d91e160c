import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sealDraft } from '@domain/drafts/build';
import type { OrderDraft } from '@domain/drafts/schema';
import { DraftStore } from '@services/drafts/drafts-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusTally } from '../../support/corpus';
import { loadDefault } from '../domain/fixtures';
import { makeDraft } from '../drafts/fixtures';

const corpus = new CorpusTally('drafts', import.meta.url);
afterAll(() => corpus.write());

// biome-ignore lint/suspicious/noExplicitAny: the cases reach into draft JSON to break it on purpose
type Any = any;

/** One damaged draft file: its kind, its text and the words of the reason the store must list. */
interface DraftCase {
  kind: string;
  text: string | Buffer;
  reason: RegExp;
}

let good: OrderDraft;
let cases: DraftCase[] = [];
beforeAll(async () => {
  const { catalog, zones } = await loadDefault();
  good = makeDraft(catalog, zones, undefined, { customer: { name: '王小明', mobile: '13812345678' } });
  const text = `${JSON.stringify(good, null, 2)}\n`;
  const edited = (edit: (d: Any) => void, reseal = false) => {
    const d = JSON.parse(text);
    edit(d);
    if (!reseal) return JSON.stringify(d, null, 2);
    const { checksum: _c, ...content } = d;
    return JSON.stringify(sealDraft(content), null, 2);
  };
  const c: DraftCase[] = [];
  for (let k = 1; k <= 20; k++)
    c.push({
      kind: 'truncated',
      text: text.slice(0, Math.floor((text.length * k) / 21)),
      reason: /not valid JSON/,
    });
  c.push({ kind: 'empty file', text: '', reason: /not valid JSON/ });
  c.push({ kind: 'binary garbage', text: Buffer.from([0, 255, 1, 254, 2, 253]), reason: /not valid JSON/ });
  c.push({ kind: 'UTF-16 file', text: Buffer.from(text, 'utf16le'), reason: /not valid JSON/ });
  c.push({ kind: 'zeros after a power cut', text: Buffer.alloc(4096), reason: /not valid JSON/ });
  for (const v of ['null', '[]', '42', '"draft"', '{}'])
    c.push({ kind: 'JSON that is not a draft', text: v, reason: /not an order draft of schema version 1/ });
  const edits: [string, (d: Any) => void][] = [
    ['total', (d) => (d.quote.totalFen += 100)],
    ['first line', (d) => (d.quote.lines[0].amountFen -= 1)],
    ['last line', (d) => (d.quote.lines.at(-1).amountFen += 1)],
    ['customer name', (d) => (d.customer.name = 'Mallory')],
    ['customer mobile', (d) => (d.customer.mobile = '13900000000')],
    ['store name', (d) => (d.store.name.zh = '别的店')],
    ['price list', (d) => (d.priceList.version = '2025.01')],
    ['trim', (d) => (d.configuration.trim = 'standard')],
    ['film', (d) => (d.configuration.wrap.film = 'gloss-red')],
    ['created at', (d) => (d.createdAt = '2020-01-01T00:00:00.000Z')],
    ['app version', (d) => (d.appVersion = '9.9.9')],
    ['valid until', (d) => (d.validUntil = '2099-12-31')],
    [
      'checksum',
      (d) => (d.checksum.value = d.checksum.value.replace(/^./, (ch: string) => (ch === 'a' ? 'b' : 'a'))),
    ],
  ];
  for (const [what, edit] of edits)
    c.push({ kind: `edited without resealing (${what})`, text: edited(edit), reason: /checksum mismatch/ });
  c.push({
    kind: 'edited and resealed (lines do not add up)',
    text: edited((d) => (d.quote.totalFen += 100), true),
    reason: /lines add up to \d+ fen but the total says/,
  });
  c.push({
    kind: 'edited and resealed (on-the-road)',
    text: edited((d) => (d.quote.onTheRoadFen += 1), true),
    reason: /on-the-road estimate does not match/,
  });
  const removals = [
    'format',
    'schemaVersion',
    'id',
    'quote',
    'configuration',
    'checksum',
    'store',
    'priceList',
  ];
  for (const key of removals)
    c.push({
      kind: `field missing (${key})`,
      text: edited((d) => delete d[key]),
      reason: /not an order draft/,
    });
  const wrongTypes: [string, (d: Any) => void][] = [
    ['total as text', (d) => (d.quote.totalFen = String(d.quote.totalFen))],
    ['schema version 2', (d) => (d.schemaVersion = 2)],
    ['foreign format', (d) => (d.format = 'someone-else/order')],
    ['lines not a list', (d) => (d.quote.lines = {})],
    ['amount with decimals', (d) => (d.quote.lines[0].amountFen = 0.5)],
    ['mobile not a mainland number', (d) => (d.customer.mobile = '+1 555 0100')],
    ['created at not a date', (d) => (d.createdAt = 'yesterday')],
  ];
  for (const [what, edit] of wrongTypes)
    c.push({ kind: `wrong type (${what})`, text: edited(edit), reason: /not an order draft/ });
  c.push({ kind: 'another draft under this name', text, reason: /file name says/ });
  cases = c;
});

describe('damaged draft files in the drafts folder', () => {
  it('are each listed as damaged with their own reason, beside the good draft, and never crash the list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drafts-corpus-'));
    try {
      const store = new DraftStore(dir);
      await store.save(good);
      const ids = cases.map((_c, i) => `01M9${String(i).padStart(22, '0')}`);
      for (const [i, c] of cases.entries()) writeFileSync(store.jsonPath(ids[i]!), c.text);
      const { drafts: list } = await store.list({}, 0, 100);
      expect(list).toHaveLength(cases.length + 1);
      expect(list.find((e) => e.id === good.id)?.status).toBe('ok');
      cases.forEach((c, i) => {
        const entry = list.find((e) => e.id === ids[i]);
        const reason = entry?.status === 'damaged' ? entry.reason : `listed as ${entry?.status}`;
        expect(reason, `${c.kind}`).toMatch(c.reason);
        corpus.add(c.kind.replace(/ \(.*\)$/, ''));
      });
      for (const id of ids.slice(0, 3)) await expect(store.get(id)).rejects.toThrow(/is damaged/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
});
