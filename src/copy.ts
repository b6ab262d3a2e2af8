/**
 * Built-in copy. One typed table per language (src/locales/) so a missing string is a compile
 * error, with English bundled as the fallback and the others loaded only for the readers who
 * need them. Any attribute or slot overrides what is here.
 */
import { importCopy } from './import-copy.js';
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

export const en: Copy = {
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

/** Languages with built-in copy besides English, which is bundled; each loads on demand. */
const LANGUAGES = ['ru', 'de', 'fr', 'es', 'ar'];
const tables: Record<string, Copy> = { en };
/** Loads under way, by language; a language that failed to load stays English. */
const loading: Record<string, Promise<unknown>> = {};

/** The language of the built-in copy for a locale: es-PE → es; English when there is none. */
const languageOf = (locale: string) => {
  const language = locale.split('-')[0]!.toLowerCase();
  return LANGUAGES.includes(language) ? language : 'en';
};

/** The built-in copy for a locale, as far as it has loaded (see `loadCopy`); English otherwise. */
export const copyFor = (locale: string): Copy => tables[languageOf(locale)] ?? en;

/**
 * Starts loading the copy for a locale's language: a promise that settles once it is there (or
 * has failed: the copy then stays English, and the promise rejects), or undefined when
 * nothing needs loading.
 */
export function loadCopy(locale: string): Promise<unknown> | undefined {
  const language = languageOf(locale);
  if (tables[language]) return undefined;
  return (loading[language] ??= importCopy(language).then((table) => (tables[language] = table)));
}
