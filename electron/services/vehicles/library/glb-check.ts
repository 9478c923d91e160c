import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Message } from '@domain/vehicle/vehicle';
import { libraryMessage } from './problems';

/** GLB magic `glTF` as a little-endian uint32. */
const GLB_MAGIC = 0x46546c67;

/** A stored glb as found on disk: its SHA-256, or why it cannot be used. */
export type GlbCheck = { ok: true; sha256: string; bytes: number } | { ok: false; problem: Message };

/** Hashes remembered by file identity (size, time, inode), so a list does not re-read unchanged models. */
const known = new Map<string, { key: string; sha256: string }>();

/**
 * Checks a stored glb without trusting it: present, a GLB 2 header, as long as the header says (not truncated),
 * and hashed (streamed: a large car is not held in memory). The hash is cached per file identity.
 */
export async function checkGlb(path: string): Promise<GlbCheck> {
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, problem: libraryMessage('modelMissing') };
    return { ok: false, problem: libraryMessage('modelUnreadable', { reason: code ?? String(error) }) };
  }
  try {
    const info = await fh.stat();
    const header = Buffer.alloc(12);
    const { bytesRead } = await fh.read(header, 0, 12, 0);
    if (bytesRead < 12 || header.readUInt32LE(0) !== GLB_MAGIC || header.readUInt32LE(4) !== 2) {
      return { ok: false, problem: libraryMessage('modelNotGlb') };
    }
    const declared = header.readUInt32LE(8);
    if (declared > info.size) {
      return { ok: false, problem: libraryMessage('modelTruncated', { declared, got: info.size }) };
    }
    const key = `${info.size}:${info.mtimeMs}:${info.ino}`;
    const cached = known.get(path);
    if (cached?.key === key) return { ok: true, sha256: cached.sha256, bytes: info.size };
    const sha256 = await hashFile(path);
    known.set(path, { key, sha256 });
    return { ok: true, sha256, bytes: info.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: libraryMessage('modelUnreadable', { reason: code ?? String(error) }) };
  } finally {
    await fh.close();
  }
}

/** SHA-256 of a file, streamed. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
