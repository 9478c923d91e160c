import { open, readFile } from 'node:fs/promises';
import { DRAFT_ID_PATTERN } from '@domain/drafts/id';
import { type DraftListEntry, listEntryOf } from '@domain/drafts/list';
import type { OrderDraft } from '@domain/drafts/schema';
import { verifyDraftText } from '@domain/drafts/verify';
import { stageFile } from '../app/atomic-file';
import { sha256Hex } from '../app/file-hash';

/** First line of the index file; another format or version is ignored and the index rebuilt. */
const HEADER = { format: 'wrap-configurator/drafts-index', version: 1 } as const;

/** What the index knows of one draft file: its list row and the size and SHA-256 of its bytes when read. */
export interface IndexedDraft {
  row: DraftListEntry;
  size: number;
  sha256: string;
}

/** One line of the index file after the header: a draft's row (added or replaced), or a removal. */
export type IndexRecord = IndexedDraft | { removed: string };

/** What loading the index file found: the rows, and whether it should be rewritten (torn, corrupt, stale). */
export interface LoadedIndex {
  rows: Map<string, IndexedDraft>;
  /** Lines read after the header (rows, replacements and removals). */
  lines: number;
  /** Why the file must be rewritten before anything is appended, or undefined when it is sound. */
  rewrite?: string;
}

/**
 * Reads the append-only index (`drafts/index.jsonl`). Missing, wrong header, a torn last line (a crash
 * while appending) or a line that is not a record: what can be read is kept, and `rewrite` says why the
 * file must be compacted; the draft files stay the truth and the directory check fills in the rest.
 */
export async function loadIndexFile(path: string, damagedFile: (id: string) => string): Promise<LoadedIndex> {
  const rows = new Map<string, IndexedDraft>();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    return { rows, lines: 0, rewrite: 'no index file yet' };
  }
  const lines = text.split('\n');
  const tail = lines.pop();
  let rewrite = tail ? 'the last line was cut off (a crash while appending)' : undefined;
  if (lines[0] !== JSON.stringify(HEADER))
    return { rows, lines: 0, rewrite: 'the index file has another format or version' };
  let bad = 0;
  for (let i = 1; i < lines.length; i++) {
    const record = parseRecord(lines[i]!);
    if (!record) bad++;
    else if ('removed' in record) rows.delete(record.removed);
    else {
      if (record.row.status === 'damaged') record.row.file = damagedFile(record.row.id);
      rows.set(record.row.id, record);
    }
  }
  if (bad > 0) rewrite = `${bad} line(s) of the index could not be read`;
  return { rows, lines: lines.length - 1, ...(rewrite ? { rewrite } : {}) };
}

function parseRecord(line: string): IndexRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const r = value as Partial<IndexedDraft> & { removed?: unknown };
  if (typeof r.removed === 'string')
    return DRAFT_ID_PATTERN.test(r.removed) ? { removed: r.removed } : undefined;
  const row = r.row as Partial<DraftListEntry> | undefined;
  const sound =
    typeof r.size === 'number' &&
    typeof r.sha256 === 'string' &&
    typeof row?.id === 'string' &&
    DRAFT_ID_PATTERN.test(row.id) &&
    (row.status === 'ok' ? typeof row.createdAt === 'string' : row.status === 'damaged');
  return sound ? (r as IndexedDraft) : undefined;
}

/** A record as one line of the file (a damaged row's absolute path is not stored: the folder may move). */
function line(record: IndexRecord): string {
  if ('row' in record && record.row.status === 'damaged') {
    const { file: _file, ...row } = record.row;
    return JSON.stringify({ ...record, row });
  }
  return JSON.stringify(record);
}

/** Appends records to the index in one write and flushes it to disk (open by name: a compaction may have replaced the file). */
export async function appendIndexRecords(path: string, records: readonly IndexRecord[]): Promise<void> {
  if (records.length === 0) return;
  const fh = await open(path, 'a');
  try {
    await fh.write(`${records.map(line).join('\n')}\n`);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Rewrites the index with one line per row, atomically (a crash leaves the old file or the new one). */
export async function writeIndexFile(path: string, rows: Iterable<IndexedDraft>): Promise<void> {
  const parts = [JSON.stringify(HEADER)];
  for (const r of rows) parts.push(line(r));
  await (await stageFile(path, `${parts.join('\n')}\n`)).publish({ overwrite: true });
}

/**
 * Reads a draft file as an index record: verified, or damaged with the reason; `missing` when there is no
 * such file, `same` when its bytes are exactly those of `known` (already verified, not parsed again).
 */
export async function readRecord(
  id: string,
  file: string,
  known?: IndexedDraft,
): Promise<{ record: IndexedDraft; draft?: OrderDraft } | 'missing' | 'same'> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    if (code === 'ENOENT') return 'missing';
    const reason =
      code === 'EISDIR'
        ? 'is a folder, not a draft file; move it out of the drafts folder'
        : `cannot be read (${code})`;
    return {
      record: {
        row: { status: 'damaged', id, file, reason },
        size: 0,
        sha256: '',
      },
    };
  }
  const sha256 = sha256Hex(bytes);
  if (known && known.size === bytes.length && known.sha256 === sha256) return 'same';
  const damaged = (reason: string) => ({
    record: { row: { status: 'damaged' as const, id, file, reason }, size: bytes.length, sha256 },
  });
  const v = verifyDraftText(bytes.toString('utf8'));
  if (!v.ok) return damaged(v.reason);
  if (v.draft.id !== id) return damaged(`the file name says ${id} but the draft inside is ${v.draft.id}`);
  return { record: { row: listEntryOf(v.draft), size: bytes.length, sha256 }, draft: v.draft };
}
