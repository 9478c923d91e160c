import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configA, configB } from '../domain/hand-calc';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const tmp = mkdtempSync(path.join(tmpdir(), 'cli-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the real command-line tool, as `npm run cli -- …` does. */
function cli(...args: string[]) {
  const r = spawnSync(TSX, ['electron/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
}

function tempFile(name: string, content: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

describe('cli validate-catalog', () => {
  it('accepts the default catalog', () => {
    const r = cli('validate-catalog');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, priceList: { version: '2026.11' } });
  });

  it('lists every problem of a broken catalog and exits non-zero', () => {
    const dir = path.join(tmp, 'broken-catalog');
    cpSync(path.join(ROOT, 'assets/catalog'), dir, { recursive: true });
    const films = JSON.parse(readFileSync(path.join(dir, 'films.json'), 'utf8'));
    films.films[0].pricePerM2Fen = 99.5;
    films.films[1].finish = 'shiny';
    writeFileSync(path.join(dir, 'films.json'), JSON.stringify(films));
    writeFileSync(path.join(dir, 'stores.json'), '{ not json');
    const edit = (file: string, change: (json: Record<string, Record<string, unknown>[]>) => void) => {
      const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      change(json);
      writeFileSync(path.join(dir, file), JSON.stringify(json));
    };
    edit('catalog.json', (c) => {
      c.trims![0]!.defaultWheel = 'aero-18';
    });
    edit('rules.json', (r) => {
      r.rules!.push({
        id: 'rule-rails-need-box',
        kind: 'requires',
        item: 'roof-rails',
        requires: 'roof-box',
      });
    });
    edit('promotions.json', (p) => {
      Object.assign(p.promotions![1]!, { validFrom: '2027-01-01', validTo: '2026-12-31' });
    });
    const r = cli('validate-catalog', dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/has 6 problem\(s\)/);
    const out = JSON.parse(r.stdout);
    expect(out.errors.map((e: { file: string; path: string }) => `${e.file} ${e.path}`)).toEqual([
      'stores.json $',
      'films.json $.films[0].pricePerM2Fen',
      'films.json $.films[1].finish',
      'catalog.json $.trims[0].defaultWheel',
      'promotions.json $.promotions[1].validTo',
      'rules.json $.rules[14].requires',
    ]);
  });

  it('says so when the directory does not exist', () => {
    const r = cli('validate-catalog', path.join(tmp, 'nowhere'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*missing catalog file/);
  });
});

describe('cli quote', () => {
  it('prices hand-built configuration A to the fen (independent calculation in pricing.test.ts)', () => {
    const r = cli('quote', path.join(FIXTURES, 'config-a.json'), '--date', '2026-11-22');
    expect(r.code).toBe(0);
    const q = JSON.parse(r.stdout);
    expect(q.totalFen).toBe(configA().totalFen);
    expect(q.store).toBe('sh-xuhui-wrap');
    expect(q.priceListVersion).toBe('2026.11');
  });

  it('prices configuration B; --store overrides the configuration store', () => {
    const b = cli('quote', path.join(FIXTURES, 'config-b.json'), '--date=2026-11-22');
    expect(JSON.parse(b.stdout).totalFen).toBe(configB().totalFen);
    const elsewhere = cli(
      'quote',
      path.join(FIXTURES, 'config-b.json'),
      '--date',
      '2026-11-22',
      '--store',
      'bj-chaoyang-mod',
    );
    expect(elsewhere.code).toBe(0);
    expect(JSON.parse(elsewhere.stdout).store).toBe('bj-chaoyang-mod');
  });

  it.each([
    [
      'missing file',
      () => ['quote', path.join(tmp, 'none.json'), '--date', '2026-11-22'],
      /configuration file not found/,
    ],
    ['bad JSON', () => ['quote', tempFile('bad.json', '{"trim": '), '--date', '2026-11-22'], /bad JSON/],
    [
      'invalid configuration',
      () => [
        'quote',
        tempFile(
          'inv.json',
          '{"schemaVersion":1,"vehicle":"compact-ev","trim":"standard","battery":"lease"}',
        ),
        '--date',
        '2026-11-22',
      ],
      /invalid configuration .*\$\.battery/,
    ],
    [
      'unknown store',
      () => ['quote', path.join(FIXTURES, 'config-a.json'), '--store', 'gz-tianhe', '--date', '2026-11-22'],
      /unknown store "gz-tianhe"/,
    ],
    ['bad date', () => ['quote', path.join(FIXTURES, 'config-a.json'), '--date', '2026-13-01'], /bad --date/],
    [
      'date outside the price list',
      () => ['quote', path.join(FIXTURES, 'config-a.json'), '--date', '2028-01-05'],
      /price list 2026\.11 is valid/,
    ],
    [
      'broken rule',
      () => [
        'quote',
        tempFile(
          'rule.json',
          JSON.stringify({
            schemaVersion: 1,
            vehicle: 'compact-ev',
            trim: 'standard',
            battery: 'buy',
            accessories: ['roof-box'],
            store: 'sh-xuhui-wrap',
          }),
        ),
        '--date',
        '2026-11-22',
      ],
      /quote refused: Roof box needs Roof crossbars/,
    ],
    [
      'no battery plan for the launch EV',
      () => [
        'quote',
        tempFile(
          'nobattery.json',
          '{"schemaVersion":1,"vehicle":"compact-ev","trim":"standard","store":"sh-xuhui-wrap"}',
        ),
        '--date',
        '2026-11-22',
      ],
      /quote refused: choose a battery plan \(buy or subscribe\)/,
    ],
    [
      'unknown option',
      () => ['quote', path.join(FIXTURES, 'config-a.json'), '--colour', 'red'],
      /unknown option --colour/,
    ],
    [
      'an option without its value',
      () => ['quote', path.join(FIXTURES, 'config-a.json'), '--date'],
      /option --date needs a value/,
    ],
    [
      'an option followed by another option',
      () => ['quote', path.join(FIXTURES, 'config-a.json'), '--catalog', '--date', '2026-11-22'],
      /option --catalog needs a value/,
    ],
    [
      'a short option',
      () => ['quote', path.join(FIXTURES, 'config-a.json'), '-d', '2026-11-22'],
      /unknown option -d; expected --catalog, --store, --date/,
    ],
  ])('%s → non-zero with a one-line reason', (_name, args, message) => {
    const r = cli(...args());
    expect(r.code).not.toBe(0);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('cli messages on stdout', () => {
  it('a refused quote lists each reason with its key and values and its text in both languages', () => {
    const file = tempFile(
      'refused.json',
      JSON.stringify({
        schemaVersion: 1,
        vehicle: 'compact-ev',
        trim: 'standard',
        battery: 'buy',
        accessories: ['roof-box'],
        store: 'sh-xuhui-wrap',
      }),
    );
    const r = cli('quote', file, '--date', '2026-11-22');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { reasons: { code: string; message: Record<string, unknown> }[] };
    const requires = out.reasons.find((x) => x.code === 'requires')!;
    expect(requires.message).toMatchObject({
      key: 'rules.requires',
      values: { item: { zh: '车顶行李箱', en: 'Roof box' } },
      zh: '车顶行李箱需要车顶横杆',
      en: 'Roof box needs Roof crossbars',
    });
  });
});
