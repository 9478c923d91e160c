import {
  CUSTOMER_NAME_MAX,
  customerOf,
  hideMobileNumbers,
  maskMobile,
  mobileOk,
} from '@domain/drafts/customer';
import { Customer } from '@domain/drafts/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('customer field rules', () => {
  it('accepts a typed mobile (spaces allowed) or nothing; refuses anything else', () => {
    for (const ok of ['', '  ', '13812345678', '199 0000 1111', ' 1381234 5678 '])
      expect(mobileOk(ok)).toBe(true);
    for (const bad of [
      '12345678901',
      '1381234567',
      '138123456789',
      '2381234567x',
      '+8613812345678',
      '1381234567８',
    ])
      expect(mobileOk(bad), bad).toBe(false);
  });

  it('the form passes exactly what the draft schema accepts', () => {
    const typed = fc.oneof(
      fc.stringMatching(/^1[0-9 ]{9,12}$/),
      fc.string({ maxLength: 14 }),
      fc.constantFrom('13812345678', '138 1234 5678', ''),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: CUSTOMER_NAME_MAX + 5 }), typed, (name, mobile) => {
        const customer = customerOf(name, mobile);
        const saved = customer === undefined || Customer.safeParse(customer).success;
        const formOk = mobileOk(mobile) && name.trim().length <= CUSTOMER_NAME_MAX;
        expect(saved).toBe(formOk);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the trimmed name and the digits, and nothing when both are empty', () => {
    expect(customerOf('  王先生 ', '138 1234 5678')).toEqual({ name: '王先生', mobile: '13812345678' });
    expect(customerOf('', '13812345678')).toEqual({ mobile: '13812345678' });
    expect(customerOf('Li', ' ')).toEqual({ name: 'Li' });
    expect(customerOf(' ', '')).toBeUndefined();
  });

  it('hides the middle of a number on paper and every number in a log line', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(hideMobileNumbers('call 13812345678 or 15900001111.')).toBe('call 1********** or 1**********.');
    expect(hideMobileNumbers('order 2026112213812345678, 12345678901')).toBe(
      'order 2026112213812345678, 12345678901',
    );
    expect(hideMobileNumbers('13812345678 twice 13812345678')).toBe('1********** twice 1**********');
  });
});
