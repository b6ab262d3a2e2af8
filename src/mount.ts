/**
 * One-tag mode, for CMSs that only take one pasted snippet:
 *
 *     <script src=".../support-appeal.iife.js" data-mount data-amounts="2,5,10" data-campaign="spring"></script>
 *
 * creates a `<support-appeal>` with every `data-*` attribute of the script tag except
 * `data-mount` and `data-target`, without the prefix, and places it right after the script tag,
 * at the end of `<body>` for `data-variant="banner"` (or when the script tag is not in the body),
 * or at the end of the element `data-target` selects. It works the same for a script tag parsed
 * in place, an `async` one, and one a tag manager adds later.
 */

import type { Target } from './features/target.js';
import { loadPart } from './parts.js';
import { warn } from './warn.js';

/**
 * Marks a script tag that already made its appeal. `Symbol.for`, so that every copy of the
 * bundle on the page (a script loaded twice) sees the same mark.
 */
const MOUNTED = Symbol.for('support-appeal.mounted');

type Script = HTMLScriptElement & { [MOUNTED]?: Element };

/**
 * Creates and places the appeal that `script` asks for; returns it, or `null` when the script
 * tag has no `data-mount`. Calling it again for the same script tag returns the same element.
 */
export function mountFrom(script: HTMLOrSVGScriptElement | null): Element | null {
  if (!(script instanceof HTMLScriptElement) || !script.hasAttribute('data-mount')) return null;
  const tag = script as Script;
  if (tag[MOUNTED]) return tag[MOUNTED];

  const appeal = document.createElement('support-appeal');
  for (const { name, value } of script.attributes) {
    if (!name.startsWith('data-') || name === 'data-mount' || name === 'data-target') continue;
    // Plain attribute names only. Event-handler attributes (`data-onclick`) would be script:
    // the snippet's data is never run.
    if (/^data-(?!on)[a-z][a-z\d-]*$/.test(name)) appeal.setAttribute(name.slice(5), value);
    else console.warn(`<support-appeal>: ignored ${name} on the script tag.`);
  }
  tag[MOUNTED] = appeal;

  // Inline: right after the script tag. A banner, or a script tag outside <body> (a tag manager
  // may put it in <head>), goes at the end of <body>: once the page is parsed, so that the
  // banner comes after all the content, in reading and focus order too.
  const place = () => {
    if (!/^\s*banner\s*$/i.test(appeal.getAttribute('variant') ?? '') && document.body?.contains(script)) script.after(appeal);
    else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => document.body?.append(appeal), { once: true });
    else document.body?.append(appeal);
  };
  // `data-target`: at the end of the element it selects, by its part; as without it when that fails.
  const target = script.getAttribute('data-target');
  if (target === null) place();
  else
    loadPart('features/target').then(
      (part) => (part as Target).place(appeal, target, place, warn),
      () => (warn({ attribute: 'data-target', value: target, reason: '#features/target' }), place()),
    );
  return appeal;
}
