import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

/** scrypt cost for staff PINs: slow enough to make guessing a stolen settings file expensive. */
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

/** Hashes a staff exit PIN for the settings file (`salt:hash`, hex). */
export function hashPin(pin: string, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(pin, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return `${salt.toString('hex')}:${hash.toString('hex')}`;
}

/** Checks a PIN against a stored `salt:hash` in constant time. */
export function verifyPin(pin: string, stored: string): boolean {
  const [saltHex, hashHex] = stored.split(':');
  if (!saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = scryptSync(pin, Buffer.from(saltHex, 'hex'), expected.length, {
    N: SCRYPT.N,
    r: SCRYPT.r,
    p: SCRYPT.p,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Wrong PINs allowed before the exit is locked. */
export const PIN_ATTEMPTS = 5;
/** The first lock lasts this long; each further lock doubles it (1, 2, 4, ... minutes), up to PIN_LOCK_MAX_MS. */
export const PIN_LOCK_MS = 60_000;
/** Longest lock: a day. */
export const PIN_LOCK_MAX_MS = 24 * 60 * 60_000;
/** A lock file that cannot be read counts as this many locks already (about half an hour locked). */
export const UNREADABLE_LOCKS = 6;
/** The lockout's file in the data folder. */
export const PIN_LOCK_FILE = 'kiosk-pin-lock.json';

/** What a PIN attempt gives: the right PIN, or why not. */
export type PinOutcome = 'exit' | 'wrong-pin' | 'locked' | 'not-configured';

/** The staff PIN check: lockout after repeated wrong PINs, doubling with each lock, kept across restarts. */
export interface KioskExit {
  /** 'exit' when the PIN is right, otherwise why not. */
  attempt(pin: string): Promise<PinOutcome>;
}

/** How long the `locks`-th lock (1-based) lasts. */
export const lockDuration = (locks: number): number =>
  Math.min(PIN_LOCK_MAX_MS, PIN_LOCK_MS * 2 ** Math.min(Math.max(locks - 1, 0), 30));

const LockState = z
  .object({
    failures: z.number().int().min(0).max(PIN_ATTEMPTS),
    locks: z.number().int().min(0).max(1000),
    lockedUntil: z.number().finite().min(0),
  })
  .strict();
type LockState = z.infer<typeof LockState>;
const FRESH: LockState = { failures: 0, locks: 0, lockedUntil: 0 };

/** Where the lockout lives and how time passes (tests inject a clock). */
export interface KioskExitOptions {
  /** The lockout file (`<dataDir>/kiosk-pin-lock.json`); without one the lockout lasts only as long as the process. */
  file?: string;
  now?: () => number;
  log?: (line: string) => void;
}

/**
 * Builds the staff PIN check for a stored PIN hash (none configured: the kiosk cannot be left from the screen).
 * After PIN_ATTEMPTS wrong PINs the check locks for 1 minute, then 2, 4, ... (the right PIN resets it). The
 * state is written atomically after every change; a file that cannot be read or parsed never unlocks: it
 * counts as UNREADABLE_LOCKS locks, starting when it is read.
 */
export function createKioskExit(pinHash: string | undefined, options: KioskExitOptions = {}): KioskExit {
  const now = options.now ?? Date.now;
  let state: Promise<LockState> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const load = () => {
    state ??= readLock(options, now());
    return state;
  };
  const save = async (next: LockState) => {
    state = Promise.resolve(next);
    if (options.file) await writeFileAtomic(options.file, JSON.stringify(next), { overwrite: true });
  };
  const attempt = async (pin: string): Promise<PinOutcome> => {
    if (!pinHash) return 'not-configured';
    const current = await load();
    const at = now();
    if (at < current.lockedUntil) return 'locked';
    if (verifyPin(pin, pinHash)) {
      if (current.failures > 0 || current.locks > 0) await save(FRESH);
      return 'exit';
    }
    const failures = current.failures + 1;
    if (failures < PIN_ATTEMPTS) {
      await save({ ...current, failures });
      return 'wrong-pin';
    }
    const locks = current.locks + 1;
    await save({ failures: 0, locks, lockedUntil: at + lockDuration(locks) });
    options.log?.(`kiosk PIN locked for ${lockDuration(locks) / 60_000} min (lock ${locks})`);
    return 'locked';
  };
  return {
    // One attempt at a time: two quick taps must not both read the same failure count.
    attempt(pin) {
      const run = queue.then(() => attempt(pin));
      queue = run.catch(() => {});
      return run;
    },
  };
}

async function readLock(options: KioskExitOptions, at: number): Promise<LockState> {
  if (!options.file) return FRESH;
  let text: string;
  try {
    text = await readFile(options.file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return FRESH;
    return unreadable(options, at, String(error));
  }
  try {
    const parsed = LockState.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    return unreadable(options, at, parsed.error.issues[0]?.message ?? 'not a lock state');
  } catch (error) {
    return unreadable(options, at, error instanceof Error ? error.message : String(error));
  }
}

function unreadable(options: KioskExitOptions, at: number, why: string): LockState {
  const until = at + lockDuration(UNREADABLE_LOCKS);
  options.log?.(
    `kiosk PIN lock file ${options.file} is unreadable (${why}); the PIN is locked until ${new Date(until).toISOString()}`,
  );
  return { failures: 0, locks: UNREADABLE_LOCKS, lockedUntil: until };
}
