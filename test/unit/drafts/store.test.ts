import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import { sealDraft } from '@domain/drafts/build';
import { FileExistsError } from '@services/app/atomic-file';
import { DraftNotFoundError, DraftStore } from '@services/drafts/drafts-store';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CorpusTally } from '../../support/corpus';
import { loadDefault } from '../domain/fixtures';
import { makeDraft } from './fixtures';

const corpus = new CorpusTally('drafts', import.meta.url);
afterAll(() => corpus.write());

let catalog: Catalog;
let zones: ZoneTable;
let dir: string;
let store: DraftStore;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drafts-store-'));
  store = new DraftStore(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const at = (iso: string) => ({ createdAt: new Date(iso) });

describe('draft store', () => {
  it('saves, lists newest first with customer and total, and reads back exactly', async () => {
    const older = makeDraft(catalog, zones, undefined, {
      ...at('2026-11-20T01:00:00Z'),
      customer: { name: '李雷', mobile: '13912345678' },
    });
    const newer = makeDraft(catalog, zones, undefined, at('2026-11-21T01:00:00Z'));
    await store.save(older);
    await store.save(newer);
    const { drafts: list } = await store.list();
    expect(list.map((e) => e.id)).toEqual([newer.id, older.id]);
    const second = list[1]!;
    expect(second.status === 'ok' && [second.customerName, second.customerMobile, second.totalFen]).toEqual([
      '李雷',
      '139****5678',
      older.quote.totalFen,
    ]);
    expect((await store.get(older.id)).draft).toEqual(older);
  });

  it('never overwrites a draft', async () => {
    const d = makeDraft(catalog, zones);
    await store.save(d);
    const tampered = { ...d, appVersion: '9.9.9' };
    await expect(store.save(tampered)).rejects.toBeInstanceOf(FileExistsError);
    expect(JSON.parse(readFileSync(store.jsonPath(d.id), 'utf8')).appVersion).toBe('0.1.0');
    expect(readdirSync(store.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('lists unreadable, truncated, tampered and misnamed files as damaged with the reason, beside good ones', async () => {
    const good = makeDraft(catalog, zones, undefined, at('2026-11-22T01:00:00Z'));
    await store.save(good);
    const text = readFileSync(store.jsonPath(good.id), 'utf8');
    const ids = [
      '01M80000000000000000000001',
      '01M80000000000000000000002',
      '01M80000000000000000000003',
      '01M80000000000000000000004',
    ];
    writeFileSync(join(store.dir, `${ids[0]}.json`), text.slice(0, text.length / 2));
    writeFileSync(
      join(store.dir, `${ids[1]}.json`),
      text.replace(/"totalFen": (\d+)/, (_m, n) => `"totalFen": ${Number(n) + 1}`),
    );
    writeFileSync(join(store.dir, `${ids[2]}.json`), text);
    writeFileSync(join(store.dir, `${ids[3]}.json`), '');
    const fresh = join(store.dir, `.${good.id}.json.abc.tmp`);
    const stale = join(store.dir, `.${good.id}.json.def.tmp`);
    writeFileSync(fresh, 'half');
    writeFileSync(stale, 'half');
    utimesSync(stale, new Date('2026-11-01'), new Date('2026-11-01'));
    const { drafts: list } = await store.list();
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(stale)).toBe(false);
    expect(list).toHaveLength(5);
    const reason = (id: string) => {
      const e = list.find((x) => x.id === id)!;
      return e.status === 'damaged' ? e.reason : 'ok';
    };
    expect(reason(good.id)).toBe('ok');
    expect(reason(ids[0]!)).toMatch(/not valid JSON/);
    expect(reason(ids[1]!)).toMatch(/checksum mismatch/);
    expect(reason(ids[2]!)).toMatch(/file name says/);
    expect(reason(ids[3]!)).toMatch(/not valid JSON/);
    await expect(store.get(ids[1]!)).rejects.toThrow(/is damaged: checksum mismatch/);
    corpus.add('damaged beside good ones', 4);
  });

  it('moves deleted drafts and their image to the trash, keeping both copies of a re-deleted id', async () => {
    const d = makeDraft(catalog, zones);
    const { checksum: _c, ...content } = {
      ...d,
      carImage: { file: `${d.id}.png`, sha256: 'b'.repeat(64), bytes: 3 },
    };
    const sealed = sealDraft(content);
    await store.save(sealed, new Uint8Array([1, 2, 3]));
    await store.delete(sealed.id);
    expect((await store.list()).drafts).toEqual([]);
    expect(readdirSync(store.trashDir).sort()).toEqual([`${sealed.id}.json`, `${sealed.id}.png`]);
    await store.save(sealed);
    await store.delete(sealed.id);
    expect(readdirSync(store.trashDir).filter((n) => n.endsWith('.json'))).toHaveLength(2);
    await expect(store.delete(sealed.id)).rejects.toBeInstanceOf(DraftNotFoundError);
  });

  it('refuses ids that are not draft ids (no path tricks)', async () => {
    for (const id of ['../settings', '..%2F', 'abc', `${'A'.repeat(26)}/../x`]) {
      await expect(store.get(id)).rejects.toBeInstanceOf(DraftNotFoundError);
      corpus.add('path tricks');
    }
  });

  it('returns no car image when the PNG does not match the hash in the draft', async () => {
    const d = makeDraft(catalog, zones);
    const { checksum: _c, ...content } = {
      ...d,
      carImage: { file: `${d.id}.png`, sha256: 'c'.repeat(64), bytes: 2 },
    };
    await store.save(sealDraft(content), new Uint8Array([9, 9]));
    expect((await store.get(d.id)).carImagePng).toBeUndefined();
  });
});
