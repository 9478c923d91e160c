import { createI18n, LANGUAGES, type Language, type NamespaceFile, translate } from '@contract/i18n';
import type { Localized } from '@domain/catalog/common';
import type { Message } from '@domain/messages/message';
import type { i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

export { LANGUAGES, type Language };

/**
 * Every namespace file in this folder (`<name>.json` = `{"zh-CN": {...}, "en": {...}}`, keys read as
 * `<name>.…`, camelCased: `model-import.json` → `modelImport.…`). A new file is picked up as it is.
 */
export const UI_FILES: Record<string, NamespaceFile> = import.meta.glob<NamespaceFile>('./*.json', {
  eager: true,
  import: 'default',
});

/**
 * The page's i18next: the UI's namespace files plus the domain's sentences, through the one set-up the printed
 * pages, main and the CLI share (`@contract/i18n`). No network back end: kiosks are offline.
 */
export function setupI18n(language: Language = 'zh-CN'): I18n {
  return createI18n({ files: UI_FILES, language, plugins: [initReactI18next] });
}

/** Translates domain messages (and older drafts' stored `{zh, en}` texts) in the page's current language. */
export function useMessage(): (message: Message | Localized) => string {
  const { i18n } = useTranslation();
  return (message) => translate(i18n, message, i18n.language);
}
