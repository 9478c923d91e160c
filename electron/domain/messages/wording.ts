import sentences from './domain.json' with { type: 'json' };
import type { Localized } from './localized';
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

type Values = Readonly<Record<string, string | number | Localized>>;

function fill(parts: Parts, values: Values, lang: 'zh' | 'en'): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = values[parts[i]!];
    out += (v === undefined ? '' : typeof v === 'object' ? v[lang] : String(v)) + parts[i + 1]!;
  }
  return out;
}

/**
 * A domain wording in both languages, for text that is stored as `{zh, en}` rather than translated when shown:
 * quote line labels and names (a saved draft keeps the wording it was quoted with). Same sentences, same
 * `{{placeholders}}` as every other message; a catalog name value is filled in its own language.
 */
export function wording(key: MessageKey, values: Values = {}): Localized {
  let parts = compiled.get(key);
  if (!parts) {
    parts = [partsOf(sentences['zh-CN'], key), partsOf(sentences.en, key)];
    compiled.set(key, parts);
  }
  return { zh: fill(parts[0], values, 'zh'), en: fill(parts[1], values, 'en') };
}
