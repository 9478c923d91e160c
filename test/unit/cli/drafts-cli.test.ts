import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '@cli/run';
import { verifyDraftText } from '@domain/drafts/verify';
import { loadCatalogArchive } from '@services/catalog/catalog-archive';
import { afterAll, describe, expect, it } from 'vitest';
import { SHOP_CONFIGURATION } from '../drafts/fixtures';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'drafts-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('draft commands', () => {
  it('export-draft writes a verifying draft and its work order; decode-code restores it', async () => {
    const file = path.join(tmp, 'config.json');
    writeFileSync(file, JSON.stringify(SHOP_CONFIGURATION));
    const out = path.join(tmp, 'out');
    const r = await runCli(['export-draft', file, '--out', out, '--no-pdf', '--date', '2026-11-22']);
    expect(r.stderr).toBeUndefined();
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout!) as { draft: string; workOrder: string; configurationCode: string };
    expect(result.draft).toBe(path.join(out, 'drafts', `${path.basename(result.draft)}`));
    expect(verifyDraftText(readFileSync(result.draft, 'utf8')).ok).toBe(true);
    expect(JSON.parse(readFileSync(result.workOrder, 'utf8')).format).toBe('wrap-configurator/work-order');
    const decoded = await runCli(['decode-code', result.configurationCode, '--date', '2026-11-22']);
    expect(decoded.code).toBe(0);
    expect(JSON.parse(decoded.stdout!).configuration).toEqual(SHOP_CONFIGURATION);
  });

  it('exits non-zero with a clear message on bad input', async () => {
    const bad = await runCli(['decode-code', '1YZXJ-00000-00000']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: the code does not check out/);
    expect(
      (await runCli(['export-draft', path.join(tmp, 'missing.json'), '--out', tmp, '--no-pdf'])).stderr,
    ).toMatch(/not found/);
    const noStore = path.join(tmp, 'no-store.json');
    writeFileSync(noStore, JSON.stringify({ ...SHOP_CONFIGURATION, store: undefined }));
    expect((await runCli(['export-draft', noStore, '--out', tmp, '--no-pdf'])).stderr).toMatch(
      /names no store/,
    );
    expect((await runCli(['export-draft', noStore])).code).toBe(2);
    expect((await runCli(['decode-code', 'x', '--language', 'zh'])).stderr).toMatch(
      /unknown option --language/,
    );
    expect((await runCli(['export-draft', noStore, '--out', tmp, '--no-pdf=yes'])).stderr).toBe(
      'error: option --no-pdf takes no value',
    );
  });

  it('archive-catalog keeps a loadable copy of the price list, once', async () => {
    const dir = path.join(tmp, 'catalog');
    cpSync(path.join(ROOT, 'assets', 'catalog'), dir, { recursive: true });
    // The zone table comes from the car model manifest beside the catalog: <dir>/../models/<modelId>.manifest.json
    const manifest = path.join('models', 'compact-ev.manifest.json');
    cpSync(path.join(ROOT, 'assets', manifest), path.join(tmp, manifest));
    rmSync(path.join(dir, 'archive'), { recursive: true, force: true });
    const first = JSON.parse((await runCli(['archive-catalog', '--catalog', dir])).stdout!) as {
      archived: string;
      existed: boolean;
    };
    expect(first.existed).toBe(false);
    expect(readdirSync(path.join(dir, 'archive'))).toEqual([path.basename(first.archived)]);
    expect(JSON.parse((await runCli(['archive-catalog', '--catalog', dir])).stdout!).existed).toBe(true);
    const loaded = await loadCatalogArchive(path.join(dir, 'archive'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.catalogs[0]?.priceList.version).toBe('2026.11');
  });

  it('every archived price list shipped with the app loads', async () => {
    const loaded = await loadCatalogArchive(path.join(ROOT, 'assets', 'catalog', 'archive'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.catalogs.length).toBeGreaterThan(0);
  });
});
