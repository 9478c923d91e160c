/** Stores are in mainland China: dates on quotes and drafts are Beijing-time calendar dates. */
export const SHOP_TIME_ZONE = 'Asia/Shanghai';

/** How long a quote's prices are honoured, in days (capped at the price list's last day). */
export const QUOTE_VALID_DAYS = 7;

/** The shop's calendar date (YYYY-MM-DD) at an instant (now by default): the pricing date main uses. */
export function shopDate(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: SHOP_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** A calendar date plus some days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
