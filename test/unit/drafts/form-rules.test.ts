import { describe, expect, it } from 'vitest';
import { MOBILE_PATTERN } from '../../../electron/domain/drafts/schema';
import { MOBILE, mobileOk, pdfLanguage, shopToday } from '../../../renderer/src/drafts/form-rules';

describe('draft form rules', () => {
  it('checks mobiles exactly as the draft schema does', () => {
    expect(MOBILE.source).toBe(MOBILE_PATTERN.source);
    for (const ok of ['', '13812345678', '199 0000 1111']) expect(mobileOk(ok)).toBe(true);
    for (const bad of ['12345678901', '1381234567', '138123456789', '2381234567x', '+8613812345678'])
      expect(mobileOk(bad)).toBe(false);
  });

  it('takes today in the shop time zone and maps UI languages to PDF languages', () => {
    expect(shopToday(new Date('2026-11-21T16:30:00Z'))).toBe('2026-11-22');
    expect(shopToday(new Date('2026-11-21T15:59:00Z'))).toBe('2026-11-21');
    expect(pdfLanguage('zh-CN')).toBe('zh');
    expect(pdfLanguage('en')).toBe('en');
  });
});
