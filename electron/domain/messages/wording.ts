import type { Localized } from '../catalog/common';
import sentences from './domain.json' with { type: 'json' };
import type { MessageKey } from './message';

type Tree = { readonly [key: string]: string | Tree };
/** A template cut at its placeholders: literal, name, literal, name, …, literal. */
type Parts = readonly string[];

const compiled = new Map<string, readonly [Parts, Parts]>();

function partsOf(tree: Tree, key: string): Parts {
  const text = key.split('.').reduce<string | Tree | undefined>((t, k) => (t as Tree | undefined)?.[k], tree);
  if (typeof text !== 'string') throw new Error(`domain.json has no sentence "${key}"`);
  return text.split(/\{\{(\w+)\}\}/);
}

function fill(parts: Parts, values: Readonly<Record<string, string | number>>): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += String(values[parts[i]!] ?? '') + parts[i + 1]!;
  return out;
}

/**
 * A domain wording in both languages, for text that is stored as `{zh, en}` rather than translated when shown:
 * quote line labels and names (a saved draft keeps the wording it was quoted with). Same sentences, same
 * `{{placeholders}}` as every other message; a catalog name value is filled in its own language.
 */
export function wording(
  key: MessageKey,
  values: Readonly<Record<string, string | number | Localized>> = {},
): Localized {
  let parts = compiled.get(key);
  if (!parts) {
    parts = [partsOf(sentences['zh-CN'], key), partsOf(sentences.en, key)];
    compiled.set(key, parts);
  }
  const zh: Record<string, string | number> = {};
  const en: Record<string, string | number> = {};
  for (const k in values) {
    const v = values[k]!;
    zh[k] = typeof v === 'object' ? v.zh : v;
    en[k] = typeof v === 'object' ? v.en : v;
  }
  return { zh: fill(parts[0], zh), en: fill(parts[1], en) };
}
