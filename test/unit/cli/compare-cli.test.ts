import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '@cli/run';
import type { Comparison } from '@domain/pricing/compare';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const A = path.join(import.meta.dirname, 'fixtures', 'config-a.json');
const B = path.join(import.meta.dirname, 'fixtures', 'config-b.json');
const DATE = '2026-11-22';
const tmp = mkdtempSync(path.join(tmpdir(), 'cli-compare-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tempFile(name: string, content: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

async function totalOf(file: string, ...extra: string[]): Promise<number> {
  const r = await runCli(['quote', file, '--date', DATE, ...extra]);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout!) as { totalFen: number }).totalFen;
}

describe('cli compare', () => {
  it('prints the table as JSON; its total difference is the difference of the two quotes', async () => {
    const r = await runCli(['compare', A, B, '--date', DATE]);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout!) as Comparison;
    const [a, b] = [await totalOf(A), await totalOf(B)];
    expect(c.total).toEqual({ aFen: a, bFen: b, differenceFen: b - a });
    expect(c.rows.reduce((s, row) => s + row.differenceFen, 0)).toBe(b - a);
    expect(c.rows.find((row) => row.id === 'trimPieces')!.b.choices.map((x) => x.item)).toEqual([
      'chrome-delete',
    ]);
    expect(c.rows.find((row) => row.id === 'promotions')!.b.choices.map((x) => x.item)).toContain(
      'promo-vip-order',
    );
    expect(c.priced.a.store).toBe('sh-xuhui-wrap');
    expect(c.priced.b.store).toBe('sz-nanshan-wrap');
  });

  it('--store prices both sides at one store', async () => {
    const r = await runCli(['compare', A, B, '--date', DATE, '--store', 'bj-chaoyang-mod']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout!) as Comparison;
    expect([c.priced.a.store, c.priced.b.store]).toEqual(['bj-chaoyang-mod', 'bj-chaoyang-mod']);
    const b = await totalOf(B, '--store', 'bj-chaoyang-mod');
    expect(c.total.bFen).toBe(b);
  });

  it.each([
    ['one file', () => ['compare', A], /compare needs two configuration files/, 2],
    ['a third file', () => ['compare', A, B, A], /unexpected argument/, 2],
    ['a missing B', () => ['compare', A, path.join(tmp, 'none.json')], /configuration B not found/, 1],
    [
      'bad JSON in A',
      () => ['compare', tempFile('bad.json', '{"trim": '), B],
      /bad JSON in configuration A/,
      1,
    ],
    [
      'an invalid B',
      () => ['compare', A, tempFile('invalid.json', '{"schemaVersion": 1, "vehicle": 7}')],
      /invalid configuration B .*\$\.vehicle/,
      1,
    ],
    ['a bad date', () => ['compare', A, B, '--date', '2026-02-30'], /bad --date/, 2],
    ['an unknown option', () => ['compare', A, B, '--colour', 'red'], /unknown option --colour/, 2],
  ])('refuses %s with a one-line reason', async (_name, args, message, code) => {
    const r = await runCli(args());
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr!.split('\n')).toHaveLength(1);
  });

  it('names the side whose quote was refused', async () => {
    const bad = tempFile(
      'refused.json',
      JSON.stringify({
        schemaVersion: 1,
        vehicle: 'compact-ev',
        trim: 'standard',
        battery: 'buy',
        wheel: 'aero-19',
        store: 'sh-xuhui-wrap',
      }),
    );
    const r = await runCli(['compare', A, bad, '--date', DATE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: quote refused: B: .*19/);
    expect(JSON.parse(r.stdout!)).toMatchObject({
      ok: false,
      refused: { b: [{ code: expect.any(String) }] },
    });
  });

  it('runs as `npm run cli -- compare` does', () => {
    const r = spawnSync(TSX, ['electron/cli/index.ts', 'compare', A, B, '--date', DATE], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Comparison).rows).toHaveLength(9);
  });
});
