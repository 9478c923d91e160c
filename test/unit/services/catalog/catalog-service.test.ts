import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CATALOG_FILES } from '@domain/catalog/schema';
import { loadCatalogState } from '@services/catalog/catalog-service';
import { describe, expect, it } from 'vitest';

const catalogDir = resolve(import.meta.dirname, '../../../../assets/catalog');

/** The hash as a store would compute it by hand: file name, then the file's bytes, in catalog order. */
function hashOnDisk(dir: string): string {
  const hash = createHash('sha256');
  for (const file of CATALOG_FILES) {
    hash.update(file);
    hash.update(readFileSync(join(dir, file)));
  }
  return hash.digest('hex');
}

describe('catalog state', () => {
  it('hashes the catalog bytes it loaded, equal to hashing the files on disk', async () => {
    const state = await loadCatalogState(catalogDir);
    expect(state.ok).toBe(true);
    if (state.ok) expect(state.hash).toBe(hashOnDisk(catalogDir));
  });

  it('a one-byte change to any catalog file changes the hash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-hash-'));
    cpSync(resolve(catalogDir, '..'), dir, { recursive: true });
    const copy = join(dir, 'catalog');
    const before = await loadCatalogState(copy);
    const file = join(copy, CATALOG_FILES[CATALOG_FILES.length - 1]!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    const after = await loadCatalogState(copy);
    expect(before.ok && after.ok).toBe(true);
    if (before.ok && after.ok) {
      expect(after.hash).not.toBe(before.hash);
      expect(after.hash).toBe(hashOnDisk(copy));
    }
  });
});

describe('catalog files saved with a byte-order mark', () => {
  it('load like the same files without one (Windows Notepad saves UTF-8 with a BOM)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-bom-'));
    cpSync(resolve(catalogDir, '..'), dir, { recursive: true });
    const copy = join(dir, 'catalog');
    for (const file of CATALOG_FILES) {
      writeFileSync(join(copy, file), `\uFEFF${readFileSync(join(copy, file), 'utf8')}`);
    }
    const state = await loadCatalogState(copy);
    expect(state.ok ? [] : state.errors).toEqual([]);
  });
});
