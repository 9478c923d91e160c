/** A mainland mobile number, as the draft schema checks it (MOBILE_PATTERN in electron/domain/drafts/schema). */
export const MOBILE = /^1[3-9]\d{9}$/;

/** Whether the typed mobile number is acceptable (empty is fine: the field is optional). */
export function mobileOk(value: string): boolean {
  const v = value.replace(/\s+/g, '');
  return v === '' || MOBILE.test(v);
}

/** Today as YYYY-MM-DD in the shop's time zone (Asia/Shanghai), the earliest pickup date. */
export function shopToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The PDF language for a UI language. */
export function pdfLanguage(language: string): 'zh' | 'en' {
  return language.startsWith('zh') ? 'zh' : 'en';
}
