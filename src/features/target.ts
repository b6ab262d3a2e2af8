/**
 * One-tag mode's `data-target` (a CSS selector): the appeal goes at the end of that element. A
 * tag manager adds its script to `<head>` or to the end of `<body>`, where an inline appeal would
 * land before the article or after the footer; the site names the element it belongs in. Loaded
 * on demand (../mount.ts) only by a script tag with the attribute.
 */
import type { Warning } from '../parse.js';

/**
 * Appends `appeal` to the element `selector` matches, once the page has it: now, or when the
 * document is parsed (a script in `<head>` runs before the body is). A selector that is not one,
 * or matches nothing then, warns and leaves the placement to `fallback`, as without the attribute.
 */
function place(appeal: Element, selector: string, fallback: () => void, warn: (warning: Warning) => void): void {
  const find = (): Element | null => {
    try {
      return document.querySelector(selector);
    } catch {
      return null;
    }
  };
  const last = () => {
    const into = find();
    if (into) return into.append(appeal);
    warn({ attribute: 'data-target', value: selector, reason: 'it matches no element; the appeal is placed as without it' });
    fallback();
  };
  const into = find();
  if (into) into.append(appeal);
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', last, { once: true });
  else last();
}

/** The part: the placement. */
export default { place };
export type Target = { place: typeof place };
