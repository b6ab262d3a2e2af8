/**
 * Built-in copy. One typed table per language so a missing string is a compile error, with
 * English as the fallback. Any attribute or slot overrides what is here.
 */
import type { Frequency } from './parse.js';

export interface Copy {
  heading: string;
  /** The start of the inline appeal's message; the banner leaves it out. */
  intro: string;
  /** The ask that ends the message: the selected frequency, from its smallest tier. */
  ask(frequency: Frequency, smallest: string): string;
  frequencyGroup: string;
  frequencies: Record<Frequency, string>;
  amountGroup: string;
  cta: string;
  remindPrompt: string;
  remind: string;
  /** The one-line confirmation after Remind me later, with the formatted date. */
  reminded(date: string): string;
  close: string;
}

const en: Copy = {
  heading: 'We have a small favor to ask',
  intro:
    'Millions of people rely on our independent journalism, and we keep it free for everyone. ' +
    'Your support, no matter how small, makes a world of difference.',
  ask: (frequency, smallest) =>
    ({
      'one-time': `Please support us today with a one-time gift starting from just ${smallest}.`,
      monthly: `Please support us monthly starting from just ${smallest}.`,
      annual: `Please support us annually starting from just ${smallest}.`,
    })[frequency],
  frequencyGroup: 'How often',
  frequencies: { 'one-time': 'One-time', monthly: 'Monthly', annual: 'Annual' },
  amountGroup: 'Amount',
  cta: 'Support us',
  remindPrompt: 'Not ready to support today?',
  remind: 'Remind me later',
  reminded: (date) => `Thank you. We'll remind you on ${date}.`,
  close: 'Close',
};

const tables: Record<string, Copy> = { en };

/** The copy for a language tag: the full tag, then its language (es-PE, es), then English. */
export function copyFor(locale: string): Copy {
  const lower = locale.toLowerCase();
  return tables[lower] ?? tables[lower.split('-')[0]!] ?? en;
}
