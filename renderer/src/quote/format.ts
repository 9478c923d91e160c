import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** A printable language, as the print URL names it (`lang=zh|en`); catalog texts are `{zh, en}`. */
export type PrintLanguage = 'zh' | 'en';

/** The i18next language of a printable one. */
export const languageOf = (lang: PrintLanguage): 'zh-CN' | 'en' => (lang === 'zh' ? 'zh-CN' : 'en');

/** A localized text in the printed language. */
export const pick = (text: { zh: string; en: string }, lang: PrintLanguage): string => text[lang];

/** A film's name from a zone line's label ("哑光黑（引擎盖）" → "哑光黑"). */
export const withoutZone = (label: { zh: string; en: string }) => ({
  zh: label.zh.replace(/（[^（）]*）$/, ''),
  en: label.en.replace(/ \([^()]*\)$/, ''),
});

/** A calendar date as printed (a date format, not wording: 2026年3月5日 / 05/03/2026). */
export function printDate(date: string, lang: PrintLanguage): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return lang === 'zh' ? `${y}年${Number(m)}月${Number(d)}日` : `${d}/${m}/${y}`;
}

/** The page's i18next `t`, fixed to the printed language (keys are full: `print.…`, `sales.…`, `domain.…`). */
export function usePrintT(lang: PrintLanguage): TFunction {
  return useTranslation(undefined, { lng: languageOf(lang) }).t;
}

/**
 * The vehicle as the printed sheets name it: name, short model hash (8 hex digits) when recorded, trim when
 * there is one ("Firefly … · model 1a2b3c4d · Long Range").
 */
export function vehicleLabel(
  v: { name: { zh: string; en: string }; modelSha256?: string; trim?: { zh: string; en: string } | null },
  lang: PrintLanguage,
  modelWord: string,
): string {
  const parts = [pick(v.name, lang)];
  if (v.modelSha256) parts.push(`${modelWord} ${v.modelSha256.slice(0, 8)}`);
  if (v.trim) parts.push(pick(v.trim, lang));
  return parts.join(' · ');
}
