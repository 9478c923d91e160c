import { describe, expect, it } from 'vitest';
import { createKioskExit, hashPin, PIN_ATTEMPTS, PIN_LOCK_MS, verifyPin } from '../../../electron/main/kiosk';
import { Settings } from '../../../electron/main/settings';

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

  it('locks after repeated wrong PINs, then lets the right PIN through after the lock', () => {
    const exit = createKioskExit(stored);
    for (let i = 1; i < PIN_ATTEMPTS; i++) expect(exit.attempt('0000', 1000)).toBe('wrong-pin');
    expect(exit.attempt('0000', 1000)).toBe('locked');
    expect(exit.attempt('2468', 2000)).toBe('locked');
    expect(exit.attempt('2468', 1000 + PIN_LOCK_MS + 1)).toBe('exit');
  });

  it('cannot be left when no PIN is configured', () => {
    expect(createKioskExit(undefined).attempt('2468')).toBe('not-configured');
  });
});
