import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Thrown when a file that must never be overwritten already exists. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';
}

/**
 * A temporary file's name: `.<final name>.<writer pid>.<12 hex>.tmp`. The process id lets a later process
 * tell a crashed write (the writer is gone) from one in progress (`tempFileOwner`).
 */
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** The final name and writer process id of a temporary file, or undefined for another name (or an old-style temp). */
export function tempFileOwner(name: string): { target: string; pid: number } | undefined {
  const m = TEMP_NAME.exec(name);
  return m ? { target: m[1]!, pid: Number(m[2]) } : undefined;
}

/** Whether a process with this id is running (ours counts: another writer in this process may own the file). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A file written and flushed under a temporary name, waiting to be published under its own. */
export interface StagedFile {
  /** Publishes the file under its name (never replacing an existing one unless `overwrite`), then flushes the folder. */
  publish(options: { overwrite: boolean }): Promise<void>;
  /** Removes the temporary file (when the write is abandoned). */
  discard(): Promise<void>;
}

/** Writes data to a flushed temporary file beside `path` (created exclusively); publish it when ready. */
export async function stageFile(path: string, data: string | Uint8Array): Promise<StagedFile> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fh = await open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (error) {
    await fh.close();
    await unlink(temp).catch(() => {});
    throw error;
  }
  await fh.close();
  const discard = () => unlink(temp).catch(() => {});
  return {
    discard,
    publish: async ({ overwrite }) => {
      try {
        if (overwrite) await rename(temp, path);
        else await publishNew(temp, path);
      } catch (error) {
        await discard();
        throw error;
      }
      await syncDir(dir);
    },
  };
}

/**
 * Writes a file so that a crash at any moment leaves either the complete new file or nothing: the bytes go
 * to a temporary file in the same folder (created exclusively), are flushed to disk, and only then appear
 * under their name; the folder is flushed too. With `overwrite: false` an existing file is never replaced
 * (hard link, which fails if the name is taken).
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { overwrite: boolean },
): Promise<void> {
  await (await stageFile(path, data)).publish(options);
}

async function publishNew(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileExistsError(`${path} already exists; it is never overwritten`);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    // File systems without hard links (FAT, some network shares): exclusive create, then rename.
    const claim = await open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY).catch(
      (e: NodeJS.ErrnoException) => {
        throw e.code === 'EEXIST'
          ? new FileExistsError(`${path} already exists; it is never overwritten`)
          : e;
      },
    );
    await claim.close();
    await rename(temp, path);
    return;
  }
  await unlink(temp);
}

/** Flushes a folder's entries (no-op where folders cannot be opened, e.g. Windows). */
export async function syncDir(dir: string): Promise<void> {
  let fh: Awaited<ReturnType<typeof open>> | undefined;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch {
    // Windows and some file systems refuse fsync on a directory; rename is already durable there.
  } finally {
    await fh?.close();
  }
}
