import type { Localized } from '@domain/catalog/common';
import domain from '@domain/messages/domain.json' with { type: 'json' };
import type { Message, MessageValue } from '@domain/messages/message';
import vehicles from '@domain/vehicle/vehicles.json' with { type: 'json' };
import i18next, { type i18n as I18n, type Module } from 'i18next';

/** Languages the app ships in; Chinese is the default. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
/** One shipped language. */
export type Language = (typeof LANGUAGES)[number];

/**
 * A namespace file: the same tree of sentences in every language, side by side
 * (`{"zh-CN": {...}, "en": {...}}`). Its keys are read under the file's name: `model-import.json` → `modelImport.…`.
 */
export type NamespaceFile = { readonly [L in Language]: object };

/** The key prefix of a namespace file: its name without folder and `.json`, camelCased (`model-import` → `modelImport`). */
export const prefixOf = (file: string): string =>
  file
    .replace(/^.*\//, '')
    .replace(/\.json$/, '')
    .replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * Every namespace file the app translates with: the given ones, plus the domain's sentences (`domain.…`) and the
 * vehicle library's (`vehicles.…`: import, parts and library messages, which Node services say too).
 */
export function namespaceFiles(files: Record<string, NamespaceFile> = {}): Record<string, NamespaceFile> {
  return { 'domain.json': domain, 'vehicles.json': vehicles, ...files };
}

/** i18next resources: one `translation` tree per language, each file's tree under its prefix. */
export function resourcesOf(files: Record<string, NamespaceFile>) {
  const all = namespaceFiles(files);
  const tree = (language: Language) =>
    Object.fromEntries(Object.entries(all).map(([file, ns]) => [prefixOf(file), ns[language]]));
  return Object.fromEntries(LANGUAGES.map((l) => [l, { translation: tree(l) }]));
}

/**
 * The one i18next set-up: the page (with react-i18next as a plugin), the printed pages, main and the CLI each
 * make an instance from the namespace files they show. Resources are bundled (kiosks are offline), so it is
 * ready when this returns.
 */
export function createI18n(
  options: { files?: Record<string, NamespaceFile>; language?: Language; plugins?: Module[] } = {},
): I18n {
  const instance = i18next.createInstance();
  for (const plugin of options.plugins ?? []) instance.use(plugin);
  void instance.init({
    resources: resourcesOf(options.files ?? {}),
    lng: options.language ?? 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** Whether a value is a domain message (a key and, optionally, values) rather than a name or plain value. */
export const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { key?: unknown }).key === 'string' &&
  Object.keys(v).every((k) => k === 'key' || k === 'values');

/** The catalog text of a language (names in the catalog are `{zh, en}`). */
export const pickName = (text: Localized, language: string): string =>
  language.startsWith('zh') ? text.zh : text.en;

/**
 * A domain message in one language. Catalog names are picked in that language, name lists joined its way,
 * nested messages translated first. A plain `{zh, en}` text (an older draft's stored wording) is picked as is.
 */
export function translate(
  i18n: I18n,
  message: Message | Localized,
  language: string = i18n.language,
): string {
  if (!isMessage(message)) return pickName(message, language);
  const t = i18n.getFixedT(language);
  const value = (v: MessageValue): string | number => {
    if (typeof v === 'string' || typeof v === 'number') return v;
    if (isMessage(v)) return translate(i18n, v, language);
    if (Array.isArray(v))
      return v.map((n: Localized) => pickName(n, language)).join(t('domain.list.separator'));
    return pickName(v as Localized, language);
  };
  const values = Object.fromEntries(Object.entries(message.values ?? {}).map(([k, v]) => [k, value(v)]));
  return t(`domain.${message.key}`, values);
}

let nodeI18n: I18n | undefined;

/** A domain message as text for logs, CLI output and error strings (English unless asked otherwise). */
export function messageText(message: Message | Localized, language: Language = 'en'): string {
  nodeI18n ??= createI18n();
  return translate(nodeI18n, message, language);
}

/** Several messages as one line (`; ` in English, `；` in Chinese). */
export function messagesText(
  messages: readonly { message: Message | Localized }[],
  language: Language = 'en',
): string {
  nodeI18n ??= createI18n();
  return messages
    .map((m) => translate(nodeI18n!, m.message, language))
    .join(nodeI18n.getFixedT(language)('domain.list.sentences'));
}

/** A vehicle library message (`{ key, values }`, key under `vehicles.`) as text; an unknown key shows as itself. */
export function vehicleText(
  message: { key: string; values?: Record<string, string | number> },
  language: Language = 'en',
): string {
  nodeI18n ??= createI18n();
  const key = `vehicles.${message.key}`;
  return nodeI18n.exists(key) ? nodeI18n.getFixedT(language)(key, message.values ?? {}) : message.key;
}
