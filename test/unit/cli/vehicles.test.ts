import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@cli/run';
import { describe, expect, it } from 'vitest';
import { carGlb } from '../../support/vehicle-library';

describe('cli import-vehicle and vehicles', () => {
  it('imports a glb into the data folder’s library once, lists it, and lists a damaged one with the reason', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cli-vehicles-'));
    const data = join(work, 'data');
    const file = join(work, 'roma.glb');
    writeFileSync(file, await carGlb({ seed: 41, lengthM: 4.66 }));
    const first = await runCli([
      'import-vehicle',
      file,
      '--name',
      'Ferrari Roma',
      '--year',
      '2021',
      '--data',
      data,
    ]);
    expect(first.code, first.stderr).toBe(0);
    const imported = JSON.parse(first.stdout!);
    expect(imported).toMatchObject({
      duplicate: false,
      summary: { name: 'Ferrari Roma', year: 2021, lengthMm: 4660 },
    });
    expect(first.stderr).toContain('imported');
    const again = await runCli(['import-vehicle', file, '--data', data]);
    expect(JSON.parse(again.stdout!).duplicate).toBe(true);
    const listed = await runCli(['vehicles', '--data', data]);
    expect(listed.code).toBe(0);
    const { vehicles } = JSON.parse(listed.stdout!);
    expect(vehicles.map((v: { id: string }) => v.id)).toEqual(['compact-ev', imported.summary.id]);
    truncateSync(join(data, 'vehicles', imported.summary.id, 'model.glb'), 100);
    const damaged = await runCli(['vehicles', '--data', data]);
    expect(JSON.parse(damaged.stdout!).vehicles[1]).toMatchObject({
      status: 'damaged',
      reason: expect.stringContaining('incomplete'),
    });
    expect(damaged.stderr).toContain('1 damaged vehicle(s)');
  });

  it('refuses bad input with a one-line reason', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cli-vehicles-'));
    const bad = join(work, 'page.glb');
    writeFileSync(bad, '<!doctype html>');
    const cases: [string[], number, string][] = [
      [['import-vehicle'], 2, 'needs a model file'],
      [['import-vehicle', join(work, 'missing.glb')], 1, 'not found'],
      [['import-vehicle', bad, '--data', work], 1, 'cannot be read as a glTF model'],
      [['import-vehicle', bad, '--length-mm', '45'], 2, 'at least 1000 mm'],
      [['import-vehicle', bad, '--body-style', 'tank'], 2, 'bad --body-style'],
      [['import-vehicle', bad, '--colour', 'red'], 2, 'unknown option --colour'],
      [['vehicles', 'extra'], 2, 'unexpected argument'],
    ];
    for (const [args, code, text] of cases) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr, args.join(' ')).toContain(text);
    }
  });
});
