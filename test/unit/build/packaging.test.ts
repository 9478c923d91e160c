import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderConfig as config, packs, ROOT as root } from './builder-config';

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
      'electron/shell/main.ts',
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
    expect(config.electronFuses).toMatchObject({
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
    expect(pkg.devDependencies.electron).toBe(config.electronVersion);
  });
});
