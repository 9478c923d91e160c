import { createHash } from 'node:crypto';

/**
 * SHA-256 of file bytes (artwork, car images, draft files), lower-case hex. node:crypto, not the domain's pure
 * `sha256Hex`: it hashes a 64 MiB artwork file in ~0.2 s instead of ~2.4 s.
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
