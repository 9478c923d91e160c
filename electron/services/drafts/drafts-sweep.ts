import { stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DRAFT_ID_PATTERN } from '@domain/drafts/id';
import { processAlive, tempFileOwner } from '../app/atomic-file';

/** Age after which any leftover temporary file is certainly not a write in progress. */
export const TEMP_MAX_AGE_MS = 60 * 60 * 1000;

/** What a sweep removed, by file name. */
export interface SweepReport {
  temps: string[];
  orphans: string[];
}

const isTemp = (name: string) => name.startsWith('.') && name.endsWith('.tmp');

/**
 * Removes what interrupted writes left in a folder: temporary files whose writer process is gone (or,
 * for a name without a process id, older than an hour), and, when `orphans` is set, car images
 * (`<id>.png`) with no draft `<id>.json` and no live write of one. A save writes the draft's temporary
 * file before the image, so an image of a save in progress always has a live temp beside it.
 */
export async function sweepFolder(
  dir: string,
  names: readonly string[],
  options: { orphans: boolean; now?: number },
): Promise<SweepReport> {
  const cutoff = (options.now ?? Date.now()) - TEMP_MAX_AGE_MS;
  const report: SweepReport = { temps: [], orphans: [] };
  const writing = new Set<string>();
  for (const name of names.filter(isTemp)) {
    const owner = tempFileOwner(name);
    let stale = owner ? !processAlive(owner.pid) : false;
    if (!stale) {
      const info = await stat(join(dir, name)).catch(() => undefined);
      stale = info !== undefined && info.mtimeMs < cutoff;
    }
    if (stale && (await remove(join(dir, name)))) report.temps.push(name);
    else if (owner) writing.add(owner.target);
  }
  if (!options.orphans) return report;
  const present = new Set(names);
  for (const name of names) {
    const id = name.endsWith('.png') ? name.slice(0, -4) : '';
    if (!DRAFT_ID_PATTERN.test(id)) continue;
    const json = `${id}.json`;
    if (present.has(json) || writing.has(json)) continue;
    if (await remove(join(dir, name))) report.orphans.push(name);
  }
  return report;
}

async function remove(path: string): Promise<boolean> {
  return unlink(path).then(
    () => true,
    () => false,
  );
}
