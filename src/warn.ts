/**
 * The appeal's one way to complain: a console warning naming the attribute, its value and what
 * was done instead. Nothing is ever thrown into the page.
 */
import type { Warning } from './parse.js';

export const warn = ({ attribute, value, reason }: Warning) =>
  console.warn(`<support-appeal>: ignored ${attribute}=${JSON.stringify(value)}: ${reason}.`);

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
