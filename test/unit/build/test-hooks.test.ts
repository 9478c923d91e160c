import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'hooks-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * `npm test` (test/run-all.mjs) has just built out/ in test mode from this tree and says so with
 * FRESH_TEST_BUILD=1: the test-mode half reads that build instead of making the same one again.
 */
const freshTestBuild = process.env.FRESH_TEST_BUILD === '1';

/**
 * Builds the app into a scratch folder (never out/, which the end-to-end tests use; out/ is only read, and only
 * when `npm test` has just built it in test mode) and returns the hooks it assigns.
 */
function assignedHooks(mode: 'production' | 'test'): string[] {
  const outDir = mode === 'test' && freshTestBuild ? join(root, 'out') : join(scratch, mode);
  if (outDir !== join(root, 'out')) {
    const built = spawnSync('npx', ['electron-vite', 'build', '--mode', mode, '--outDir', outDir], {
      cwd: root,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`build (${mode}) failed:\n${built.stderr.slice(-2000)}`);
  }
  const assets = join(outDir, 'renderer', 'assets');
  // Our hooks; library globals such as three.js's `__THREE__` (double underscore at both ends) are not.
  const found = new Set<string>();
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    for (const m of readFileSync(join(assets, file), 'utf8').matchAll(/window\.(__\w+?)(?<!__)\s*=(?!=)/g))
      found.add(m[1]!);
  }
  return [...found].sort();
}

describe('test hooks', () => {
  it('are in a test build and compiled out of a shipped one', { timeout: 120_000 }, () => {
    expect(assignedHooks('test')).toEqual([
      '__configuratorDrive',
      '__configuratorScene',
      '__configuratorSceneControl',
      '__configuratorState',
      '__imageOnScreen',
      '__setSceneLook',
      '__zoneOnScreen',
    ]);
    expect(assignedHooks('production')).toEqual([]);
  });
});
