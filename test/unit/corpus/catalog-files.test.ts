import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { messageText } from '@contract/i18n';
import { loadCatalogState } from '@services/catalog/catalog-service';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusTally } from '../../support/corpus';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const corpus = new CorpusTally('catalogs', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'catalog-files-'));
afterAll(() => {
  corpus.write();
  rmSync(work, { recursive: true, force: true });
});

/** A catalog folder damaged on disk one way: which file, what is written there, and the words of the reason. */
interface FileCase {
  kind: string;
  file: string;
  damage: string | Buffer | 'delete' | 'directory';
  expect: RegExp;
  /** The file the reason names when it is not the damaged one. */
  reportedIn?: string;
}

const films = '{"films": [{"id": "gloss-red", "finish": "gloss"}';
const CASES: FileCase[] = [
  { kind: 'empty file', file: 'films.json', damage: '', expect: /bad JSON/ },
  { kind: 'truncated file', file: 'films.json', damage: films, expect: /bad JSON/ },
  {
    kind: 'binary garbage',
    file: 'wheels.json',
    damage: Buffer.from([0, 159, 146, 150, 255, 0, 1]),
    expect: /bad JSON/,
  },
  {
    kind: 'UTF-16 file',
    file: 'stores.json',
    damage: Buffer.from('{"stores": []}', 'utf16le'),
    expect: /bad JSON/,
  },
  {
    kind: 'byte-order mark, then broken JSON',
    file: 'tint.json',
    damage: '\ufeff{"windowSets": [}',
    expect: /bad JSON/,
  },
  { kind: 'trailing comma', file: 'ppf.json', damage: '{"packages": [],}', expect: /bad JSON/ },
  { kind: 'comments', file: 'rules.json', damage: '// rules\n{"rules": []}', expect: /bad JSON/ },
  {
    kind: 'NaN literal',
    file: 'accessories.json',
    damage: '{"accessories": [{"priceFen": NaN}]}',
    expect: /bad JSON/,
  },
  { kind: 'JSON null', file: 'packages.json', damage: 'null', expect: /expected object/ },
  { kind: 'JSON number', file: 'maintenance.json', damage: '12', expect: /expected object/ },
  { kind: 'JSON string', file: 'financing.json', damage: '"financing"', expect: /expected object/ },
  {
    kind: 'wrong top-level key',
    file: 'promotions.json',
    damage: '{"promos": []}',
    expect: /promotions|Unrecognized|expected/i,
  },
  {
    kind: 'huge number',
    file: 'catalog.json',
    damage: 'keep-but-price-1e400',
    expect: /amount|finite|number|fen/i,
  },
  {
    kind: 'deep nesting',
    file: 'films.json',
    damage: `{"films": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
    expect: /expected object, received array/,
  },
  { kind: 'missing file', file: 'tint.json', damage: 'delete', expect: /missing catalog file/ },
  {
    kind: 'folder in place of a file',
    file: 'wheels.json',
    damage: 'directory',
    expect: /cannot read .*EISDIR/,
  },
  {
    kind: 'missing car manifest',
    file: '../models/compact-ev.manifest.json',
    damage: 'delete',
    expect: /missing car model manifest/,
  },
  {
    kind: 'damaged car manifest',
    file: '../models/compact-ev.manifest.json',
    damage: '{"zones": 5',
    expect: /bad JSON/,
  },
  {
    kind: 'car manifest of the wrong shape',
    file: '../models/compact-ev.manifest.json',
    damage: '{"zones": 5}',
    expect: /expected|zones/,
  },
  {
    kind: 'unknown model id',
    file: 'catalog.json',
    damage: 'model-id',
    reportedIn: 'roadster-x.manifest.json',
    expect: /missing car model manifest .*roadster-x/,
  },
  {
    kind: 'huge string',
    file: 'stores.json',
    damage: `{"stores": [{"id": "${'x'.repeat(2_000_000)}"}]}`,
    expect: /expected/,
  },
];

/** A fresh copy of the shipped catalog and car manifest with one case's damage applied. */
function damagedCatalog(c: FileCase, n: number): string {
  const base = join(work, `case-${n}`);
  cpSync(join(ROOT, 'assets', 'catalog'), join(base, 'catalog'), { recursive: true });
  mkdirSync(join(base, 'models'));
  cpSync(
    join(ROOT, 'assets', 'models', 'compact-ev.manifest.json'),
    join(base, 'models', 'compact-ev.manifest.json'),
  );
  const target = join(base, 'catalog', c.file);
  if (c.damage === 'delete') rmSync(target);
  else if (c.damage === 'directory') {
    rmSync(target);
    mkdirSync(target);
  } else if (c.damage === 'keep-but-price-1e400') {
    const text = readFileSync(target, 'utf8');
    writeFileSync(target, text.replace(/"priceFen": \d+/, '"priceFen": 1e400'));
  } else if (c.damage === 'model-id') {
    const text = readFileSync(target, 'utf8');
    writeFileSync(target, text.replace(/"modelId": "[^"]+"/, '"modelId": "roadster-x"'));
  } else writeFileSync(target, c.damage);
  return join(base, 'catalog');
}

describe('catalog folders damaged on disk: the app starts with every reason, never a crash', () => {
  it.each(CASES.map((c, i) => [c.kind, c, i] as const))('%s', async (_kind, c, i) => {
    let state: Awaited<ReturnType<typeof loadCatalogState>> | undefined;
    try {
      state = await loadCatalogState(damagedCatalog(c, i));
    } catch (e) {
      corpus.crash(c.kind);
      throw e;
    }
    expect(state.ok).toBe(false);
    if (state.ok) return;
    const file = c.reportedIn ?? c.file.split('/').at(-1)!;
    const hit = state.errors.find((e) => e.file === file && c.expect.test(messageText(e.message)));
    expect(hit, JSON.stringify(state.errors.slice(0, 5), null, 1).slice(0, 2000)).toBeDefined();
    corpus.add(c.kind);
  });
});
