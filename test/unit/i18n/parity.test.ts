import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type NamespaceFile, namespaceFiles, prefixOf, resourcesOf } from '@contract/i18n';
import { describe, expect, it } from 'vitest';

/**
 * Every namespace file (the UI's in renderer/src/i18n, the domain's sentences): both languages, the same keys,
 * no empty text, the same {{placeholders}}; and every key the code names exists.
 */
const ROOT = join(import.meta.dirname, '../../..');
const UI_DIR = join(ROOT, 'renderer/src/i18n');

type Tree = { [key: string]: string | Tree };

const uiFiles: Record<string, NamespaceFile> = Object.fromEntries(
  readdirSync(UI_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(UI_DIR, f), 'utf8')) as NamespaceFile]),
);
const files = namespaceFiles(uiFiles);

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

/** i18next plural forms (`count_one`, `count_other`) are one key; Chinese has one form, English two. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))].sort();

describe.each(Object.keys(files))('namespace file %s', (file) => {
  const ns = files[file]!;

  it('has exactly the shipped languages', () => {
    expect(Object.keys(ns).sort()).toEqual([...LANGUAGES].sort());
  });

  it('has the same keys in every language, none empty, with the same placeholders', () => {
    const [zh, en] = [leaves(ns['zh-CN'] as Tree), leaves(ns.en as Tree)];
    expect([...new Set(en.map(([k]) => base(k)))].sort()).toEqual(
      [...new Set(zh.map(([k]) => base(k)))].sort(),
    );
    const zhText = new Map(zh.map(([k, v]) => [base(k), v]));
    for (const [key, text] of [...zh, ...en]) {
      expect(text.trim(), `${file} ${key}`).not.toBe('');
      // A plural form may leave {{count}} out ("one zone"); every other placeholder must be there.
      const drop = (names: string[]) => (PLURAL.test(key) ? names.filter((n) => n !== 'count') : names);
      expect(drop(placeholders(text)), `${file} ${key}`).toEqual(drop(placeholders(zhText.get(base(key))!)));
    }
    for (const [key] of en.filter(([k]) => k.endsWith('_one')))
      expect(
        en.map(([k]) => k),
        `${file} ${key}`,
      ).toContain(key.replace(/_one$/, '_other'));
  });
});

/** Source files of a folder, recursively. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const tree = resourcesOf(uiFiles)['zh-CN']!.translation as Tree;
/** The text or subtree at a dotted key (plural forms found under their base key). */
function at(key: string): string | Tree | undefined {
  const parts = key.split('.');
  const last = parts.pop()!;
  const parent = parts.reduce<Tree | string | undefined>(
    (t, k) => (typeof t === 'object' ? t[k] : undefined),
    tree,
  );
  if (typeof parent !== 'object') return undefined;
  return parent[last] ?? parent[`${last}_other`];
}

describe('keys the code uses', () => {
  const uses: { file: string; key: string; dynamic: boolean; tree?: boolean }[] = [];
  for (const file of [...sources('renderer/src'), ...sources('electron')]) {
    const text = readFileSync(file, 'utf8');
    const domain = file.includes('/electron/domain/');
    // t('a.b'), t(`a.${x}`), i18n.t('a.b'): UI keys; msg('a.b') and wording('a.b') in the domain: `domain.` keys.
    for (const m of text.matchAll(/\bt\(\s*(['`])([\w.${}\s?:'-]+?)\1([^)]*)/g))
      uses.push({ file, key: m[2]!, dynamic: m[2]!.includes('${'), tree: m[3]!.includes('returnObjects') });
    if (domain)
      for (const m of text.matchAll(/\b(?:msg|wording|says)\(\s*(['`])([\w.${}-]+?)\1/g))
        uses.push({ file, key: `domain.${m[2]}`, dynamic: m[2]!.includes('${') });
  }

  it('finds the calls (the scan itself works)', () => {
    expect(uses.length).toBeGreaterThan(300);
    expect(uses.some((u) => u.key === 'domain.rules.requires')).toBe(true);
    expect(uses.some((u) => u.key === 'print.quote')).toBe(true);
  });

  it('every fixed key names a sentence (or, with returnObjects, a group) in the namespace files', () => {
    const missing = uses
      .filter((u) => !u.dynamic && typeof at(u.key) !== (u.tree ? 'object' : 'string'))
      .map((u) => `${u.file.slice(ROOT.length + 1)}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it('every built key (a fixed prefix, then a variable) starts at a group of sentences', () => {
    const missing = uses
      .filter((u) => u.dynamic)
      .filter((u) => {
        const fixed = u.key.slice(0, u.key.indexOf('${')).replace(/\.$/, '');
        return fixed !== '' && typeof at(fixed) !== 'object';
      })
      .map((u) => `${u.file.slice(ROOT.length + 1)}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it('every file prefix is used once (two files cannot share a key tree)', () => {
    const prefixes = Object.keys(files).map(prefixOf);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});
