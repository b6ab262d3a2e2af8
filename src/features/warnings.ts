/**
 * The texts of the appeal's warnings, loaded on demand (../parts.ts) with the first warning of
 * a page: a page whose attributes are all fine never downloads them. The appeal's own parser
 * (../parse.ts) and the appeal report a reason as a code, `#name` and its argument after a space
 * (`#one light, dark, auto`); the features' parsers, which load on demand themselves, report
 * their reasons as text, which is printed as it is.
 */
const REASONS: Record<string, string | ((argument: string) => string)> = {
  empty: 'it is empty',
  one: (allowed) => `expected one of ${allowed}`,
  days: 'expected a number of days from 0 to 3650',
  currency: 'expected an ISO 4217 code such as EUR',
  amounts: 'expected positive numbers separated by commas',
  rounded: (argument) => {
    const [currency, ...tiers] = argument.split(' ');
    return `rounded to ${currency}'s decimals: ${tiers.join(' ') || 'none left'}`;
  },
  campaign: 'expected up to 100 printable characters, not history or tests',
  frequencies: 'expected a list of one-time, monthly, annual',
  amount: 'expected one of the amounts',
  locale: 'expected a language tag such as pt-BR',
  url: 'expected an https:, http: or relative URL',
  base: "the page's base URL makes it no https: or http: address",
  limit: (argument) => {
    const [reason, limit] = argument.split(' ');
    return `expected 0 to ${limit} days (${reason}-days); using ${limit}`;
  },
  copy: 'its built-in copy did not load; showing English',
  translation: 'expected a language tag (pt-BR) and an object of strings; ignored',
  // A part that did not load: its path.
  'features/banner': 'its styles did not load',
  'features/compact': 'its styles did not load',
  'features/extend': 'the features did not load; the appeal shows without them',
  'features/gate': 'the gate did not load; the article stays open',
  'features/ticker': 'the ticker did not load',
  'features/custom-amount': 'the Other field did not load',
  'features/cap': 'the frequency cap did not load',
  'features/history': 'the reading history did not load',
  'features/theme': 'its colours did not load; showing the light theme',
  'features/schedule': 'the schedule did not load; the appeal shows as without it',
  'features/supported': 'the button did not load',
  'features/target': 'its placement did not load; the appeal is placed as without it',
  'features/tests': 'the test did not load; the appeal shows as in no test',
};

/** A warning's reason as text: a code's text, or the reason itself when it is not a code. */
export function describe(reason: string): string {
  const [, code, argument = ''] = /^#(\S+) ?(.*)$/s.exec(reason) ?? [];
  const text = code === undefined ? reason : REASONS[code];
  return typeof text === 'function' ? text(argument) : (text ?? reason);
}

/** The part: the text of a reason. */
export default { describe };
export type Warnings = { describe: typeof describe };
