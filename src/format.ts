/**
 * Numbers and dates for the reader, only through `Intl`, whose formatters are made once per page
 * for each locale and options (parse.ts, `intl`): the first of a page costs milliseconds, and
 * one made on every render for every appeal was memory each.
 */
import type { Copy } from './copy.js';
import { intl } from './parse.js';
import { DAY } from './storage.js';

/** "$5", "$2.50", "5 €", "500 ₽": whole amounts without ".00". */
export function formatAmount(amount: number, currency: string, locale: string): string {
  const whole = Number.isInteger(amount);
  // An option left undefined keeps the currency's own number of decimals.
  const digits = whole ? 0 : undefined;
  return intl(Intl.NumberFormat, locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    amount,
  );
}

/**
 * The day a suppression ends, as a reader says it: "6 December"; with the year when it is not
 * this year's; with the time when it is less than a day away (a snooze of a few hours).
 */
export function formatUntil(until: number, locale: string, now: number): string {
  const date = new Date(until);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
  if (date.getFullYear() !== new Date(now).getFullYear()) options.year = 'numeric';
  if (until - now < DAY) Object.assign(options, { hour: 'numeric', minute: '2-digit' });
  return intl(Intl.DateTimeFormat, locale, options).format(date);
}

/**
 * Remind me later's confirmation: until its date ("We'll remind you on 6 December"; a date such
 * as "8 Dec." keeps its one full stop), or for this page only when storage cannot keep it.
 */
export function confirmation(copy: Copy, until: number | null, locale: string, now: number): string {
  if (until === null) return copy.remindedHere;
  const date = formatUntil(until, locale, now);
  const text = copy.reminded(date);
  return date.endsWith('.') ? text.replace(`${date}.`, date) : text;
}

/** The languages written right to left, as a language tag's first subtag. */
const RTL = /^(ar|fa|he|ur|ps|sd|ug|yi|dv|ckb)(-|$)/i;

/** The writing direction of a language tag. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.test(locale) ? 'rtl' : 'ltr';
}
