/**
 * The installed app's layout, built the way build/electron-builder.json describes it: the `files` globs packed into
 * a real app.asar (@electron/asar, the packer electron-builder itself uses) and the `extraResources` copied beside
 * it; main's path resolution (`appLocations`, as electron/shell/main.ts calls it with `app.isPackaged` and
 * `process.resourcesPath`) must find the built page inside the archive and the catalog and car models outside it.
 *
 * Node cannot read into an asar (Electron patches `fs` for that), so the boot half reads a copy of the archive
 * extracted to a folder named app.asar: the same paths and bytes Electron's `fs` shows main.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { createPackageFromFiles, extractAll, listPackage, statFile } from '@electron/asar';
import { bootstrap } from '@services/app/bootstrap';
import { type AppLocations, appLocations } from '@services/app/paths';
import { manifestPathFor } from '@services/artwork/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builderConfig, packs, ROOT } from './builder-config';

/** Every file under `dir` (paths relative to ROOT, `/`-separated), skipping what electron-builder never walks. */
function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.git', 'dist'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(relative(ROOT, path).split(sep).join('/'));
  }
  return out;
}

/** Copies each `extraResources` entry to `<resources>/<to>`, as electron-builder does. */
function copyExtraResources(resources: string): void {
  for (const { from, to } of builderConfig.extraResources)
    cpSync(join(ROOT, from), join(resources, to), { recursive: true });
}

/** Bare module names a built script imports (static and dynamic). */
function bareImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const names = [
    ...text.matchAll(/^\s*import\s[^;]*?\sfrom\s*["']([^"'.][^"']*)["']/gm),
    ...text.matchAll(/^\s*import\s*["']([^"'.][^"']*)["']/gm),
    ...text.matchAll(/\bimport\(\s*["']([^"'.][^"']*)["']\s*\)/g),
    ...text.matchAll(/\brequire\(\s*["']([^"'.][^"']*)["']\s*\)/g),
  ].map((m) => m[1]!);
  return names.map((n) => (n.startsWith('@') ? n.split('/').slice(0, 2).join('/') : n.split('/')[0]!));
}

const built = existsSync(join(ROOT, 'out', 'main', 'main.js'));
let tmp = '';
let asarFile = '';
/** Where main looks, installed: from `<resources>/app.asar/out/main`. */
let packed: AppLocations;
/** The same, against the archive extracted to a folder (what Electron's fs shows main). */
let seen: AppLocations;
let packedFiles: string[] = [];

describe.skipIf(!built)('the installed app (electron-builder layout)', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'configurator-packaged-'));
    const resources = join(tmp, 'packed', 'resources');
    mkdirSync(resources, { recursive: true });
    asarFile = join(resources, 'app.asar');
    packedFiles = walk(ROOT).filter((f) => packs(f));
    await createPackageFromFiles(
      ROOT,
      asarFile,
      packedFiles.map((f) => join(ROOT, f)),
    );
    copyExtraResources(resources);
    packed = appLocations(join(asarFile, 'out', 'main'), { resourcesPath: resources });

    const seenResources = join(tmp, 'seen', 'resources');
    extractAll(asarFile, join(seenResources, 'app.asar'));
    copyExtraResources(seenResources);
    seen = appLocations(join(seenResources, 'app.asar', 'out', 'main'), { resourcesPath: seenResources });
  }, 60_000);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('packs package.json and the built main, preload and page into app.asar, and no assets', () => {
    const listed = new Set(listPackage(asarFile, { isPack: false }).map((p) => p.split(sep).join('/')));
    expect(listed.size).toBeGreaterThan(5);
    for (const file of packedFiles) expect(listed.has(`/${file}`), file).toBe(true);
    expect([...listed].filter((p) => p.startsWith('/assets/'))).toEqual([]);
  });

  it('resolves the app root to app.asar and finds main, preload and page inside it', () => {
    expect(packed.appRoot).toBe(asarFile);
    for (const path of [
      join(packed.appRoot, 'package.json'),
      join(packed.outDir, 'main', 'main.js'),
      join(packed.outDir, 'preload', 'index.cjs'),
      join(packed.outDir, 'renderer', 'index.html'),
      join(packed.outDir, 'renderer', 'quote.html'),
    ]) {
      const inside = relative(asarFile, path);
      expect(inside.startsWith('..'), `${path} is inside app.asar`).toBe(false);
      expect(() => statFile(asarFile, inside), `${inside} in app.asar`).not.toThrow();
    }
  });

  it('looks for the catalog in resources/assets, outside the archive, where extraResources put it', () => {
    expect(relative(asarFile, packed.catalogDir).startsWith('..')).toBe(true);
    expect(existsSync(join(packed.catalogDir, 'catalog.json'))).toBe(true);
  });

  it('boots on the installed layout: catalog loaded, no warnings, car manifest and model found', async () => {
    const userDataDir = join(tmp, 'user-data');
    const { services, warnings, dispatch, stop } = await bootstrap({
      userDataDir,
      appRoot: seen.appRoot,
      catalogDir: seen.catalogDir,
      runtime: 'electron',
      log: () => {},
    });
    try {
      expect(warnings).toEqual([]);
      expect(services.catalog.ok, JSON.stringify(services.catalog.ok ? '' : services.catalog.errors)).toBe(
        true,
      );
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      expect(services.appVersion).toBe(pkg.version);
      const manifest = manifestPathFor(services.catalog);
      expect(manifest && existsSync(manifest), `car manifest ${manifest}`).toBe(true);
      // A UV template reads the car's glb through the manifest: the models folder is really reachable.
      const zones = services.catalog.ok ? [...services.catalog.zones.zones.keys()] : [];
      expect(zones.length).toBeGreaterThan(0);
      const template = await dispatch(
        'artwork:template',
        { zone: zones[0], format: 'svg' },
        { transport: 'test' },
      );
      expect(template.ok, JSON.stringify(template)).toBe(true);
    } finally {
      await stop();
    }
  });

  it('imports at run time only Node, Electron and production dependencies (electron-builder ships no others)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const allowed = new Set([...builtinModules, 'electron', ...Object.keys(pkg.dependencies)]);
    const scripts = packedFiles.filter((f) => /^out\/(main|preload)\/.*\.(c?js|mjs)$/.test(f));
    expect(scripts.length).toBeGreaterThan(0);
    const missing = scripts.flatMap((f) =>
      bareImports(join(ROOT, f))
        .filter((name) => !name.startsWith('node:') && !allowed.has(name))
        .map((name) => `${f} imports ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
