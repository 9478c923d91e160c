import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { BUILT_IN_VEHICLE_ID } from '@domain/vehicle/vehicle';

/** The library folder inside the data folder. */
export const VEHICLES_FOLDER = 'vehicles';
/** A library entry's files. */
export const MODEL_FILE = 'model.glb';
export const RECORD_FILE = 'vehicle.json';
export const THUMBNAIL_FILE = 'thumbnail.png';

/** The files a page may fetch from an entry folder (by URL `vehicles/<id>/<file>`). */
export const SERVED_FILES = new Set([MODEL_FILE, THUMBNAIL_FILE]);

/** An imported entry's folder name: the SHA-256 of its glb. */
export const ENTRY_NAME = /^[0-9a-f]{64}$/;

/**
 * A folder being written (`.staging-<pid>-<hex>`) or being removed (`.trash-<pid>-<hex>`). The process id lets a
 * restart tell a crashed writer's leftovers from a write in progress in another process.
 */
const WORK_NAME = /^\.(staging|trash)-(\d+)-[0-9a-f]{12}$/;

/** A fresh name for a staging or trash folder owned by this process. */
export function workFolderName(kind: 'staging' | 'trash'): string {
  return `.${kind}-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** The kind and owner of a staging/trash folder name, or undefined for any other name. */
export function workFolderOwner(name: string): { kind: 'staging' | 'trash'; pid: number } | undefined {
  const m = WORK_NAME.exec(name);
  return m ? { kind: m[1] as 'staging' | 'trash', pid: Number(m[2]) } : undefined;
}

/** Whether an id names a folder the library may read (an entry or the built-in's thumbnail folder). */
export const isEntryFolderId = (id: string): boolean => ENTRY_NAME.test(id) || id === BUILT_IN_VEHICLE_ID;

/** Paths of the library under one data folder. */
export class LibraryPaths {
  /** `<data folder>/vehicles`. */
  readonly root: string;
  constructor(dataDir: string) {
    this.root = join(dataDir, VEHICLES_FOLDER);
  }
  /** Folder of entry `id` (only call with an id that passed `isEntryFolderId`). */
  entry(id: string): string {
    if (!isEntryFolderId(id)) throw new Error(`not a vehicle id: ${JSON.stringify(id).slice(0, 80)}`);
    return join(this.root, id);
  }
  model(id: string): string {
    return join(this.entry(id), MODEL_FILE);
  }
  record(id: string): string {
    return join(this.entry(id), RECORD_FILE);
  }
  thumbnail(id: string): string {
    return join(this.entry(id), THUMBNAIL_FILE);
  }
}
