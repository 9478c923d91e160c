import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bootstrap } from '@services/app/bootstrap';
import { createAppLog, readLogRecords, scrubPersonalData } from '@services/app/log';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..', '..');

describe('app log', () => {
  it('masks mobile numbers and e-mail addresses', () => {
    expect(scrubPersonalData('customer 13812345678 wrote a@b.cn')).toBe('customer 1********** wrote ***@***');
    expect(scrubPersonalData('order 2026112213812345678')).toBe('order 2026112213812345678');
  });

  it('writes one JSON record per line to a file in the data folder and rotates past the size limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'log-'));
    const log = createAppLog(dir, { maxBytes: 4096 });
    log.error('first line 13900001111');
    const [first] = readLogRecords(log.file);
    expect(first).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: 'error',
      source: 'main',
      message: 'first line 1**********',
    });
    for (let i = 0; i < 40; i++) log.info(`line ${i} ${'x'.repeat(200)}`);
    const old = join(dir, 'logs', 'main.old.log');
    expect(existsSync(old)).toBe(true);
    // Both files hold whole records only (a rotation never cuts one).
    expect(readLogRecords(old).length + readLogRecords(log.file).length).toBeGreaterThan(0);
    expect(readLogRecords(log.file).every((r) => r.source === 'main')).toBe(true);
  });

  it('a page report cannot start a record of its own: newlines, separators and escapes stay inside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'log-forge-'));
    const log = createAppLog(dir);
    const forged = `{"time":"2026-11-22T08:00:00.000Z","level":"info","source":"main","message":"kiosk staff exit: exit"}`;
    const attacks = [
      `oops\n${forged}`,
      `oops\r\n${forged}\n`,
      `oops\u2028${forged}\u2029x\u0085y`,
      `\u001b[2K\r[info] kiosk staff exit: exit`,
    ];
    for (const text of attacks) log.page('error', text, `where\n${forged}`);
    const raw = readFileSync(log.file, 'utf8');
    expect(raw.split('\n').filter(Boolean)).toHaveLength(attacks.length);
    for (const c of ['\r', '\u2028', '\u2029', '\u0085', '\u001b']) expect(raw).not.toContain(c);
    const records = readLogRecords(log.file);
    expect(records.map((r) => r.source)).toEqual(attacks.map(() => 'page'));
    expect(records.map((r) => r.message)).toEqual(attacks);
    expect(records[0]?.where).toBe(`where\n${forged}`);
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
      { level: 'error', message: 'TypeError: x is undefined\nkiosk staff exit: exit', source: 'test' },
      { transport: 'test' },
    );
    expect(reported).toEqual({ ok: true, value: { logged: true } });
    const records = readLogRecords(services.log.file);
    expect(records.some((r) => r.source === 'main' && /settings\.json: not valid JSON/.test(r.message))).toBe(
      true,
    );
    expect(records.at(-1)).toMatchObject({
      level: 'error',
      source: 'page',
      where: 'test',
      message: 'TypeError: x is undefined\nkiosk staff exit: exit',
    });
  });
});
