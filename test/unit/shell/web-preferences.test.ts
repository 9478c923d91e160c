import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Both BrowserWindows (the app window and the hidden PDF printer) spell their webPreferences out literally so
 * electronegativity can check each one; this test keeps the two literals from drifting apart.
 */
function webPreferences(file: string): Map<string, string> {
  const source = readFileSync(resolve(import.meta.dirname, '../../../electron/shell', file), 'utf8');
  const start = source.indexOf('webPreferences: {');
  expect(start, `${file} has a webPreferences literal`).toBeGreaterThan(0);
  const body = source.slice(start, source.indexOf('}', start));
  const entries = [...body.matchAll(/^\s*(\w+): (.+?),?$/gm)].map((m) => [m[1]!, m[2]!] as const);
  return new Map(entries);
}

/** Settings that may differ on purpose: the preload path is built differently, devtools follow kiosk mode. */
const MAY_DIFFER = new Set(['preload', 'devTools']);

describe('webPreferences of every BrowserWindow', () => {
  it('the PDF printer window is locked down exactly like the app window', () => {
    const app = webPreferences('window.ts');
    const pdf = webPreferences('pdf-electron.ts');
    expect(app.size).toBeGreaterThan(10);
    for (const [key, value] of app) {
      if (MAY_DIFFER.has(key)) continue;
      expect(pdf.get(key), `pdf-electron.ts webPreferences.${key}`).toBe(value);
    }
    for (const key of pdf.keys()) expect(app.has(key), `window.ts webPreferences.${key}`).toBe(true);
    expect(pdf.get('devTools')).toBe('false');
  });
});
