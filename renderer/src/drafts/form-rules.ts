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
