/**
 * Order draft ids: 10 characters of millisecond time then 16 of randomness, Crockford base32 (ULID layout),
 * so ids sort by creation time as plain strings and two kiosks never mint the same one.
 */

/** Crockford base32 alphabet (no I, L, O, U). */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Shape of a draft id. */
export const DRAFT_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** Sources of time and randomness, injectable for tests. */
export interface IdSources {
  now: () => number;
  randomBytes: (n: number) => Uint8Array;
}

/** Makes a new draft id from the clock and 80 random bits. */
export function newDraftId(sources: IdSources): string {
  let time = sources.now();
  if (!Number.isSafeInteger(time) || time < 0 || time >= 2 ** 48)
    throw new Error(`draft id: clock value ${time} out of range`);
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const bytes = sources.randomBytes(10);
  let tail = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      tail += CROCKFORD[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  return head + tail;
}

/** Creation time encoded in a draft id (milliseconds since the epoch). */
export function draftIdTime(id: string): number {
  let t = 0;
  for (const ch of id.slice(0, 10)) t = t * 32 + CROCKFORD.indexOf(ch);
  return t;
}
