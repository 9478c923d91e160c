import { createI18n, type Language } from '@contract/i18n';
import type { i18n as I18n } from 'i18next';
import refusals from '../../i18n/model-import.json';

/** Why a model is refused: a key of `i18n/model-import.json`. */
export type RefusalKey = keyof (typeof refusals)['en'];

/** The figures and names a refusal quotes (indices, byte counts, a file name, an extension). */
export type RefusalValues = Record<string, string>;

let texts: I18n | undefined;

/** A refusal's text in one language, through the one i18next set-up (usable before the page's i18next exists). */
export function refusalText(language: Language, key: RefusalKey, values: RefusalValues): string {
  texts ??= createI18n({ files: { 'model-import.json': refusals } });
  return texts.getFixedT(language)(`modelImport.${key}`, values);
}

/**
 * A model file the app cannot show, with a message a shop owner can act on. `message` is the English text
 * (logs, tests); `key` and `values` let the UI show it in its own language.
 */
export class ModelFileError extends Error {
  override name = 'ModelFileError';
  /** The refusal's translation key under `modelImport.`. */
  readonly key: RefusalKey;
  /** The values its text quotes, as strings. */
  readonly values: RefusalValues;

  constructor(key: RefusalKey, values: Record<string, unknown> = {}) {
    const strings = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
    super(refusalText('en', key, strings));
    this.key = key;
    this.values = strings;
  }
}

/** Why a model could not be shown, as the scene store keeps it: key and values to translate, English text. */
export interface ModelRefusal {
  key: RefusalKey;
  values: RefusalValues;
  message: string;
}

/** The refusal for anything a load threw: a ModelFileError as it is, anything else as "could not be loaded". */
export function refusalOf(e: unknown): ModelRefusal {
  const error =
    e instanceof ModelFileError
      ? e
      : new ModelFileError('loadFailed', { detail: e instanceof Error ? e.message : String(e) });
  return { key: error.key, values: error.values, message: error.message };
}
