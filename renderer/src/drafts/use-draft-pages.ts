import type { DraftListEntry } from '@domain/drafts/list';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api';

/** Rows asked for per page ("load more" asks for the next one). */
export const DRAFT_PAGE = 20;

/** What staff search the list by (empty strings: not searched). */
export interface DraftSearch {
  query: string;
  from: string;
  to: string;
}

/** The drafts list as loaded so far for one search. */
export interface DraftPages {
  /** Rows loaded so far, newest first (null until the first page arrives). */
  drafts: DraftListEntry[] | null;
  total: number;
  /** Files main has not indexed yet: a text search may miss them for now. */
  pending: number;
  loadingMore: boolean;
  failed: boolean;
  /** Loads the next page and appends it. */
  more: () => Promise<void>;
  /** Loads the first page again (after a save, copy or delete), keeping as many rows as were shown. */
  reload: () => Promise<void>;
}

const request = (s: DraftSearch, page: number, limit: number) => ({
  ...(s.query.trim() ? { query: s.query.trim() } : {}),
  ...(s.from ? { from: s.from } : {}),
  ...(s.to ? { to: s.to } : {}),
  page,
  limit,
});

/** Pages of `draft:list` for a search; a newer search replaces the rows of an older one still arriving. */
export function useDraftPages(search: DraftSearch): DraftPages {
  const [drafts, setDrafts] = useState<DraftListEntry[] | null>(null);
  const [total, setTotal] = useState(0);
  const [pending, setPending] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const [failed, setFailed] = useState(false);
  const generation = useRef(0);
  const shown = useRef(0);

  const fetchFirst = useCallback(
    async (limit: number) => {
      const mine = ++generation.current;
      const result = await call('draft:list', request(search, 0, limit));
      if (mine !== generation.current) return;
      setFailed(!result.ok);
      if (!result.ok) return;
      setDrafts(result.value.drafts);
      shown.current = result.value.drafts.length;
      setTotal(result.value.total);
      setPending(result.value.pending);
    },
    [search],
  );

  useEffect(() => {
    void fetchFirst(DRAFT_PAGE);
  }, [fetchFirst]);

  const more = useCallback(async () => {
    const mine = generation.current;
    const loaded = shown.current;
    setLoadingMore(true);
    // Pages line up with what is shown: page n of DRAFT_PAGE rows starts where the loaded rows end.
    const result = await call('draft:list', request(search, Math.floor(loaded / DRAFT_PAGE), DRAFT_PAGE));
    setLoadingMore(false);
    if (mine !== generation.current) return;
    setFailed(!result.ok);
    if (!result.ok) return;
    setDrafts((rows) => {
      const have = new Set(rows?.map((r) => r.id));
      const next = [...(rows ?? []), ...result.value.drafts.filter((r) => !have.has(r.id))];
      shown.current = next.length;
      return next;
    });
    setTotal(result.value.total);
    setPending(result.value.pending);
  }, [search]);

  const reload = useCallback(
    () => fetchFirst(Math.min(100, Math.max(DRAFT_PAGE, Math.ceil(shown.current / DRAFT_PAGE) * DRAFT_PAGE))),
    [fetchFirst],
  );

  return { drafts, total, pending, loadingMore, failed, more, reload };
}
