import type { PrintLanguage } from './text';

/** A localized text in the printed language. */
export const pick = (text: { zh: string; en: string }, lang: PrintLanguage): string => text[lang];

/** A film's name from a zone line's label ("哑光黑（引擎盖）" → "哑光黑"). */
export const withoutZone = (label: { zh: string; en: string }) => ({
  zh: label.zh.replace(/（[^（）]*）$/, ''),
  en: label.en.replace(/ \([^()]*\)$/, ''),
});

/** A calendar date as printed. */
export function printDate(date: string, lang: PrintLanguage): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return lang === 'zh' ? `${y}年${Number(m)}月${Number(d)}日` : `${d}/${m}/${y}`;
}

/** A printed template with its `{{name}}` placeholders filled in (the sheet's strings come from i18n files). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
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
