#!/usr/bin/env node
// `npm test`: build, typecheck and lint, unit tests (vitest), end-to-end tests (Playwright in Chromium), then the Electron
// security scan (one test) and the broken-input corpus summary (docs/TESTING.md).
// Ends with one line "N passed, N failed, N skipped" over every test run; exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusSummary } from './support/corpus-summary.mjs';
import { scan } from './support/electronegativity.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
// Each test file that feeds the app broken inputs writes its tally here (test/support/corpus.ts).
const corpusDir = join(results, 'corpus');
rmSync(corpusDir, { recursive: true, force: true });
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

function findChromium() {
  if (process.env.CHROMIUM_PATH)
    return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(path)) return path;
  }
  return null;
}

let chromium = findChromium();
if (!chromium && process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium not found: installing Debian chromium and CJK fonts with apt-get (root, Debian).');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk', 'poppler-utils'], {
    DEBIAN_FRONTEND: 'noninteractive',
  });
  chromium = findChromium();
}
if (!chromium) {
  console.error(
    'No Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its binary.',
  );
  process.exit(1);
}

if (run('npx', ['electron-vite', 'build', '--mode', 'test']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Runs a command in the background with its output held back; resolves to its exit status and output. */
function runQuietly(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: process.env });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('error', (e) => resolve({ status: 1, output: `${output}${e.message}\n` }));
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}

// Static checks, one test each: the TypeScript compiler (strict) and Biome (lint + format). The compiler is
// single-threaded and vitest uses one worker on a 2-core machine, so it runs beside the unit tests (its
// output is printed after them).
const typecheck = runQuietly('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
const lintOk = run('npx', ['biome', 'check', '.']) === 0;
// The domain without Node's types or the DOM library, and the layers (.dependency-cruiser.cjs: each violation
// names its rule and why); docs/ARCHITECTURE.md.
const domainOk = run('npx', ['tsc', '--noEmit', '-p', 'electron/domain/tsconfig.json']) === 0;
const layersOk =
  run('npx', ['depcruise', 'electron', 'renderer/src', 'build', 'test', '--output-type', 'err-long']) === 0;

const vitestJson = join(results, 'vitest.json');
// FRESH_TEST_BUILD: out/ was just built in test mode from this tree (test/unit/build/test-hooks.test.ts reads it
// instead of building the same again).
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], {
  FRESH_TEST_BUILD: '1',
});
const typed = await typecheck;
process.stdout.write(typed.output);
const staticChecks = [
  { name: 'typecheck', ok: typed.status === 0 },
  { name: 'lint', ok: lintOk },
  { name: 'typecheck domain', ok: domainOk },
  { name: 'layers', ok: layersOk },
];
const playwrightJson = join(results, 'playwright.json');
run('npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts', '--reporter=list,json'], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});

const counts = { passed: 0, failed: 0, skipped: 0 };
const skipped = [];
for (const check of staticChecks) {
  console.log(`${check.name}: ${check.ok ? 'passed' : 'failed'}`);
  counts[check.ok ? 'passed' : 'failed'] += 1;
}

// Security scan of the built Electron code: one test, failing on any high or medium finding that
// docs/SECURITY.md does not explain.
const security = scan(root);
for (const f of security.findings ?? [])
  console.log(`  ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}`);
console.log(`electronegativity: ${security.status} — ${security.reason}`);
if (security.status === 'passed') counts.passed += 1;
else if (security.status === 'failed') counts.failed += 1;
else {
  counts.skipped += 1;
  skipped.push(`electronegativity: ${security.reason}`);
}
try {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  counts.passed += v.numPassedTests;
  counts.failed += v.numFailedTests + (v.numFailedTestSuites ?? 0) - countFailedSuitesWithTests(v);
  counts.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} catch {
  console.error('vitest wrote no results: counting the unit run as failed');
  counts.failed += 1;
}
try {
  const p = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  counts.passed += p.stats.expected + p.stats.flaky;
  counts.failed += p.stats.unexpected;
  counts.skipped += p.stats.skipped;
  skipped.push(...skipReasons(p.suites ?? []));
  if (p.errors?.length) counts.failed += p.errors.length;
} catch {
  console.error('Playwright wrote no results: counting the end-to-end run as failed');
  counts.failed += 1;
}

/** The reasons Playwright recorded for skipped tests (e.g. the Electron suite where the runtime is absent). */
function skipReasons(suites) {
  const out = new Set();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const a of t.annotations ?? [])
          if (a.type === 'skip' && a.description) out.add(`${spec.title}: ${a.description}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of suites) walk(suite);
  return [...out];
}

/** Suites that failed only because a test in them failed are already counted by their tests. */
function countFailedSuitesWithTests(v) {
  return v.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.some((a) => a.status === 'failed'),
  ).length;
}

for (const reason of skipped) console.log(`skipped: ${reason}`);
const corpus = corpusSummary(corpusDir);
console.log(corpus.line);
if (corpus.crashes > 0) counts.failed += 1;
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 ? 1 : 0);
