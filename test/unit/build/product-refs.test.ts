import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|tsx|mjs|md)$/.test(name)) yield path;
  }
}

describe('product references', () => {
  it('every "PRODUCT §N" the code and docs cite is a section of docs/PRODUCT.md', () => {
    const sections = new Set(
      [...readFileSync(join(root, 'docs', 'PRODUCT.md'), 'utf8').matchAll(/^## (\d+)\. /gm)].map((m) => m[1]),
    );
    const dangling: string[] = [];
    let cited = 0;
    for (const dir of ['electron', 'renderer', 'test', 'build', 'docs']) {
      for (const file of sources(join(root, dir))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/PRODUCT §(\d+)/g)) {
          cited += 1;
          if (!sections.has(m[1]!)) dangling.push(`${relative(root, file)}: PRODUCT §${m[1]}`);
        }
      }
    }
    expect(cited).toBeGreaterThan(5);
    expect(dangling).toEqual([]);
  });
});
