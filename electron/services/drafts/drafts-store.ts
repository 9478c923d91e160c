import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DRAFT_ID_PATTERN } from '@domain/drafts/id';
import { type DraftListEntry, type DraftQuery, listEntryOf } from '@domain/drafts/list';
import type { OrderDraft } from '@domain/drafts/schema';
import { stageFile, syncDir, writeFileAtomic } from '../app/atomic-file';
import { sha256Hex } from '../app/file-hash';
import { DraftIndex } from './drafts-index';
import {
  appendIndexRecords,
  type IndexedDraft,
  type IndexRecord,
  loadIndexFile,
  readRecord,
  writeIndexFile,
} from './drafts-index-file';
import { type SweepReport, sweepFolder } from './drafts-sweep';

export { type DraftListEntry, maskMobile } from '@domain/drafts/list';

/** Thrown for a draft id that is malformed or names no saved draft. */
export class DraftNotFoundError extends Error {
  override name = 'DraftNotFoundError';
}

/** One page of the drafts list. */
export interface DraftListPage {
  drafts: DraftListEntry[];
  /** Drafts matching the search in all (damaged ones included). */
  total: number;
  /** Draft files not indexed yet (after a lost index): a text search cannot see them until they are. */
  pending: number;
}

/** Where the store reports what it cleaned or found damaged (the app log; no personal data). */
export interface StoreLog {
  info(message: string): void;
  warn(message: string): void;
}

const FILE = /^([0-9A-Z]{26})\.json$/;
const INDEX_FILE = 'index.jsonl';

/** A folder timestamp younger than this may hide a change made in the same clock tick (re-read next time). */
const RACY_MS = 2000;

/**
 * Order drafts on disk: `<dataDir>/drafts/<id>.json` (+ `<id>.png`, the car as rendered), written
 * atomically and never overwritten; deleted drafts move to `drafts/trash/`; PDFs go to `drafts/pdf/`.
 * `drafts/index.jsonl` holds each draft's list row so a list or search never re-reads the drafts; the
 * draft files stay the truth and the index follows them (docs/DRAFTS.md).
 */
export class DraftStore {
  readonly dir: string;
  readonly trashDir: string;
  readonly pdfDir: string;
  readonly indexPath: string;
  private readonly index = new DraftIndex();
  private opening?: Promise<SweepReport>;
  /** The folder's modification time when the index last matched its listing. */
  private seen?: bigint;
  private writes: Promise<unknown> = Promise.resolve();
  /** Lines in the index file (for compaction). */
  private lines = 0;

  constructor(
    dataDir: string,
    private readonly log?: StoreLog,
  ) {
    this.dir = join(dataDir, 'drafts');
    this.trashDir = join(this.dir, 'trash');
    this.pdfDir = join(this.dir, 'pdf');
    this.indexPath = join(this.dir, INDEX_FILE);
  }

  /**
   * Opens the store once (every call waits for the same work): removes temporary files and car images
   * that interrupted saves left, loads the index, and matches it to the folder listing.
   */
  open(): Promise<SweepReport> {
    this.opening ??= this.load().catch((e: unknown) => {
      this.opening = undefined; // tried again on the next call (a folder that was briefly unreachable)
      throw e;
    });
    return this.opening;
  }

  private async load(): Promise<SweepReport> {
    await mkdir(this.dir, { recursive: true });
    const stamp = await this.stamp();
    const names = await readdir(this.dir);
    const swept = await sweepFolder(this.dir, names, { orphans: true });
    if (swept.temps.length + swept.orphans.length > 0)
      this.log?.info(
        `drafts: removed ${swept.temps.length} temporary file(s) and ${swept.orphans.length} car image(s) without a draft left by interrupted saves`,
      );
    const loaded = await loadIndexFile(this.indexPath, (id) => this.jsonPath(id));
    this.index.load(loaded.rows);
    this.lines = loaded.lines;
    const gone = this.index.syncNames(idsOf(names));
    this.remember(stamp);
    if (loaded.rewrite || gone.length > 0 || this.lines > 2 * this.index.rows.size + 1000) {
      if (loaded.rewrite && loaded.rewrite !== 'no index file yet')
        this.log?.warn(`drafts: index rewritten: ${loaded.rewrite}`);
      await this.compact();
    }
    if (this.index.pending.size > 0)
      this.log?.info(`drafts: ${this.index.pending.size} draft file(s) not in the index yet; indexing`);
    return swept;
  }

  /** Saves a new draft: the car image first, then the JSON, so a listed draft always has its image. */
  async save(draft: OrderDraft, carImagePng?: Uint8Array): Promise<string> {
    await this.open();
    const path = this.jsonPath(draft.id);
    const text = `${JSON.stringify(draft, null, 2)}\n`;
    const inSync = await this.inSync();
    // The draft's temporary file exists before the image, so startup never takes the image for an orphan.
    const staged = await stageFile(path, text);
    try {
      if (carImagePng && draft.carImage)
        await writeFileAtomic(join(this.dir, draft.carImage.file), carImagePng, { overwrite: false });
    } catch (e) {
      await staged.discard();
      throw e;
    }
    await staged.publish({ overwrite: false });
    await this.record([
      { row: listEntryOf(draft), size: Buffer.byteLength(text), sha256: sha256Hex(Buffer.from(text)) },
    ]);
    if (inSync) this.seen = await this.stamp();
    return path;
  }

  /** One page (from 0) of the drafts matching a search, newest first; damaged files listed with the reason. */
  async list(query: DraftQuery = {}, page = 0, limit = 50): Promise<DraftListPage> {
    await this.open();
    await this.follow();
    const { ids, total } = this.index.page(query, page, limit);
    const fresh: IndexRecord[] = [];
    const drafts: DraftListEntry[] = [];
    for (const id of ids) {
      let row = this.index.rows.get(id);
      if (!row) {
        row = await this.read(id);
        if (row) fresh.push(row);
      }
      if (row) drafts.push(row.row);
    }
    await this.record(fresh);
    return { drafts, total, pending: this.index.pending.size };
  }

  /** Reads and verifies one draft and its car image; throws DraftNotFoundError or an Error with the reason. */
  async get(id: string): Promise<{ draft: OrderDraft; carImagePng?: Buffer }> {
    const file = this.jsonPath(id);
    await this.open();
    const read = await readRecord(id, file);
    if (typeof read === 'string') throw new DraftNotFoundError(`no saved draft ${id}`);
    const known = this.index.rows.get(id);
    if (known?.sha256 !== read.record.sha256 || known.row.status !== read.record.row.status)
      await this.record([read.record]);
    const row = read.record.row;
    if (row.status === 'damaged') throw new Error(`draft ${id} is damaged: ${row.reason}`);
    const draft = read.draft!;
    const image = draft.carImage;
    if (!image) return { draft };
    const png = await readFile(join(this.dir, image.file)).catch(() => undefined);
    if (!png || sha256Hex(png) !== image.sha256) return { draft };
    return { draft, carImagePng: png };
  }

  /**
   * Moves a draft (JSON, image, PDFs) to the trash folder; a name already in the trash gets a time suffix.
   * The JSON goes first: a crash midway leaves an image without its draft, which the next start removes.
   */
  async delete(id: string): Promise<void> {
    const path = this.jsonPath(id);
    await this.open();
    if (!(await exists(path))) throw new DraftNotFoundError(`no saved draft ${id}`);
    const inSync = await this.inSync();
    await mkdir(this.trashDir, { recursive: true });
    const suffix = (await exists(join(this.trashDir, `${id}.json`))) ? `.${Date.now()}` : '';
    await rename(path, join(this.trashDir, `${id}${suffix}.json`));
    const moves: [string, string][] = [
      [join(this.dir, `${id}.png`), join(this.trashDir, `${id}${suffix}.png`)],
    ];
    for (const lang of ['zh', 'en'])
      moves.push([this.pdfPath(id, lang), join(this.trashDir, `${id}${suffix}.${lang}.pdf`)]);
    for (const [from, to] of moves) await rename(from, to).catch(() => {});
    await syncDir(this.dir);
    await syncDir(this.trashDir);
    this.index.drop(id);
    await this.record([{ removed: id }]);
    if (inSync) this.seen = await this.stamp();
  }

  /** Where a draft's JSON lives; refuses anything that is not a draft id (no path tricks). */
  jsonPath(id: string): string {
    if (!DRAFT_ID_PATTERN.test(id))
      throw new DraftNotFoundError(`"${id.slice(0, 40)}" is not a draft id (26 characters, 0-9 and A-Z)`);
    return join(this.dir, `${id}.json`);
  }

  /** Where a draft's PDF quote in a language is written. */
  pdfPath(id: string, language: string): string {
    this.jsonPath(id);
    return join(this.pdfDir, `${id}.${language}.pdf`);
  }

  /** Ids of draft files the index has not read yet, newest first. */
  pendingIds(): string[] {
    return this.index.ids.filter((id) => this.index.pending.has(id));
  }

  /** Ids of every indexed draft, newest first. */
  indexedIds(): string[] {
    return this.index.ids.filter((id) => this.index.rows.has(id));
  }

  /** What the index holds for a draft (its row, size and hash), if it has read it. */
  indexed(id: string): IndexedDraft | undefined {
    return this.index.rows.get(id);
  }

  /**
   * Reads a draft file again and brings its index row up to date: `same` when its bytes are the ones
   * indexed, `changed` when they differ (verified again, damage flagged), `missing` when it is gone.
   */
  async recheck(id: string): Promise<'same' | 'changed' | 'missing'> {
    const read = await readRecord(id, this.jsonPath(id), this.index.rows.get(id));
    if (read === 'missing') {
      this.index.drop(id);
      await this.record([{ removed: id }]);
      return 'missing';
    }
    if (read === 'same') return 'same';
    await this.record([read.record]);
    return 'changed';
  }

  /** Reads, verifies and indexes draft files not indexed yet (one append for the batch); `between` runs after each file. */
  async indexFiles(ids: readonly string[], between?: () => Promise<void>): Promise<void> {
    const records: IndexRecord[] = [];
    for (const id of ids) {
      if (this.index.rows.has(id)) continue;
      const record = await this.read(id);
      if (record) records.push(record);
      else this.index.drop(id);
      await between?.();
    }
    await this.record(records);
  }

  /** Rewrites the index file from the rows in memory when appends have made it much longer than needed. */
  async compactIfLong(): Promise<boolean> {
    if (this.lines <= 2 * this.index.rows.size + 1000) return false;
    await this.compact();
    return true;
  }

  /** Lists the folder and matches the index to it even when its timestamp says nothing changed. */
  async rescan(): Promise<void> {
    await this.open();
    await this.follow(true);
  }

  /** Matches the index to the folder when the folder changed since (a cheap stat; one listing if it did). */
  private async follow(force = false): Promise<void> {
    const stamp = await this.stamp();
    if (!force && stamp !== undefined && stamp === this.seen) return;
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await sweepFolder(this.dir, names, { orphans: false });
    const gone = this.index.syncNames(idsOf(names));
    await this.record(gone.map((id) => ({ removed: id })));
    this.remember(stamp);
  }

  private async inSync(): Promise<boolean> {
    return this.seen !== undefined && (await this.stamp()) === this.seen;
  }

  private remember(stamp: bigint | undefined): void {
    const racy = stamp === undefined || Date.now() - Number(stamp / 1_000_000n) < RACY_MS;
    this.seen = racy ? undefined : stamp;
  }

  private async stamp(): Promise<bigint | undefined> {
    return stat(this.dir, { bigint: true }).then(
      (s) => s.mtimeNs,
      () => undefined,
    );
  }

  /** Reads and verifies a draft file into an index record (damaged with the reason); undefined if it is gone. */
  private async read(id: string): Promise<IndexedDraft | undefined> {
    const read = await readRecord(id, this.jsonPath(id));
    return typeof read === 'string' ? undefined : read.record;
  }

  /** Puts records into the index in memory and appends them to the index file (one write, flushed). */
  private async record(records: IndexRecord[]): Promise<void> {
    if (records.length === 0) return;
    for (const r of records) if ('row' in r) this.index.put(r);
    await this.queue(async () => {
      await appendIndexRecords(this.indexPath, records);
      this.lines += records.length;
    });
  }

  private async compact(): Promise<void> {
    await this.queue(async () => {
      await writeIndexFile(this.indexPath, this.index.rows.values());
      this.lines = this.index.rows.size;
    });
  }

  /** Index file writes one after another (an append never races a rewrite). */
  private queue(work: () => Promise<void>): Promise<void> {
    const next = this.writes.then(work);
    this.writes = next.catch(() => {});
    return next;
  }
}

function idsOf(names: readonly string[]): string[] {
  return names.flatMap((n) => FILE.exec(n)?.[1] ?? []).filter((id) => DRAFT_ID_PATTERN.test(id));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
