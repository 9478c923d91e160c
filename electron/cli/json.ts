import { isMessage, messageText } from '@contract/i18n';

/**
 * JSON for the CLI's stdout: every domain message keeps its key and values and gains its text in both languages
 * (`zh`, `en`), so a person or a script reads it without the namespace files.
 */
export function cliJson(value: unknown, indent = 2): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => (isMessage(v) ? { ...v, zh: messageText(v, 'zh-CN'), en: messageText(v) } : v),
    indent,
  );
}
