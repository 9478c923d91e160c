/**
 * Order draft ids are ULIDs (the `ulid` package): 10 characters of millisecond time then 16 of randomness,
 * Crockford base32, so ids sort by creation time as plain strings and two kiosks never mint the same one.
 */
import { decodeTime, ulid } from 'ulid';

/** Crockford base32 alphabet (no I, L, O, U): ULIDs and configuration codes are written in it. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Shape of a draft id: a ULID (its first character is 0–7, the clock's 48 bits). */
export const DRAFT_ID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** Sources of time and randomness, injectable for tests. */
export interface IdSources {
  now: () => number;
  randomBytes: (n: number) => Uint8Array;
}

/** Random characters of a ULID. */
const RANDOM_CHARS = 16;

/** Makes a new draft id from the clock and 80 random bits (5 from each of 16 random bytes). */
export function newDraftId(sources: IdSources): string {
  const time = sources.now();
  // 0 is refused too: a clock at 1970 is broken (and ulid reads a zero seed as "use Date.now()").
  if (!Number.isSafeInteger(time) || time <= 0 || time >= 2 ** 48)
    throw new Error(`draft id: clock value ${time} out of range`);
  const bytes = sources.randomBytes(RANDOM_CHARS);
  let next = 0;
  // ulid takes a fraction in [0, 1) per character and uses its top 5 bits.
  return ulid(time, () => (bytes[next++ % RANDOM_CHARS] ?? 0) / 256);
}

/** Creation time encoded in a draft id (milliseconds since the epoch); the id must match DRAFT_ID_PATTERN. */
export function draftIdTime(id: string): number {
  return decodeTime(id);
}
