import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Thrown when a file that must never be overwritten already exists. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';
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
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fh = await open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    if (options.overwrite) await rename(temp, path);
    else await publishNew(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  await syncDir(dir);
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
