import { shopDate } from '@domain/drafts/dates';
/** Today as YYYY-MM-DD in the shop's time zone (Asia/Shanghai), the earliest pickup date. */
export const shopToday = (now = new Date()): string => shopDate(now);

/** The PDF language for a UI language. */
export function pdfLanguage(language: string): 'zh' | 'en' {
  return language.startsWith('zh') ? 'zh' : 'en';
}
