import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

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

/** Wrong PINs allowed before the exit is locked, and how long the lock lasts. */
export const PIN_ATTEMPTS = 5;
export const PIN_LOCK_MS = 60_000;

/** The staff exit: PIN check with a lockout after repeated wrong PINs. */
export interface KioskExit {
  /** 'exit' when the PIN is right, otherwise why not. */
  attempt(pin: string, now?: number): 'exit' | 'wrong-pin' | 'locked' | 'not-configured';
}

/** Builds the staff exit for a stored PIN hash (none configured: the kiosk cannot be left from the screen). */
export function createKioskExit(pinHash: string | undefined): KioskExit {
  let failures = 0;
  let lockedUntil = 0;
  return {
    attempt(pin, now = Date.now()) {
      if (!pinHash) return 'not-configured';
      if (now < lockedUntil) return 'locked';
      if (verifyPin(pin, pinHash)) {
        failures = 0;
        return 'exit';
      }
      failures += 1;
      if (failures >= PIN_ATTEMPTS) {
        failures = 0;
        lockedUntil = now + PIN_LOCK_MS;
        return 'locked';
      }
      return 'wrong-pin';
    },
  };
}
