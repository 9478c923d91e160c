import { pdfLanguage, shopToday } from '@renderer/drafts/form-rules';
import { describe, expect, it } from 'vitest';

describe('draft form rules', () => {
  it('takes today in the shop time zone and maps UI languages to PDF languages', () => {
    expect(shopToday(new Date('2026-11-21T16:30:00Z'))).toBe('2026-11-22');
    expect(shopToday(new Date('2026-11-21T15:59:00Z'))).toBe('2026-11-21');
    expect(pdfLanguage('zh-CN')).toBe('zh');
    expect(pdfLanguage('en')).toBe('en');
  });
});
