import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createKioskExit,
  hashPin,
  lockDuration,
  PIN_ATTEMPTS,
  PIN_LOCK_FILE,
  PIN_LOCK_MS,
  UNREADABLE_LOCKS,
  verifyPin,
} from '@services/app/kiosk';
import { Settings } from '@services/app/settings';
import { describe, expect, it } from 'vitest';

const MINUTE = 60_000;

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  const c = { now: start, read: () => c.now };
  return c;
}

/** Enters wrong PINs until the check locks; every one before the last is only 'wrong-pin'. */
async function lockOut(exit: ReturnType<typeof createKioskExit>): Promise<void> {
  for (let i = 1; i < PIN_ATTEMPTS; i++) expect(await exit.attempt('0000')).toBe('wrong-pin');
  expect(await exit.attempt('0000')).toBe('locked');
}

describe('kiosk staff exit', () => {
  const stored = hashPin('2468');

  it('stores a salted hash the settings schema accepts, never the PIN', () => {
    expect(stored).not.toContain('2468');
    expect(Settings.parse({ kioskExitPinHash: stored }).kioskExitPinHash).toBe(stored);
    expect(hashPin('2468')).not.toBe(stored);
  });

  it('accepts the right PIN only', () => {
    expect(verifyPin('2468', stored)).toBe(true);
    expect(verifyPin('2469', stored)).toBe(false);
    expect(verifyPin('', stored)).toBe(false);
    expect(verifyPin('2468', 'garbage')).toBe(false);
  });

  it('locks after repeated wrong PINs, 1, 2, 4 minutes, and the right PIN resets the doubling', async () => {
    const t = clock();
    const exit = createKioskExit(stored, { now: t.read });
    await lockOut(exit);
    expect(await exit.attempt('2468')).toBe('locked');
    t.now += PIN_LOCK_MS - 1;
    expect(await exit.attempt('2468')).toBe('locked');
    t.now += 1;
    await lockOut(exit);
    t.now += 2 * MINUTE - 1;
    expect(await exit.attempt('2468')).toBe('locked');
    t.now += 1;
    await lockOut(exit);
    t.now += 4 * MINUTE - 1;
    expect(await exit.attempt('2468')).toBe('locked');
    t.now += 1;
    expect(await exit.attempt('2468')).toBe('exit');
    await lockOut(exit);
    t.now += PIN_LOCK_MS;
    expect(await exit.attempt('2468')).toBe('exit');
  });

  it('doubles up to a day', () => {
    expect([1, 2, 3, 4].map(lockDuration)).toEqual([1, 2, 4, 8].map((m) => m * MINUTE));
    expect(lockDuration(40)).toBe(24 * 60 * MINUTE);
  });

  it('keeps the lock and the failure count across a restart', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pin-')), PIN_LOCK_FILE);
    const t = clock();
    await lockOut(createKioskExit(stored, { file, now: t.read }));
    t.now += PIN_LOCK_MS;
    // A restart after the first lock ran out: three wrong PINs, restart again, the fifth wrong PIN locks.
    const second = createKioskExit(stored, { file, now: t.read });
    for (let i = 0; i < PIN_ATTEMPTS - 2; i++) expect(await second.attempt('1111')).toBe('wrong-pin');
    const third = createKioskExit(stored, { file, now: t.read });
    expect(await third.attempt('1111')).toBe('wrong-pin');
    expect(await third.attempt('1111')).toBe('locked');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      failures: 0,
      locks: 2,
      lockedUntil: t.now + 2 * MINUTE,
    });
    const fourth = createKioskExit(stored, { file, now: t.read });
    t.now += 2 * MINUTE - 1;
    expect(await fourth.attempt('2468')).toBe('locked');
  });

  it('a corrupt or foreign lock file never unlocks: it counts as a long lock and says so', async () => {
    for (const text of [
      '{"failures": 0, "locks": 0',
      '{"failures": 0, "locks": 0, "lockedUntil": -5}',
      '[]',
    ]) {
      const file = join(mkdtempSync(join(tmpdir(), 'pin-')), PIN_LOCK_FILE);
      writeFileSync(file, text);
      const t = clock();
      const lines: string[] = [];
      const exit = createKioskExit(stored, { file, now: t.read, log: (l) => lines.push(l) });
      expect(await exit.attempt('2468')).toBe('locked');
      expect(lines.join('\n')).toContain(`${PIN_LOCK_FILE} is unreadable`);
      t.now += lockDuration(UNREADABLE_LOCKS) - 1;
      expect(await exit.attempt('2468')).toBe('locked');
      t.now += 1;
      expect(await exit.attempt('2468')).toBe('exit');
    }
  });

  it('two PINs entered at once are checked one after the other', async () => {
    const exit = createKioskExit(stored, { now: clock().read });
    const outcomes = await Promise.all(Array.from({ length: PIN_ATTEMPTS }, () => exit.attempt('0000')));
    expect(outcomes.filter((o) => o === 'locked')).toHaveLength(1);
  });

  it('cannot be left when no PIN is configured', async () => {
    expect(await createKioskExit(undefined).attempt('2468')).toBe('not-configured');
  });
});
