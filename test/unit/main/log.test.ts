import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../../electron/main/bootstrap';
import { createAppLog, scrubPersonalData } from '../../../electron/main/log';

const root = resolve(import.meta.dirname, '..', '..', '..');

describe('app log', () => {
  it('masks mobile numbers and e-mail addresses', () => {
    expect(scrubPersonalData('customer 13812345678 wrote a@b.cn')).toBe('customer 1********** wrote ***@***');
    expect(scrubPersonalData('order 2026112213812345678')).toBe('order 2026112213812345678');
  });

  it('writes to a file in the data folder and rotates past the size limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'log-'));
    const log = createAppLog(dir, { maxBytes: 4096 });
    log.error('first line 13900001111');
    await new Promise((r) => setTimeout(r, 50));
    expect(readFileSync(log.file, 'utf8')).toContain('first line 1**********');
    for (let i = 0; i < 40; i++) log.info(`line ${i} ${'x'.repeat(200)}`);
    await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(join(dir, 'logs', 'main.old.log'))).toBe(true);
  });

  it('records a bad settings file and renderer reports in the log file', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'log-boot-'));
    writeFileSync(join(userDataDir, 'settings.json'), '{not json');
    const { dispatch, services } = await bootstrap({
      userDataDir,
      appRoot: root,
      runtime: 'browser',
      log: () => {},
    });
    const reported = await dispatch(
      'log:report',
      { level: 'error', message: 'TypeError: x is undefined', source: 'test' },
      { transport: 'test' },
    );
    expect(reported).toEqual({ ok: true, value: { logged: true } });
    await new Promise((r) => setTimeout(r, 50));
    const text = readFileSync(services.log.file, 'utf8');
    expect(text).toMatch(/settings\.json: not valid JSON/);
    expect(text).toContain('[renderer test] TypeError: x is undefined');
  });
});
