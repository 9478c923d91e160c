import { type FSWatcher, watch } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { type ArtworkFile, MAX_ARTWORK_BYTES } from '@contract/artwork-contract';
import { messageText } from '@contract/i18n';
import { RefusedError } from '@contract/result';
import {
  type ArtworkProblem,
  artworkProblem,
  readImageHeader,
  safeArtworkName,
  uniqueName,
} from '@domain/artwork';
import { FileExistsError, writeFileAtomic } from '../app/atomic-file';
import { sha256Hex } from '../app/file-hash';
import type { EventHub } from './events';

/** Native file dialogs (Electron); absent on the local host, whose page uses a file input and a download. */
export interface ArtworkDialogs {
  /** Asks for one PNG/JPEG/WebP file; undefined when the designer cancels. */
  openImage(): Promise<string | undefined>;
  /** Asks where to save a file; undefined when cancelled. */
  saveFile(defaultName: string, mime: string): Promise<string | undefined>;
}

/** What the artwork service needs from its process. */
export interface ArtworkServiceOptions {
  /** `<dataDir>/artwork`. */
  folder: string;
  /** Where picked files outside the folder are remembered (`<dataDir>/artwork-picked.json`). */
  registryFile: string;
  events: EventHub;
  dialogs?: ArtworkDialogs;
  /** Debounce of file-change events, ms (editors write in several steps). */
  debounceMs?: number;
  log?: (line: string) => void;
}

/** A listed folder with the files that could not be used and why. */
export interface ArtworkListing {
  folder: string;
  files: ArtworkFile[];
  /** Files in the folder that are not usable images (shown with their reason). */
  refused: { name: string; problem: ArtworkProblem }[];
}

/** The error a refused artwork becomes at the bridge: English message, problem with both languages. */
export function refusedArtwork(name: string, problem: ArtworkProblem): RefusedError {
  return new RefusedError('refused', `${name}: ${messageText(problem.message)}`, { problem });
}

const MIB = 1024 * 1024;

/**
 * Artwork on disk: the artwork folder plus files picked elsewhere (watched in place). Every file is checked
 * from its header before anything is decoded; changes on disk are pushed as `artwork:changed` /
 * `artwork:removed` once their bytes' hash actually changed.
 */
export class ArtworkService {
  private readonly picked = new Map<string, string>();
  private readonly hashes = new Map<string, string>();
  private readonly cache = new Map<string, { key: string; file: ArtworkFile }>();
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private loaded?: Promise<void>;
  private closed = false;

  constructor(private readonly options: ArtworkServiceOptions) {}

  /** The artwork folder's absolute path. */
  get folder(): string {
    return this.options.folder;
  }

  /** Creates the folder, loads the picked-file registry and starts watching. */
  start(): Promise<void> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  private async load(): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    try {
      const saved = JSON.parse(await readFile(this.options.registryFile, 'utf8')) as unknown;
      if (saved && typeof saved === 'object') {
        for (const [name, path] of Object.entries(saved)) {
          if (typeof path === 'string' && isAbsolute(path) && basename(name) === name)
            this.picked.set(name, path);
        }
      }
    } catch {
      // No registry yet (or unreadable): nothing picked outside the folder.
    }
    this.watchDir(this.folder);
    for (const path of this.picked.values()) this.watchDir(dirname(path));
  }

  /** Every usable artwork: the folder's files, then picked files, by name. */
  async list(): Promise<ArtworkListing> {
    await this.start();
    const files: ArtworkFile[] = [];
    const refused: ArtworkListing['refused'] = [];
    const entries = await readdir(this.folder, { withFileTypes: true });
    const names = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
    for (const name of [...names.sort(), ...[...this.picked.keys()].sort()]) {
      const outcome = await this.inspect(name).catch(() => undefined);
      if (!outcome) continue;
      if ('problem' in outcome) refused.push({ name, problem: outcome.problem });
      else files.push(outcome.file);
    }
    return { folder: this.folder, files, refused };
  }

  /** One artwork's facts and bytes; refused when missing or not a usable image. */
  async read(name: string): Promise<ArtworkFile & { dataBase64: string }> {
    await this.start();
    const path = this.pathOf(name);
    let bytes: Buffer;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error('not a file');
      if (info.size > MAX_ARTWORK_BYTES) throw refusedArtwork(name, tooBig(info.size));
      bytes = await readFile(path);
    } catch (error) {
      if (error instanceof RefusedError) throw error;
      throw new RefusedError('not-found', `Artwork "${name}" is not in ${this.folder} (or was moved away).`);
    }
    const file = await this.describe(name, path, bytes);
    return { ...file, dataBase64: bytes.toString('base64') };
  }

  /** Stores uploaded bytes in the folder under a safe, unique name (never overwriting another file). */
  async import(original: string, dataBase64: string): Promise<ArtworkFile> {
    await this.start();
    const bytes = Buffer.from(dataBase64, 'base64');
    if (bytes.length > MAX_ARTWORK_BYTES) throw refusedArtwork(original, tooBig(bytes.length));
    const header = readImageHeader(bytes);
    if (!header.ok) throw refusedArtwork(original, header.problem);
    const wanted = safeArtworkName(original, header.mime);
    const existing = new Set((await readdir(this.folder)).map((n) => n.toLowerCase()));
    for (let attempt = 0; attempt < 20; attempt++) {
      const name = uniqueName(wanted, (n) => existing.has(n.toLowerCase()) || this.isPicked(n));
      try {
        await writeFileAtomic(join(this.folder, name), bytes, { overwrite: false });
      } catch (error) {
        if (!(error instanceof FileExistsError)) throw error;
        existing.add(name.toLowerCase());
        continue;
      }
      const file = await this.describe(name, join(this.folder, name), bytes);
      this.options.log?.(`artwork imported: ${name} (${bytes.length} bytes)`);
      return file;
    }
    throw new RefusedError('refused', `Could not find a free file name for "${wanted}" in ${this.folder}.`);
  }

  /** Electron: the open dialog; the file stays where it is and is watched there. */
  async pick(): Promise<ArtworkFile | { cancelled: true }> {
    const dialogs = this.requireDialogs();
    await this.start();
    const path = await dialogs.openImage();
    if (!path) return { cancelled: true };
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new RefusedError('not-found', `${path} is not a readable file.`);
    if (info.size > MAX_ARTWORK_BYTES) throw refusedArtwork(basename(path), tooBig(info.size));
    const bytes = await readFile(path);
    const header = readImageHeader(bytes);
    if (!header.ok) throw refusedArtwork(basename(path), header.problem);
    const name = this.nameForPicked(path);
    if (dirname(path) !== this.folder) {
      this.picked.set(name, path);
      await this.saveRegistry();
      this.watchDir(dirname(path));
    }
    return this.describe(name, path, bytes);
  }

  /** Electron: the save dialog, then writes the bytes there (overwriting only what the designer chose). */
  async save(
    fileName: string,
    mime: string,
    dataBase64: string,
  ): Promise<{ saved: true; path: string } | { cancelled: true }> {
    const dialogs = this.requireDialogs();
    const path = await dialogs.saveFile(fileName, mime);
    if (!path) return { cancelled: true };
    await writeFileAtomic(path, Buffer.from(dataBase64, 'base64'), { overwrite: true });
    return { saved: true, path };
  }

  /** Stops every watcher and pending timer. */
  close(): void {
    this.closed = true;
    for (const w of this.watchers.values()) w.close();
    for (const t of this.timers.values()) clearTimeout(t);
    this.watchers.clear();
    this.timers.clear();
  }

  private requireDialogs(): ArtworkDialogs {
    if (!this.options.dialogs) {
      throw new RefusedError(
        'unsupported',
        'This runtime has no native file dialog; the page uses a file picker and a download instead.',
      );
    }
    return this.options.dialogs;
  }

  private isPicked(name: string): boolean {
    for (const n of this.picked.keys()) if (n.toLowerCase() === name.toLowerCase()) return true;
    return false;
  }

  private nameForPicked(path: string): string {
    if (dirname(path) === this.folder) return basename(path);
    for (const [name, p] of this.picked) if (p === path) return name;
    const wanted = basename(path);
    return uniqueName(wanted, (n) => this.isPicked(n) || this.cacheHasFolderName(n));
  }

  private cacheHasFolderName(name: string): boolean {
    for (const [n, c] of this.cache)
      if (n.toLowerCase() === name.toLowerCase() && dirname(c.file.path) === this.folder) return true;
    return false;
  }

  private pathOf(name: string): string {
    return this.picked.get(name) ?? join(this.folder, name);
  }

  /** Facts of a file from disk, reusing the hash while size and time are unchanged. */
  private async inspect(name: string): Promise<{ file: ArtworkFile } | { problem: ArtworkProblem }> {
    const path = this.pathOf(name);
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    const key = `${path}|${info.size}|${info.mtimeMs}`;
    const cached = this.cache.get(name);
    if (cached?.key === key) return { file: cached.file };
    if (info.size > MAX_ARTWORK_BYTES) return { problem: tooBig(info.size) };
    const bytes = await readFile(path);
    const header = readImageHeader(bytes);
    if (!header.ok) return { problem: header.problem };
    return { file: await this.describe(name, path, bytes) };
  }

  private async describe(name: string, path: string, bytes: Uint8Array): Promise<ArtworkFile> {
    const header = readImageHeader(bytes);
    if (!header.ok) throw refusedArtwork(name, header.problem);
    const info = await stat(path);
    const file: ArtworkFile = {
      name,
      sha256: sha256Hex(bytes),
      bytes: bytes.length,
      mime: header.mime,
      width: header.width,
      height: header.height,
      path,
      modifiedMs: Math.round(info.mtimeMs),
    };
    this.cache.set(name, { key: `${path}|${info.size}|${info.mtimeMs}`, file });
    this.hashes.set(name, file.sha256);
    return file;
  }

  private async saveRegistry(): Promise<void> {
    await writeFile(
      this.options.registryFile,
      `${JSON.stringify(Object.fromEntries(this.picked), null, 2)}\n`,
    );
  }

  // ------------------------------------------------------------ watching

  /** Watches a folder (not single files: editors often save by writing a new file and renaming it). */
  private watchDir(dir: string): void {
    if (this.closed || this.watchers.has(dir)) return;
    try {
      const watcher = watch(dir, { persistent: false }, (_event, file) => {
        if (file) this.onDiskEvent(dir, file.toString());
        else this.rescan(dir);
      });
      watcher.on('error', () => {
        watcher.close();
        this.watchers.delete(dir);
      });
      this.watchers.set(dir, watcher);
    } catch (error) {
      this.options.log?.(
        `artwork: cannot watch ${dir}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private onDiskEvent(dir: string, file: string): void {
    if (file.startsWith('.')) return;
    const names: string[] = [];
    if (dir === this.folder && !this.picked.has(file)) names.push(file);
    for (const [name, path] of this.picked)
      if (dirname(path) === dir && basename(path) === file) names.push(name);
    for (const name of names) this.schedule(name);
  }

  private rescan(dir: string): void {
    for (const name of this.hashes.keys()) if (dirname(this.pathOf(name)) === dir) this.schedule(name);
  }

  private schedule(name: string): void {
    const pending = this.timers.get(name);
    if (pending) clearTimeout(pending);
    this.timers.set(
      name,
      setTimeout(() => {
        this.timers.delete(name);
        void this.recheck(name);
      }, this.options.debounceMs ?? 150),
    );
  }

  /** Re-hashes a changed file: `artwork:changed` only when the bytes differ, `artwork:removed` when gone. */
  private async recheck(name: string): Promise<void> {
    if (this.closed) return;
    const path = this.pathOf(name);
    let bytes: Buffer;
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_ARTWORK_BYTES) return;
      bytes = await readFile(path);
    } catch {
      if (this.hashes.delete(name)) {
        this.cache.delete(name);
        this.options.events.publish('artwork:removed', { name });
      }
      return;
    }
    // A half-written or broken save keeps the previous artwork on the car; the next save is checked again.
    if (!readImageHeader(bytes).ok) return;
    const sha256 = sha256Hex(bytes);
    if (this.hashes.get(name) === sha256) return;
    await this.describe(name, path, bytes).catch(() => undefined);
    this.hashes.set(name, sha256);
    this.options.events.publish('artwork:changed', { name, sha256 });
  }
}

function tooBig(size: number): ArtworkProblem {
  return artworkProblem('file-too-large', 'file size', {
    mib: (size / MIB).toFixed(1),
    maxMib: MAX_ARTWORK_BYTES / MIB,
  });
}
