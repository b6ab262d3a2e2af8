/**
 * The appeal's one way to complain: a console warning naming the attribute, its value and what
 * was done instead. Nothing is ever thrown into the page. The texts load on demand with the
 * first warning (features/warnings.ts), so a warning is printed a moment after it is made;
 * `printed` settles once the last one is out, and an appeal's `updateComplete` waits for it.
 */
import type { Warnings } from './features/warnings.js';
import type { Warning } from './parse.js';
import { loadPart } from './parts.js';

/** Settles once every warning made so far is printed. */
export let printed: Promise<unknown> = Promise.resolve();

export const warn = ({ attribute, value, reason }: Warning): void => {
  // In the order they were made: each waits on the same load. Without the texts (a part that
  // did not load), the reason's code.
  printed = loadPart('features/warnings')
    .then(
      (texts) => (texts as Warnings).describe(reason),
      () => reason,
    )
    .then((text) => console.warn(`<support-appeal>: ignored ${attribute}=${JSON.stringify(value)}: ${text}.`));
};

/** A warn function for one appeal, which says each attribute's problem once however often it is parsed. */
export function warnOnce(): (warning: Warning) => void {
  const warned = new Set<string>();
  return (warning) => {
    const key = `${warning.attribute}\u0000${warning.value}`;
    if (warned.has(key)) return;
    warned.add(key);
    warn(warning);
  };
}
