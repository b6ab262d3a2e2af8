/**
 * Built-in copy. One typed table per language (src/locales/) so a missing string is a compile
 * error, with English bundled as the fallback and the others loaded only for the readers who
 * need them. The optional features (src/features/) carry their own English strings. Any
 * attribute or slot overrides what is here.
 */
import type { Frequency } from './parse.js';
import { loadPart, part } from './parts.js';

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
  /** The confirmation when storage could not keep the snooze: it holds on this page only. */
  remindedHere: string;
  close: string;
}

/** The goal ticker's strings (features/ticker.ts). */
export interface TickerCopy {
  /** The progress toward the goal, e.g. "$6,420 of our $10,000 goal". */
  goal(raised: string, goal: string): string;
}

/** The custom amount's strings (features/custom-amount.ts). */
export interface AmountCopy {
  /** The tier that opens the field. */
  other: string;
  /** The field's label, with the currency code. */
  amountLabel(currency: string): string;
  /** The field holds no amount; `example` is a sample amount written the locale's way. */
  notAmount(example: string): string;
  tooSmall(min: string): string;
  tooLarge(max: string): string;
}

/** The compact ask's strings (features/compact.ts): a short heading and a one-line message. */
export interface CompactCopy {
  compactHeading: string;
  compactMessage: string;
}

/**
 * A string per plural form of a number, as `Intl.PluralRules` names them for the language
 * (`one`, `few`, `many`, … as the language has them): `other` is the fallback.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The reading history's strings (features/history.ts): "You've read 12 articles in the last 30 days". */
export interface HistoryCopy {
  /** The line, per plural form of the count: `{articles}` is the count, `{days}` the `lastDays` phrase. */
  articlesRead: Plural;
  /** The window, per plural form of its days: `{days}` is the number. */
  lastDays: Plural;
}

/** The metered gate's strings (features/gate.ts). */
export interface GateCopy {
  gateHeading: string;
  /** The start of the gate's message; the ask of the other variants follows it. */
  gateMessage: string;
  /** The one-line notice while free articles are left, e.g. "Free articles left: 2 of 5". */
  freeLeft(left: string, free: string): string;
  signInPrompt: string;
  signIn: string;
  /** The button that uses one of the reader's passes (`gate-passes`). */
  pass: string;
  /** The status once it was used. */
  passed: string;
}

/** The countdown's strings (features/schedule.ts), shown while `ends` is seven days away or less. */
export interface CountdownCopy {
  /** "3 days left", per plural form of the days: `{days}` is the number. */
  daysLeft: Plural;
  /** On the `ends` day itself. */
  lastDay: string;
}

/** "I already support" (features/supported.ts, with `already-supported`). */
export interface SupportedCopy {
  /** The button's label. */
  alreadySupported: string;
  /** The one-line thank-you that replaces the appeal once it is pressed. */
  thanks: string;
}

/** A language's whole table: the appeal's strings and its features'. English is split between them. */
export type Table = Copy & TickerCopy & AmountCopy & CompactCopy & HistoryCopy & GateCopy & CountdownCopy & SupportedCopy;

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
  remindedHere: "Thank you. We won't ask again on this page.",
  close: 'Close',
};

/** Languages with built-in copy besides English, which is bundled; each loads on demand. */
export const LANGUAGES = 'ru de fr es ar pt it nl pl uk tr ja zh ko he sv id hi fa'.split(' ');

/**
 * The part holding a locale's built-in copy (es-PE → locales/es), or undefined for English. The
 * Chinese table is in simplified characters: Traditional Chinese (zh-Hant, zh-TW, zh-HK, zh-MO)
 * has none, and gets English unless the site adds its own (`addTranslation`).
 */
const tableOf = (locale: string) => {
  const language = locale.split('-')[0]!.toLowerCase();
  return LANGUAGES.includes(language) && !/^zh-(hant|tw|hk|mo)\b/i.test(locale) ? `locales/${language}` : undefined;
};

/**
 * What a site gives `SupportAppeal.addTranslation()`: any of a language's strings, under the
 * names of the built-in tables. A string that takes values may be text with `{placeholders}`
 * instead of a function: `reminded: "… {date}"`, `goal: "{raised} … {goal}"`, `amountLabel:
 * "{currency}"`, `notAmount: "{example}"`, `tooSmall: "{min}"`, `tooLarge: "{max}"`, `freeLeft:
 * "{left} … {free}"`; `ask` is text with `{amount}` or one per frequency, and `frequencies`
 * may name some of them.
 */
export type Translation = {
  [K in keyof Table]?: K extends 'ask'
    ? Table[K] | string | Partial<Record<Frequency, string>>
    : K extends 'frequencies'
      ? Partial<Table[K]>
      : Table[K] extends (...args: never[]) => string
        ? Table[K] | string
        : Table[K];
};

/** A table with a site's translation in it: `english` names the appeal's strings that are still English (its language has no built-in table). */
export type Translated = Copy & Partial<Table> & { english?: Set<string> };

/** The features/translation part: a site's strings put over a table (see `copyFor`). */
export interface Translations {
  merge(table: Copy & Partial<Table>, own: Translation, english: Copy): Translated;
}

const TRANSLATION = 'features/translation';

/** The sites' translations (`SupportAppeal.addTranslation`), by lowercase language tag, as given. */
export const translations = new Map<string, Translation>();

/** The site's translation for a locale: its own tag's (`pt-br`), else its language's (`pt`). */
const ownFor = (locale: string) => translations.get(locale.toLowerCase()) ?? translations.get(locale.split('-')[0]!.toLowerCase());

/**
 * The copy for a locale, as far as it has loaded (see `loadCopy`): the built-in table, English
 * otherwise, with the site's translation over it.
 */
export const copyFor = (locale: string): Translated => {
  const table = tableOf(locale);
  const copy = (table && part<Table>(table)) || en;
  const own = ownFor(locale);
  return (own && part<Translations>(TRANSLATION)?.merge(copy, own, en)) || copy;
};

/**
 * Starts loading the copy for a locale's language, and the code that applies a site's
 * translation of it: a promise that settles once it is there (or has failed: the copy then
 * stays English, and the promise rejects), or undefined when nothing needs loading.
 */
export function loadCopy(locale: string): Promise<unknown> | undefined {
  const table = tableOf(locale);
  const needs = [table && !part(table) && table, ownFor(locale) && !part(TRANSLATION) && TRANSLATION].filter((path): path is string => !!path);
  return needs.length ? Promise.all(needs.map(loadPart)) : undefined;
}
