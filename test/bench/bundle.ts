import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './row';

/** Budget for the JavaScript the renderer loads before its first paint, gzip. */
const INITIAL_JS_BUDGET_KB = 450;

/** Measures the renderer's initial JavaScript (entry script + modulepreloads), gzip level 9, from the built page. */
export function benchBundle(rendererDir: string): BenchRow[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const unique = [...new Set(srcs)];
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const src of unique) {
    const body = readFileSync(join(rendererDir, src));
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  const kb = gzipBytes / 1024;
  return [
    {
      name: 'renderer initial JavaScript, gzip',
      value: Math.round(kb * 10) / 10,
      unit: 'KB',
      budget: INITIAL_JS_BUDGET_KB,
      pass: kb <= INITIAL_JS_BUDGET_KB,
      note: `${unique.length} file(s), ${(rawBytes / 1024).toFixed(0)} KB raw`,
    },
  ];
}
