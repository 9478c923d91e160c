import type { PrintLanguage } from './text';

/** Money on paper: ¥12,345.00 (fen in, never floating-point arithmetic). */
export function money(fen: number): string {
  const sign = fen < 0 ? '−' : '';
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** A localized text in the printed language. */
export const pick = (text: { zh: string; en: string }, lang: PrintLanguage): string => text[lang];

/** A film's name from a zone line's label ("哑光黑（引擎盖）" → "哑光黑"). */
export const withoutZone = (label: { zh: string; en: string }) => ({
  zh: label.zh.replace(/（[^（）]*）$/, ''),
  en: label.en.replace(/ \([^()]*\)$/, ''),
});

/** Hides the middle of a mobile number on paper (the same masking as the drafts list). */
export { maskMobile } from '../../../electron/domain/drafts/list';

/** A calendar date as printed. */
export function printDate(date: string, lang: PrintLanguage): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return lang === 'zh' ? `${y}年${Number(m)}月${Number(d)}日` : `${d}/${m}/${y}`;
}

/** A difference on paper: +¥1,200.00, −¥300.00, ¥0.00. */
export function signedMoney(fen: number): string {
  return fen > 0 ? `+${money(fen)}` : money(fen);
}

/** A printed template with its `{{name}}` placeholders filled in (the sheet's strings come from i18n files). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
