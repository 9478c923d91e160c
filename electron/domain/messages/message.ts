import type sentences from './domain.json';
import type { Localized } from './localized';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A sentence of `domain.json` (Chinese and English side by side), by its dotted key. */
export type MessageKey = Leaves<(typeof sentences)['en']>;

/**
 * What a message quotes: a plain value, a catalog name in both languages (shown in the reader's language),
 * a list of names (joined the reader's way), or another message (translated first).
 */
export type MessageValue = string | number | Localized | readonly Localized[] | Message;

/**
 * A sentence the domain says to a person, as a key and values: the page, the PDFs, the CLI and the logs
 * translate it with the one i18next set-up (`@contract/i18n`), in the language they show.
 */
export interface Message {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

/** Builds a message. */
export const msg = (key: MessageKey, values?: Record<string, MessageValue>): Message =>
  values ? { key, values } : { key };

/** A text that reads the same in both languages (an id the catalog has no name for, a number). */
export const sameText = (text: string): Localized => ({ zh: text, en: text });
