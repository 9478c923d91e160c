import { draftIdTime } from '@domain/drafts/id';
import { type DraftQuery, draftMatcher, entryTime } from '@domain/drafts/list';
import type { IndexedDraft } from './drafts-index-file';

/** One page of a search over the index: the ids to show (some perhaps not read yet) and the match count. */
export interface IndexPage {
  ids: string[];
  /** Rows matching the search (for a text search: among the rows already read). */
  total: number;
}

/**
 * The drafts index in memory: every draft file's id, newest first (ids sort by creation time), with the
 * list row of each file already read. Ids the directory holds but the index has not read yet are
 * `pending`; a page without a text search still places them by the time their id encodes.
 */
export class DraftIndex {
  /** Rows by id (files read and verified, or flagged damaged). */
  readonly rows = new Map<string, IndexedDraft>();
  /** Ids of files not read yet. */
  readonly pending = new Set<string>();
  private order: string[] = [];
  private times = new Map<string, number>();

  /** Every known id, newest first. */
  get ids(): readonly string[] {
    return this.order;
  }

  /**
   * Makes the index match a directory listing: ids not listed are dropped (returned), ids not indexed
   * become pending. Costs one sort of the names, no file reads.
   */
  syncNames(ids: readonly string[]): string[] {
    const present = new Set(ids);
    const gone = [...this.rows.keys()].filter((id) => !present.has(id));
    for (const id of gone) {
      this.rows.delete(id);
      this.times.delete(id);
    }
    this.pending.clear();
    for (const id of ids) if (!this.rows.has(id)) this.pending.add(id);
    this.order = [...present].sort().reverse();
    return gone;
  }

  /** Takes the rows read from the index file; `syncNames` then orders them by the directory listing. */
  load(rows: ReadonlyMap<string, IndexedDraft>): void {
    for (const [id, record] of rows) {
      this.rows.set(id, record);
      this.times.set(id, entryTime(record.row));
    }
  }

  /** Adds or replaces a row (a file read and verified, or found damaged). */
  put(record: IndexedDraft): void {
    const id = record.row.id;
    if (!this.rows.has(id) && !this.pending.has(id)) this.insert(id);
    this.pending.delete(id);
    this.rows.set(id, record);
    this.times.set(id, entryTime(record.row));
  }

  /** Forgets a draft (deleted or gone from the folder). */
  drop(id: string): void {
    this.rows.delete(id);
    this.times.delete(id);
    this.pending.delete(id);
    const at = this.position(id);
    if (this.order[at] === id) this.order.splice(at, 1);
  }

  /** The ids of one page of a search (`page` from 0) and how many rows match in all. */
  page(query: DraftQuery, page: number, limit: number): IndexPage {
    const first = page * limit;
    if (!query.text?.trim() && !query.from && !query.to)
      return { ids: this.order.slice(first, first + limit), total: this.order.length };
    const match = draftMatcher(query);
    const ids: string[] = [];
    let total = 0;
    for (const id of this.order) {
      const row = this.rows.get(id);
      const hit = row ? match(row.row, this.times.get(id)!) : !match.byText && match.inRange(draftIdTime(id));
      if (!hit) continue;
      if (total >= first && ids.length < limit) ids.push(id);
      total++;
    }
    return { ids, total };
  }

  private insert(id: string): void {
    this.order.splice(this.position(id), 0, id);
  }

  /** Where an id sits (or would sit) in the newest-first order: binary search. */
  private position(id: string): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.order[mid]! > id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
