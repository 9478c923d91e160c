import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const config = JSON.parse(readFileSync(join(root, 'build', 'electron-builder.json'), 'utf8')) as {
  asar: boolean;
  files: string[];
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  extraResources: { from: string }[];
};

/** electron-builder's rule: a file is packed when the last matching pattern is not a negation. */
function packs(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

describe('installer configuration', () => {
  it('packs the built main, preload and renderer in an asar', () => {
    expect(config.asar).toBe(true);
    for (const file of [
      'package.json',
      'out/main/main.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc.js',
    ]) {
      expect(packs(file), file).toBe(true);
    }
  });

  it('leaves out sources, tests, results and source maps', () => {
    for (const file of [
      'test/unit/build/packaging.test.ts',
      'electron/main/main.ts',
      'renderer/src/App.tsx',
      'test-results/x.png',
      'out/main/main.js.map',
      'node_modules/.cache/x',
    ]) {
      expect(packs(file), file).toBe(false);
    }
  });

  it('targets AppImage, deb and NSIS with an icon that exists, and ships catalog and models', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(existsSync(join(root, config.linux.icon))).toBe(true);
    expect(config.extraResources.map((r) => r.from)).toEqual(['assets/catalog', 'assets/models']);
  });

  it('flips the Electron fuses that close Node backdoors into the packaged app', () => {
    const fuses = (config as unknown as { electronFuses: Record<string, boolean> }).electronFuses;
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('pins the Electron version the app is built and tested against', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const builder = JSON.parse(readFileSync(join(root, 'build', 'electron-builder.json'), 'utf8')) as {
      electronVersion: string;
    };
    expect(pkg.devDependencies.electron).toBe(builder.electronVersion);
  });
});
