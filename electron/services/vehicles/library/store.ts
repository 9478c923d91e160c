import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readImageHeader } from '@domain/artwork/header';
import {
  type Message,
  summaryOf,
  VEHICLE_SCHEMA_VERSION,
  VehicleRecord,
  type VehicleSummary,
} from '@domain/vehicle/vehicle';
import { processAlive, syncDir, writeFileAtomic } from '../../app/atomic-file';
import { checkGlb } from './glb-check';
import {
  ENTRY_NAME,
  LibraryPaths,
  MODEL_FILE,
  RECORD_FILE,
  THUMBNAIL_FILE,
  workFolderName,
  workFolderOwner,
} from './layout';
import { libraryMessage } from './problems';

/** Age after which a staging or trash folder is certainly not a write in progress. */
export const WORK_MAX_AGE_MS = 60 * 60 * 1000;

/** One imported entry as found on disk: ok with its record, or damaged with the reason. */
export interface StoredEntry {
  id: string;
  summary: VehicleSummary;
  /** The parsed vehicle.json (present when the entry is ok). */
  record?: VehicleRecord;
  thumbnail: boolean;
}

/** What a startup sweep removed (folder names). */
export interface LibrarySweep {
  staging: string[];
  trash: string[];
}

/**
 * The imported vehicles under `<data folder>/vehicles/<id>/` (model.glb, vehicle.json, thumbnail.png). A new entry
 * is written whole in a staging folder beside the entries, flushed, and renamed into place (a crash leaves the
 * entry complete or absent; a restart sweeps the staging folder). Reading never throws for a bad entry: it is
 * listed as damaged with the reason.
 */
export class VehicleStore {
  readonly paths: LibraryPaths;

  constructor(dataDir: string) {
    this.paths = new LibraryPaths(dataDir);
  }

  /** Creates the folder and removes what crashed writers left (staging and trash folders whose process is gone). */
  async open(now = Date.now()): Promise<LibrarySweep> {
    await mkdir(this.paths.root, { recursive: true });
    const swept: LibrarySweep = { staging: [], trash: [] };
    for (const name of await readdir(this.paths.root)) {
      const owner = workFolderOwner(name);
      if (!owner) continue;
      const full = join(this.paths.root, name);
      let stale = owner.kind === 'trash' || !processAlive(owner.pid);
      if (!stale)
        stale = await stat(full).then(
          (s) => s.mtimeMs < now - WORK_MAX_AGE_MS,
          () => false,
        );
      if (!stale) continue;
      await rm(full, { recursive: true, force: true }).catch(() => {});
      swept[owner.kind].push(name);
    }
    return swept;
  }

  /** Every imported entry (folders named by a SHA-256), each checked; sorted by id. */
  async entries(): Promise<StoredEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.paths.root);
    } catch {
      return [];
    }
    const ids = names.filter((n) => ENTRY_NAME.test(n)).sort();
    const found = await Promise.all(ids.map((id) => this.checkedEntry(id)));
    return found.filter((e): e is StoredEntry => e !== undefined);
  }

  /** One entry as a listing shows it: never throws (an entry that cannot be read is damaged, with the reason). */
  checkedEntry(id: string): Promise<StoredEntry | undefined> {
    return this.entry(id).catch((error: unknown) => {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error).slice(0, 200);
      return damaged(id, libraryMessage('modelUnreadable', { reason }), new Date(0).toISOString(), false);
    });
  }

  /** One imported entry, checked; undefined when its folder does not exist. */
  async entry(id: string): Promise<StoredEntry | undefined> {
    const folder = await stat(this.paths.entry(id)).catch(() => undefined);
    if (!folder?.isDirectory()) return undefined;
    const importedAt = folder.mtime.toISOString();
    const thumbnail = await hasPng(this.paths.thumbnail(id));
    const read = await readRecord(this.paths.record(id));
    if (!read.ok) return damaged(id, read.problem, importedAt, thumbnail);
    const record = read.record;
    if (record.id !== id) return damaged(id, libraryMessage('idMismatch'), importedAt, thumbnail, record);
    const glb = await checkGlb(this.paths.model(id));
    if (!glb.ok) return damaged(id, glb.problem, importedAt, thumbnail, record);
    if (glb.sha256 !== record.modelSha256) {
      return damaged(id, libraryMessage('modelHashMismatch'), importedAt, thumbnail, record);
    }
    const summary = summaryOf(record);
    if (!thumbnail) summary.problem = libraryMessage('thumbnailMissing');
    return { id, summary, record, thumbnail };
  }

  /**
   * Writes a new entry atomically: model, record (and thumbnail) into a staging folder, each flushed, the folder
   * flushed, then renamed to `<id>`. An existing (damaged) entry of that id is moved aside first and removed after.
   */
  async commit(record: VehicleRecord, glb: Uint8Array, thumbnailPng?: Uint8Array): Promise<void> {
    await mkdir(this.paths.root, { recursive: true });
    const staging = join(this.paths.root, workFolderName('staging'));
    await mkdir(staging);
    try {
      await writeFlushed(join(staging, MODEL_FILE), glb);
      await writeFlushed(join(staging, RECORD_FILE), recordText(record));
      if (thumbnailPng) await writeFlushed(join(staging, THUMBNAIL_FILE), thumbnailPng);
      await syncDir(staging);
      const target = this.paths.entry(record.id);
      const old = await stat(target).then(
        () => join(this.paths.root, workFolderName('trash')),
        () => undefined,
      );
      if (old) await rename(target, old);
      await rename(staging, target);
      await syncDir(this.paths.root);
      if (old) await rm(old, { recursive: true, force: true });
    } catch (error) {
      await rm(staging, { recursive: true, force: true }).catch(() => {});
      throw error;
    }
  }

  /** Replaces an entry's vehicle.json atomically (the model is never rewritten: its hash is the id). */
  async writeRecord(record: VehicleRecord): Promise<void> {
    await writeFileAtomic(this.paths.record(record.id), recordText(record), { overwrite: true });
  }

  /** Saves an entry's thumbnail atomically (the built-in's goes to `vehicles/compact-ev/thumbnail.png`). */
  async writeThumbnail(id: string, png: Uint8Array): Promise<void> {
    await mkdir(this.paths.entry(id), { recursive: true });
    await writeFileAtomic(this.paths.thumbnail(id), png, { overwrite: true });
  }

  /** Whether an entry folder has a readable PNG thumbnail. */
  hasThumbnail(id: string): Promise<boolean> {
    return hasPng(this.paths.thumbnail(id));
  }

  /** Removes an entry: renamed aside in one step (it disappears whole), then deleted. */
  async remove(id: string): Promise<boolean> {
    const trash = join(this.paths.root, workFolderName('trash'));
    try {
      await rename(this.paths.entry(id), trash);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
    await syncDir(this.paths.root);
    await rm(trash, { recursive: true, force: true });
    return true;
  }
}

/** vehicle.json text: pretty JSON, one trailing newline. */
const recordText = (record: VehicleRecord) => `${JSON.stringify(record, null, 2)}\n`;

async function writeFlushed(path: string, data: string | Uint8Array): Promise<void> {
  const fh = await open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

type RecordRead = { ok: true; record: VehicleRecord } | { ok: false; problem: Message };

/** Reads and validates a vehicle.json; every way it can be bad becomes a specific problem. */
async function readRecord(path: string): Promise<RecordRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, problem: libraryMessage('recordMissing') };
    return { ok: false, problem: libraryMessage('recordUnreadable', { reason: code ?? String(error) }) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.slice(0, 200);
    return { ok: false, problem: libraryMessage('recordUnreadable', { reason }) };
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > VEHICLE_SCHEMA_VERSION) {
    return { ok: false, problem: libraryMessage('recordNewer', { version }) };
  }
  const parsed = VehicleRecord.safeParse(json);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : '(root)';
  return { ok: false, problem: libraryMessage('recordInvalid', { path: where, reason: issue.message }) };
}

/** A damaged entry's summary: what the record says when it could be read, placeholders otherwise. */
function damaged(
  id: string,
  problem: Message,
  importedAt: string,
  thumbnail: boolean,
  record?: VehicleRecord,
): StoredEntry {
  const base: VehicleSummary = record
    ? summaryOf(record)
    : {
        id,
        modelSha256: id,
        name: id.slice(0, 12),
        bodyStyle: 'sedan',
        kind: 'service',
        lengthMm: 0,
        bodyAreaM2: 0,
        builtIn: false,
        status: 'ok',
        importedAt,
      };
  return { id, summary: { ...base, id, status: 'damaged', problem }, thumbnail };
}

/** Largest thumbnail file read back (the contract accepts 4 MiB). */
const MAX_THUMBNAIL_FILE = 8 * 1024 * 1024;

/** Whether a file exists and is a whole PNG (a deleted, cut or clobbered thumbnail is simply absent). */
async function hasPng(path: string): Promise<boolean> {
  try {
    if ((await stat(path)).size > MAX_THUMBNAIL_FILE) return false;
    const header = readImageHeader(new Uint8Array(await readFile(path)));
    return header.ok && header.mime === 'image/png';
  } catch {
    return false;
  }
}
