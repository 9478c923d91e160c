import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without type declarations (also run by test/run-all.mjs)
import { parseAllowlist, parseReport, unexplained } from '../../support/electronegativity.mjs';

const root = resolve(import.meta.dirname, '..', '..', '..');
const doc = readFileSync(join(root, 'docs', 'SECURITY.md'), 'utf8');
/** `` `file:line` (`text`) `` references in docs/SECURITY.md. */
const REF = /`([\w./-]+\.(?:ts|tsx|json|html|mjs)):(\d+)` \(`([^`]+)`\)/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('docs/SECURITY.md', () => {
  it('points every checklist reference at a line that still holds its text', () => {
    const refs = [...doc.matchAll(REF)];
    expect(refs.length).toBeGreaterThan(40);
    const wrong = refs.flatMap(([, file, line, text]) => {
      const lines = readFileSync(join(root, file!), 'utf8').split('\n');
      const at = lines[Number(line) - 1] ?? '';
      if (at.includes(text!)) return [];
      const found = lines.findIndex((l) => l.includes(text!));
      return [`${file}:${line} does not hold "${text}"${found >= 0 ? ` (it is on line ${found + 1})` : ''}`];
    });
    expect(wrong).toEqual([]);
  });

  it('gives every one of the 20 checklist items a file:line, or shows the API is never used', () => {
    const rows = doc.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(20);
    for (const row of rows) {
      if (row.startsWith('| 15 |')) continue;
      expect(row.match(REF)?.length ?? 0, row.slice(0, 60)).toBeGreaterThan(0);
    }
    const sources = [...filesUnder(join(root, 'electron')), ...filesUnder(join(root, 'renderer', 'src'))];
    expect(sources.filter((f) => readFileSync(f, 'utf8').includes('openExternal'))).toEqual([]);
  });

  it('has an allowlist row with a reason for the scanner findings, and the gate refuses unexplained ones', () => {
    const allowlist = parseAllowlist(doc);
    expect(allowlist.length).toBeGreaterThanOrEqual(2);
    const csv = [
      'issue, severity, confidence, filename, location, sample, description, url',
      `PRELOAD_JS_CHECK,"MEDIUM","FIRM","${root}/out/main/main.js","46:3","preload: join(outDir, ""preload""),","Review",u`,
      `PRELOAD_JS_CHECK,"MEDIUM","FIRM","${root}/out/main/chunks/pdf-electron-AbC123.js","19:4","x","Review",u`,
      `CSP_GLOBAL_CHECK,"LOW","FIRM","${root}/out/renderer/index.html","7:0","x","y",u`,
      `AUXCLICK_JS_CHECK,"MEDIUM","FIRM","${root}/out/main/chunks/other.js","14:14","x","y",u`,
      `NODE_INTEGRATION_HTML_CHECK,"HIGH","FIRM","${root}/out/main/main.js","1:1","x","y",u`,
    ].join('\n');
    const findings = parseReport(csv, root);
    expect(findings).toHaveLength(5);
    expect(findings[0]).toMatchObject({
      check: 'PRELOAD_JS_CHECK',
      severity: 'MEDIUM',
      file: 'out/main/main.js',
    });
    // A preload anywhere but the one reviewed window constructor (bundled into main.js) needs its own row.
    expect(unexplained(findings, allowlist).map((f: { check: string }) => f.check)).toEqual([
      'PRELOAD_JS_CHECK',
      'AUXCLICK_JS_CHECK',
      'NODE_INTEGRATION_HTML_CHECK',
    ]);
  });
});
