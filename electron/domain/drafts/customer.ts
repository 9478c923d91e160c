/**
 * The customer's details on an order draft, one rule for every side: the draft form checks what is typed,
 * the draft schema checks what is saved, the log scrubber and the printed quote hide the number.
 */

/** Digits of a mainland China mobile number: 11 digits starting 13–19. */
const MOBILE_DIGITS = '1[3-9]\\d{9}';

/** A whole value that is a mainland China mobile number. */
export const MOBILE_PATTERN = new RegExp(`^${MOBILE_DIGITS}$`);

/** A mainland mobile number inside longer text (not part of a longer run of digits). */
const MOBILE_IN_TEXT = new RegExp(`(?<!\\d)${MOBILE_DIGITS}(?!\\d)`, 'g');

/** Longest customer name a draft keeps, in UTF-16 code units after trimming. */
export const CUSTOMER_NAME_MAX = 60;

/** A mobile number as typed (spaces allowed: "138 1234 5678") in the form it is saved: digits only. */
export function mobileDigits(typed: string): string {
  return typed.replace(/\s+/g, '');
}

/** Whether a typed mobile number can be saved: empty (the field is optional) or a mainland mobile number. */
export function mobileOk(typed: string): boolean {
  const digits = mobileDigits(typed);
  return digits === '' || MOBILE_PATTERN.test(digits);
}

/** A mobile number with the middle four digits hidden (138****5678), for lists and paper. */
export function maskMobile(mobile: string): string {
  return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
}

/** Text with every mainland mobile number in it blanked out (1**********), for logs. */
export function hideMobileNumbers(text: string): string {
  return text.replace(MOBILE_IN_TEXT, '1**********');
}

/** The customer details a draft keeps from what was typed (trimmed name, digits only); none when both are empty. */
export function customerOf(name: string, mobile: string): { name?: string; mobile?: string } | undefined {
  const trimmed = name.trim();
  const digits = mobileDigits(mobile);
  if (!trimmed && !digits) return undefined;
  return { ...(trimmed ? { name: trimmed } : {}), ...(digits ? { mobile: digits } : {}) };
}
