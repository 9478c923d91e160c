import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bootstrap } from '@services/app/bootstrap';
import { readLogRecords } from '@services/app/log';
import { SETTINGS_FILE } from '@services/app/settings';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..', '..');

describe('a corrupt settings file at start', () => {
  it('is set aside, the app starts on defaults, and the log says where the file went', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'settings-log-'));
    writeFileSync(join(userDataDir, SETTINGS_FILE), '{"storeId": "bj-chaoyang", "kiosk": tru');
    const echoed: string[] = [];
    const { dispatch } = await bootstrap({
      userDataDir,
      appRoot: root,
      runtime: 'browser',
      log: (l) => echoed.push(l),
    });
    const aside = readdirSync(userDataDir).find((n) => n.startsWith(`${SETTINGS_FILE}.invalid-`));
    expect(aside).toBeDefined();
    const line = echoed.find((l) => l.includes(aside!));
    expect(line).toMatch(/not valid JSON.*Using defaults; the file was kept as .*fix it and rename it back/);
    const records = readLogRecords(join(userDataDir, 'data', 'logs', 'main.log'));
    expect(records.some((r) => r.level === 'warn' && r.message.includes(aside!))).toBe(true);
    const info = await dispatch('app:info', {}, { transport: 'test' });
    expect(info.ok && (info.value as { storeId: string }).storeId).toBe('sh-xuhui-wrap');
  });
});
