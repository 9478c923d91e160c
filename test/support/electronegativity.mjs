// Runs Electronegativity over the built Electron code (out/) and checks every high or medium finding
// against the allowlist in docs/SECURITY.md ("Scan results": check, severity, file pattern, reason).
// `npm test` runs it as one test; `node test/support/electronegativity.mjs` runs it alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minimatch } from 'minimatch';

/** Pinned scanner version; .ci/run installs it into .tools/electronegativity (it is too heavy for devDependencies). */
export const SCANNER = '@doyensec/electronegativity@1.10.3';
const GATING = new Set(['HIGH', 'MEDIUM']);

/** Where the scanner binary is, or null. */
export function findScanner(root) {
  const candidates = [
    process.env.ELECTRONEGATIVITY_BIN,
    join(root, '.tools', 'electronegativity', 'node_modules', '.bin', 'electronegativity'),
    join(root, 'node_modules', '.bin', 'electronegativity'),
  ];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

/** Parses the scanner's CSV report into findings { check, severity, file, location }. */
export function parseReport(csv, root) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell.trim());
    cell = '';
  };
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows
    .slice(1)
    .filter((r) => r.length >= 5)
    .map(([check, severity, , file, location]) => ({
      check,
      severity: severity.toUpperCase(),
      file: relative(root, file).split('\\').join('/'),
      location,
    }));
}

/** The allowlist rows of docs/SECURITY.md's "Scan results" table: { check, severity, pattern, reason }. */
export function parseAllowlist(markdown) {
  const section = markdown.split(/^## Scan results/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((l) => /^\|\s*`[A-Z_]+`/.test(l))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    )
    .filter((cells) => cells.length >= 4)
    .map(([check, severity, pattern, reason]) => {
      return {
        check: check.replace(/`/g, '').split(/\s/)[0],
        severity: severity.toUpperCase(),
        pattern: pattern.replace(/`/g, ''),
        reason,
      };
    });
}

/** High and medium findings without an allowlist row that names their check and file and gives a reason. */
export function unexplained(findings, allowlist) {
  return findings.filter(
    (f) =>
      GATING.has(f.severity) &&
      !allowlist.some((a) => a.check === f.check && minimatch(f.file, a.pattern) && a.reason.length > 20),
  );
}

/** Runs the scan; returns { status: 'passed' | 'failed' | 'skipped', reason, findings }. */
export function scan(root) {
  const bin = findScanner(root);
  if (!bin) {
    const reason = `electronegativity is not installed (.ci/run installs ${SCANNER} into .tools/electronegativity)`;
    // In CI the scan must run: a missing scanner fails rather than hiding behind a skip.
    return { status: process.env.CI ? 'failed' : 'skipped', reason };
  }
  if (!existsSync(join(root, 'out', 'main')))
    return { status: 'failed', reason: 'out/ is missing: build first (npx electron-vite build)' };
  const electron = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const report = join(root, 'test-results', 'electronegativity.csv');
  // -e: the scanner cannot fetch Electron's release list offline, so it is told the version.
  const run = spawnSync(bin, ['-i', join(root, 'out'), '-e', electron.replace(/^[^\d]*/, ''), '-o', report], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (!existsSync(report))
    return {
      status: 'failed',
      reason: `the scanner wrote no report: ${run.stderr || run.error || run.status}`,
    };
  const findings = parseReport(readFileSync(report, 'utf8'), root);
  const allowlist = parseAllowlist(readFileSync(join(root, 'docs', 'SECURITY.md'), 'utf8'));
  const bad = unexplained(findings, allowlist);
  const gating = findings.filter((f) => GATING.has(f.severity)).length;
  if (bad.length > 0) {
    const list = bad.map((f) => `${f.severity} ${f.check} ${f.file}:${f.location}`).join('; ');
    return {
      status: 'failed',
      reason: `unexplained finding(s), add a reason to docs/SECURITY.md or fix: ${list}`,
      findings,
    };
  }
  return {
    status: 'passed',
    reason: `${findings.length} finding(s), ${gating} high/medium, all explained in docs/SECURITY.md`,
    findings,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..', '..');
  const r = scan(root);
  for (const f of r.findings ?? [])
    console.log(`  ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}`);
  console.log(`electronegativity: ${r.status} — ${r.reason}`);
  process.exit(r.status === 'failed' ? 1 : 0);
}
