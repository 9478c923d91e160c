/**
 * What the browser benchmarks share: the system Chromium with SwiftShader, the app on a local host over a
 * throwaway user-data folder, and the bare three.js reference page built and served from `out/bench-bare`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalHost } from '@host/server';
import { bootstrap } from '@services/app/bootstrap';
import { findChromium, OFFLINE_CHROMIUM_FLAGS } from '@services/printing/chromium';
import { type Browser, chromium } from 'playwright-core';
import type { BenchRow } from '../row';

/** Root of the repository. */
export const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..');
/** Where the bare reference page is built (and served from). */
export const BARE_OUT = join(ROOT, 'out', 'bench-bare');

/** Chromium flags of every browser benchmark: offline, WebGL through SwiftShader. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  ...OFFLINE_CHROMIUM_FLAGS,
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** A row prefixed with its group name. */
export function benchRow(
  group: string,
  name: string,
  value: number | null,
  unit: string,
  budget: number | string,
  pass: boolean | null,
  note?: string,
): BenchRow {
  return { name: `${group}: ${name}`, value, unit, budget, pass, ...(note ? { note } : {}) };
}

/** The row a browser benchmark returns when this machine has no Chromium. */
export function noChromium(group: string): BenchRow[] {
  return [
    { name: group, value: null, unit: '', budget: '-', pass: null, note: 'no Chromium on this machine' },
  ];
}

/** Launches the system Chromium (null when there is none). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** The app served by the local host on a throwaway user-data folder; `close` removes both. */
export async function startApp(): Promise<{
  appUrl: string;
  /** Where the library keeps a car's stored glb (`<user data>/data/vehicles/<id>/model.glb`). */
  storedModel: (id: string) => string;
  close: () => Promise<void>;
}> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html')))
    spawnSync('npx', ['electron-vite', 'build', '--mode', 'test'], { cwd: ROOT, stdio: 'ignore' });
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-app-'));
  const { dispatch, services, stop } = await bootstrap({
    userDataDir,
    appRoot: ROOT,
    runtime: 'browser',
    log: () => {},
  });
  // As the e2e fixture: pushed events (import progress) and the library's model bytes at /vehicles/<id>/….
  const host = await startLocalHost({
    dispatch,
    events: services.events,
    vehicles: services.vehicles,
    rendererDir: join(ROOT, 'out', 'renderer'),
  });
  return {
    appUrl: host.appUrl,
    storedModel: (id) => join(userDataDir, 'data', 'vehicles', id, 'model.glb'),
    close: async () => {
      await host.close();
      await stop();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Builds the bare three.js page (test/bench/bare) into out/bench-bare. */
export async function buildBare(): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: join(ROOT, 'test', 'bench', 'bare'),
    base: './',
    logLevel: 'error',
    assetsInclude: ['**/*.glb'],
    build: { outDir: BARE_OUT, emptyOutDir: true, target: 'es2022' },
  });
}

/** Serves out/bench-bare on 127.0.0.1 (a random port). */
export function serveBare(): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.glb': 'model/gltf-binary',
  };
  const server = createServer((req, res) => {
    const path = join(
      BARE_OUT,
      decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/$/, '/index.html'),
    );
    if (!path.startsWith(BARE_OUT) || !existsSync(path)) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
      .end(readFileSync(path));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, server });
    }),
  );
}

/** Median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Prints rows when a benchmark module runs on its own (`npx tsx test/bench/<file>.ts`). */
export function printRows(rows: readonly BenchRow[]): void {
  for (const r of rows)
    console.log(
      `${r.name.padEnd(64)} ${String(r.value === null ? '-' : Number(r.value.toFixed(3))).padStart(10)} ${r.unit.padEnd(9)} budget ${r.budget}  ${r.pass === null ? '' : r.pass ? 'ok' : 'OVER'} ${r.note ?? ''}`,
    );
}
