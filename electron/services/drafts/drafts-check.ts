import { readdir } from 'node:fs/promises';
import type { DraftStore, StoreLog } from './drafts-store';
import { sweepFolder } from './drafts-sweep';

/** What a background check of the drafts folder did. */
export interface CheckReport {
  /** Draft files read into the index (missing from it before). */
  indexed: number;
  /** Indexed files read again and compared with their indexed hash. */
  checked: number;
  /** Files whose bytes differed from the index (verified again). */
  changed: number;
  /** Indexed drafts whose file was gone. */
  missing: number;
  /** Ids of drafts found damaged, with the reason. */
  damaged: { id: string; reason: string }[];
  stopped: boolean;
}

/** How the check shares the machine: a short pause every few files, and a way to stop it. */
export interface CheckOptions {
  log?: StoreLog;
  /** Pause after every `every` files (ms); 0 only yields to waiting work. Default 5 ms every 20 files. */
  pauseMs?: number;
  every?: number;
  stopped?: () => boolean;
}

/**
 * The background check (after startup, low priority): lists the folder (files added or removed behind
 * the store's back, even with the folder's timestamp unchanged), indexes files the index has not read yet
 * (newest first), then reads every other indexed file again and compares its SHA-256 with the index: the same
 * bytes were verified when indexed; other bytes are verified again (schema, checksum, sums) and the row
 * updated, damage flagged. Yields to other work between files; reports damage in the log.
 */
export async function checkDrafts(store: DraftStore, options: CheckOptions = {}): Promise<CheckReport> {
  const started = Date.now();
  const report: CheckReport = { indexed: 0, checked: 0, changed: 0, missing: 0, damaged: [], stopped: false };
  const every = options.every ?? 20;
  const pauseMs = options.pauseMs ?? 5;
  let n = 0;
  const between = async () => {
    n++;
    await new Promise<void>((resolve) =>
      pauseMs > 0 && n % every === 0 ? setTimeout(resolve, pauseMs) : setImmediate(resolve),
    );
  };
  const stop = () => {
    report.stopped = options.stopped?.() ?? false;
    return report.stopped;
  };
  await store.rescan();
  const pdfNames = await readdir(store.pdfDir).catch(() => [] as string[]);
  await sweepFolder(store.pdfDir, pdfNames, { orphans: false });
  const pending = store.pendingIds();
  for (let i = 0; i < pending.length && !stop(); i += 200) {
    const batch = pending.slice(i, i + 200);
    await store.indexFiles(batch, between);
    report.indexed += batch.length;
  }
  const justRead = new Set(pending);
  for (const id of store.indexedIds()) {
    if (stop()) break;
    const before = store.indexed(id)?.row.status;
    // Files indexed above were verified moments ago; every other one is read again.
    const result = justRead.has(id) ? 'new' : await store.recheck(id);
    if (result !== 'new') report.checked++;
    if (result === 'missing') report.missing++;
    if (result === 'changed') report.changed++;
    const row = store.indexed(id)?.row;
    if (row?.status === 'damaged') {
      report.damaged.push({ id, reason: row.reason });
      if (result !== 'same' || before !== 'damaged')
        options.log?.warn(`drafts: ${id} is damaged: ${row.reason}`);
    }
    if (result !== 'new') await between();
  }
  await store.compactIfLong();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  options.log?.[report.damaged.length > 0 ? 'warn' : 'info'](
    `drafts check${report.stopped ? ' (stopped)' : ''}: ${report.checked} file(s) checked and ${report.indexed} indexed in ${seconds} s; ${report.changed} changed, ${report.missing} gone, ${report.damaged.length} damaged${report.damaged.length > 0 ? ` (${report.damaged.map((d) => d.id).join(', ')})` : ''}`,
  );
  return report;
}
