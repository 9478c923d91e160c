/**
 * The drafts list and its search, as pure functions: what a row shows (never a full mobile number), how a
 * staff search matches it (customer name, visible mobile digits, configuration code or id, shop dates), and
 * one page of the matches. Main keeps the rows in its index; the page shows them.
 */
import { maskMobile } from './customer';
import { draftIdTime } from './id';
import type { OrderDraft } from './schema';

export { maskMobile } from './customer';

/** One row of the drafts list: a draft that verifies, or a file that does not (kept, flagged, explained). */
export type DraftListEntry =
  | {
      status: 'ok';
      id: string;
      createdAt: string;
      customerName?: string;
      /** Mobile number with the middle digits hidden (138****5678). */
      customerMobile?: string;
      totalFen: number;
      trimName: { zh: string; en: string };
      storeName: { zh: string; en: string };
      configurationCode: string;
      priceListVersion: string;
    }
  | { status: 'damaged'; id: string; file: string; reason: string };

/** What staff search the drafts list by; every part optional, all given parts must match. */
export interface DraftQuery {
  /** Customer name (part of it), mobile digits (start or end; the middle is never stored), code or draft id. */
  text?: string;
  /** First shop day (YYYY-MM-DD, China time), inclusive. */
  from?: string;
  /** Last shop day (YYYY-MM-DD, China time), inclusive. */
  to?: string;
}

/** The list row of a verified draft. */
export function listEntryOf(d: OrderDraft): DraftListEntry {
  const entry: DraftListEntry = {
    status: 'ok',
    id: d.id,
    createdAt: d.createdAt,
    totalFen: d.quote.totalFen,
    // A service vehicle has no trim: the row names the car.
    trimName: d.vehicle.trimName ?? d.vehicle.name,
    storeName: d.store.name,
    configurationCode: d.configurationCode,
    priceListVersion: d.priceList.version,
  };
  if (d.customer?.name) entry.customerName = d.customer.name;
  if (d.customer?.mobile) entry.customerMobile = maskMobile(d.customer.mobile);
  return entry;
}

/** China has one time zone and no daylight saving: shop days start at 00:00 UTC+8. */
const SHOP_DAY_START = 'T00:00:00+08:00';
const DAY_MS = 24 * 60 * 60 * 1000;

/** When a row was made (ms): the draft's createdAt, or the time its id encodes for a damaged file. */
export function entryTime(e: DraftListEntry): number {
  return e.status === 'ok' ? Date.parse(e.createdAt) : draftIdTime(e.id);
}

/** A compiled search: test a row, and whether the text part can match only rows the index has read. */
export interface DraftMatcher {
  (entry: DraftListEntry, time: number): boolean;
  /** True when the search has a text part (rows not yet indexed cannot be matched by text). */
  readonly byText: boolean;
  /** True when the search has a date part; `time` alone decides it. */
  readonly inRange: (time: number) => boolean;
}

/** Compiles a search once for a whole list. */
export function draftMatcher(query: DraftQuery): DraftMatcher {
  const start = query.from ? Date.parse(`${query.from}${SHOP_DAY_START}`) : -Infinity;
  const end = query.to ? Date.parse(`${query.to}${SHOP_DAY_START}`) + DAY_MS : Infinity;
  const inRange = (time: number) => time >= start && time < end;
  const text = (query.text ?? '').normalize('NFKC').trim().toLowerCase();
  const code = text.length >= 5 ? codeForm(text) : '';
  const digits = /^[\d\s-]+$/.test(text) ? text.replace(/\D/g, '') : '';
  const matchText = (e: DraftListEntry): boolean => {
    if (code.length > 0 && e.id.includes(code)) return true;
    if (e.status !== 'ok') return false;
    if (e.customerName?.toLowerCase().includes(text)) return true;
    if (code.length > 0 && e.configurationCode.includes(code)) return true;
    return digits.length >= 3 && e.customerMobile !== undefined && mobileMatches(e.customerMobile, digits);
  };
  const match = (e: DraftListEntry, time: number) => inRange(time) && (text === '' || matchText(e));
  return Object.assign(match, { byText: text !== '', inRange });
}

/** A search text (5+ characters, so a short name never hits a code) as a code would be typed: upper case, no spaces or hyphens, O read as 0 and I/L as 1. */
function codeForm(text: string): string {
  const s = text.toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-Z]+$/.test(s) ? s.replace(/O/g, '0').replace(/[IL]/g, '1') : '';
}

/**
 * Digits typed from the start or the end of a number whose middle is hidden (138****5678); with three or
 * more digits either end holds a visible digit, so a search never matches on hidden digits alone.
 */
function mobileMatches(masked: string, digits: string): boolean {
  const tail = masked.length - digits.length;
  if (tail < 0) return false;
  return fitsAt(masked, digits, 0) || fitsAt(masked, digits, tail);
}

/** Whether digits read at `offset` of a masked number agree with every visible digit there. */
function fitsAt(masked: string, digits: string, offset: number): boolean {
  for (let i = 0; i < digits.length; i++) {
    const c = masked.charCodeAt(offset + i);
    if (c !== 42 /* '*' */ && c !== digits.charCodeAt(i)) return false;
  }
  return true;
}
