/**
 * A site's own translation (`SupportAppeal.addTranslation`) put over a built-in table: the site's
 * strings where it gave them, the language's built-in copy, or English, where it did not. Text
 * with `{placeholders}` becomes the function the table has there. Loaded on demand (../copy.ts)
 * only for a locale the site translated, before the first render in it.
 */
import type { Copy, Table, Translated, Translation } from '../copy.js';
import type { Frequency } from '../parse.js';

/** The values of the strings that take them, in the order their functions get them. */
const PLACEHOLDERS: Partial<Record<keyof Table, string[]>> = {
  reminded: ['date'],
  goal: ['raised', 'goal'],
  amountLabel: ['currency'],
  notAmount: ['example'],
  tooSmall: ['min'],
  tooLarge: ['max'],
  freeLeft: ['left', 'free'],
};

/** The appeal's own strings (not the features'): those that are English where the language has no table. */
const OWN: (keyof Copy)[] = [
  'heading',
  'intro',
  'ask',
  'frequencyGroup',
  'frequencies',
  'amountGroup',
  'cta',
  'remindPrompt',
  'remind',
  'reminded',
  'remindedHere',
  'close',
];

const fill = (text: string, names: string[], values: string[]) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[names.indexOf(name)] ?? whole);

/** One string of a translation as the table holds it, or undefined when it is not one. */
function convert(key: string, value: unknown, table: Copy & Partial<Table>): unknown {
  const names = PLACEHOLDERS[key as keyof Table];
  if (key === 'ask') {
    if (typeof value === 'string') return (_: Frequency, smallest: string) => fill(value, ['amount'], [smallest]);
    if (value && typeof value === 'object') {
      const each = value as Partial<Record<Frequency, unknown>>;
      return (frequency: Frequency, smallest: string) => {
        const text = each[frequency];
        return typeof text === 'string' ? fill(text, ['amount'], [smallest]) : table.ask(frequency, smallest);
      };
    }
  }
  if (key === 'frequencies' && value && typeof value === 'object') return { ...table.frequencies, ...value };
  if (typeof value === 'function') return value;
  if (typeof value === 'string') return names ? (...values: string[]) => fill(value, names, values) : value;
  // A plural set: an object with at least the `other` form.
  if (value && typeof value === 'object' && typeof (value as { other?: unknown }).other === 'string') return value;
  return undefined;
}

/** Each table and translation's merge, made once (a new `addTranslation()` call gives a new translation object). */
const merged = new WeakMap<Translation, WeakMap<object, Translated>>();

/**
 * The site's strings over `table` (the language's built-in copy, or `english` for a language
 * without one). A value that is no string of its name is left out; where `table` is English, the
 * appeal's own strings the site did not give are named in `english`, so that they are marked so.
 */
function merge(table: Copy & Partial<Table>, own: Translation, english: Copy): Translated {
  let byTable = merged.get(own);
  if (!byTable) merged.set(own, (byTable = new WeakMap()));
  let result = byTable.get(table);
  if (!result) {
    const strings = Object.fromEntries(
      Object.entries(own)
        .map(([key, value]) => [key, convert(key, value, table)])
        .filter(([, value]) => value !== undefined),
    ) as Partial<Table>;
    result = { ...table, ...strings };
    if (table === english) result.english = new Set(OWN.filter((key) => !(key in strings)));
    byTable.set(table, result);
  }
  return result;
}

/** The part: the merge. */
export default { merge };
