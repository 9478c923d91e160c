import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings, SETTINGS_FILE } from '@services/app/settings';
import { describe, expect, it } from 'vitest';

const tempDir = () => mkdtempSync(join(tmpdir(), 'settings-'));

describe('settings loader', () => {
  it('uses defaults when there is no file', () => {
    const { settings, warnings } = loadSettings(tempDir());
    expect(settings).toMatchObject({
      storeId: 'sh-xuhui-wrap',
      kiosk: false,
      language: 'zh-CN',
      dataDir: 'data',
    });
    expect(warnings).toEqual([]);
  });

  it('reads a valid file and fills the rest with defaults', () => {
    const dir = tempDir();
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ storeId: 'bj-chaoyang', kiosk: true }));
    const { settings, warnings } = loadSettings(dir);
    expect(settings).toMatchObject({ storeId: 'bj-chaoyang', kiosk: true, mode: 'sales' });
    expect(warnings).toEqual([]);
  });

  it('sets a file that is not JSON aside, keeps its bytes and says why', () => {
    const dir = tempDir();
    writeFileSync(join(dir, SETTINGS_FILE), '{ "storeId": "x", ');
    const { settings, warnings, setAsidePath } = loadSettings(dir, new Date('2026-11-22T10:00:00Z'));
    expect(settings.storeId).toBe('sh-xuhui-wrap');
    expect(warnings[0]).toMatch(/not valid JSON/);
    expect(warnings[0]).toContain(SETTINGS_FILE);
    expect(existsSync(join(dir, SETTINGS_FILE))).toBe(false);
    expect(readFileSync(setAsidePath!, 'utf8')).toBe('{ "storeId": "x", ');
  });

  it('names the bad field of a file that breaks the schema', () => {
    const dir = tempDir();
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ kiosk: 'yes', idleSeconds: 2, colour: 'red' }));
    const { warnings } = loadSettings(dir);
    expect(warnings[0]).toMatch(/kiosk/);
    expect(warnings[0]).toMatch(/idleSeconds/);
    expect(warnings[0]).toMatch(/colour/);
    expect(readdirSync(dir).some((name) => name.startsWith(`${SETTINGS_FILE}.invalid-`))).toBe(true);
  });
});
