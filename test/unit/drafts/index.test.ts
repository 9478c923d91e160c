import { mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '@domain/catalog/catalog';
import type { ZoneTable } from '@domain/catalog/zones';
import type { OrderDraft } from '@domain/drafts/schema';
import { checkDrafts } from '@services/drafts/drafts-check';
import { loadIndexFile } from '@services/drafts/drafts-index-file';
import { DraftStore } from '@services/drafts/drafts-store';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDefault } from '../domain/fixtures';
import { makeDraft } from './fixtures';

let catalog: Catalog;
let zones: ZoneTable;
let dir: string;
beforeAll(async () => {
  ({ catalog, zones } = await loadDefault());
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drafts-index-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NAMES = ['王小明', '李雷', '韩梅梅', 'Anna Li', '陈晨'];

/** n drafts an hour apart from 1 November 2026 (China time 08:00 on), customers in turn, saved or just made. */
function drafts(n: number): OrderDraft[] {
  return Array.from({ length: n }, (_, i) =>
    makeDraft(catalog, zones, undefined, {
      createdAt: new Date(Date.UTC(2026, 10, 1, i)),
      customer: { name: NAMES[i % NAMES.length]!, mobile: `139000${String(i).padStart(5, '0')}` },
    }),
  );
}

async function saved(n: number): Promise<{ store: DraftStore; all: OrderDraft[] }> {
  const store = new DraftStore(dir);
  const all = drafts(n);
  for (const d of all) await store.save(d);
  return { store, all };
}

const newestFirst = (all: OrderDraft[]) =>
  all
    .map((d) => d.id)
    .sort()
    .reverse();
const ids = (page: { drafts: { id: string }[] }) => page.drafts.map((d) => d.id);
const tamper = (store: DraftStore, id: string) => {
  const path = store.jsonPath(id);
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(/"totalFen": (\d+)/, (_m, n) => `"totalFen": ${Number(n) + 100}`),
  );
};

describe('drafts index', () => {
  it('pages newest first and searches by customer, mobile digits and shop dates', async () => {
    const { store, all } = await saved(25);
    const order = newestFirst(all);
    const first = await store.list({}, 0, 10);
    expect([ids(first), first.total]).toEqual([order.slice(0, 10), 25]);
    expect(ids(await store.list({}, 2, 10))).toEqual(order.slice(20));
    const li = await store.list({ text: '李雷' }, 0, 3);
    expect(li.total).toBe(5);
    const nameOf = (id: string) => all.find((d) => d.id === id)?.customer?.name;
    expect(ids(li)).toEqual(order.filter((id) => nameOf(id) === '李雷').slice(0, 3));
    expect(ids(await store.list({ text: '00007' }, 0, 50))).toEqual([all[7]!.id]);
    // 1 Nov 08:00–23:00 China time are drafts 0–15 (韩梅梅: 2, 7, 12); 2 Nov 00:00–08:00 are 16–24.
    expect((await store.list({ from: '2026-11-02' }, 0, 50)).total).toBe(9);
    expect((await store.list({ from: '2026-11-01', to: '2026-11-01', text: '韩梅梅' }, 0, 50)).total).toBe(3);
  });

  it('answers a list from the index: a file edited in place is caught when opened and by the check', async () => {
    const { store, all } = await saved(3);
    const target = all[1]!;
    tamper(store, target.id);
    const listed = await store.list();
    expect(listed.drafts.find((d) => d.id === target.id)?.status).toBe('ok');
    await expect(store.get(target.id)).rejects.toThrow(/is damaged: checksum mismatch/);
    const after = (await store.list()).drafts.find((d) => d.id === target.id);
    expect(after?.status === 'damaged' && after.reason).toMatch(/checksum mismatch/);

    const other = all[0]!;
    tamper(store, other.id);
    const warnings: string[] = [];
    const report = await checkDrafts(store, {
      pauseMs: 0,
      log: { info: () => {}, warn: (m) => warnings.push(m) },
    });
    expect(report.damaged.map((d) => d.id).sort()).toEqual([other.id, target.id].sort());
    expect(report.changed).toBe(1);
    expect(warnings.some((w) => w.includes(`${other.id} is damaged: checksum mismatch`))).toBe(true);
    expect(warnings.at(-1)).toMatch(/3 file\(s\) checked .* 2 damaged/);
    // A new store reads the flags from the index file, without opening the drafts.
    const restarted = (await new DraftStore(dir).list()).drafts.filter((d) => d.status === 'damaged');
    expect(restarted.map((d) => d.id).sort()).toEqual([other.id, target.id].sort());
  });

  it('follows files added and removed behind its back, by the folder listing', async () => {
    const { store, all } = await saved(3);
    const past = new Date('2026-01-01');
    utimesSync(store.dir, past, past);
    expect((await store.list()).total).toBe(3);
    const [extra] = drafts(4).slice(3);
    writeFileSync(store.jsonPath(extra!.id), `${JSON.stringify(extra, null, 2)}\n`);
    unlinkSync(store.jsonPath(all[0]!.id));
    const page = await store.list();
    expect(ids(page)).toEqual(newestFirst([extra!, all[2]!, all[1]!]));
    const file = await loadIndexFile(store.indexPath, (id) => store.jsonPath(id));
    expect([...file.rows.keys()].sort()).toEqual(ids(page).sort());

    // A change that leaves the folder's time as it was is found by the background check's listing.
    utimesSync(store.dir, past, past);
    await store.list();
    unlinkSync(store.jsonPath(all[1]!.id));
    utimesSync(store.dir, past, past);
    expect((await store.list()).total).toBe(3);
    await checkDrafts(store, { pauseMs: 0 });
    expect((await store.list()).total).toBe(2);
  });

  it('rebuilds a lost or corrupt index from the drafts: the first page at once, the rest in the background', async () => {
    const { store, all } = await saved(12);
    const order = newestFirst(all);
    unlinkSync(store.indexPath);
    const rebuilt = new DraftStore(dir);
    const first = await rebuilt.list({}, 0, 5);
    expect([ids(first), first.total, first.pending]).toEqual([order.slice(0, 5), 12, 7]);
    // A text search sees only what is indexed yet, and says how much is not.
    const search = await rebuilt.list({ text: NAMES[0]! }, 0, 50);
    expect(search.pending).toBe(7);
    await checkDrafts(rebuilt, { pauseMs: 0 });
    expect((await rebuilt.list({ text: NAMES[0]! }, 0, 50)).total).toBe(3);
    const file = await loadIndexFile(rebuilt.indexPath, (id) => rebuilt.jsonPath(id));
    expect([file.rows.size, file.rewrite]).toEqual([12, undefined]);

    writeFileSync(
      rebuilt.indexPath,
      `${readFileSync(rebuilt.indexPath, 'utf8')}{"row":{"status":"ok","id":"01`,
    );
    const torn = await loadIndexFile(rebuilt.indexPath, (id) => rebuilt.jsonPath(id));
    expect([torn.rows.size, torn.rewrite]).toEqual([
      12,
      'the last line was cut off (a crash while appending)',
    ]);
    writeFileSync(rebuilt.indexPath, 'not an index\n');
    const fromGarbage = new DraftStore(dir);
    expect((await fromGarbage.list({}, 0, 50)).drafts.map((d) => d.status)).toEqual(Array(12).fill('ok'));
    expect((await loadIndexFile(fromGarbage.indexPath, (id) => id)).rewrite).toBeUndefined();
  });

  it('drops a deleted draft from the index file', async () => {
    const { store, all } = await saved(2);
    await store.delete(all[0]!.id);
    const file = await loadIndexFile(store.indexPath, (id) => store.jsonPath(id));
    expect([...file.rows.keys()]).toEqual([all[1]!.id]);
    expect(ids(await new DraftStore(dir).list())).toEqual([all[1]!.id]);
  });
});
