import sales from '@renderer/i18n/sales.json';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
}

describe('sales strings', () => {
  it('Chinese and English have the same keys, none empty, with the same placeholders', () => {
    const zh = sales['zh-CN'] as Tree;
    const en = sales.en as Tree;
    expect(keys(en)).toEqual(keys(zh));
    const at = (tree: Tree, key: string) =>
      key.split('.').reduce<string | Tree>((t, k) => (t as Tree)[k]!, tree);
    for (const key of keys(zh)) {
      const [z, e] = [at(zh, key) as string, at(en, key) as string];
      expect(z.trim(), key).not.toBe('');
      expect(e.trim(), key).not.toBe('');
      expect(placeholders(e), key).toEqual(placeholders(z));
    }
  });
});
