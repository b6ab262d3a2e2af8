// Proof that eslint.config.js's rules for src/ still fire (eslint.config.js lints this file like
// src/features/, and never imported or run). Each forbidden line below is marked for the rules
// that must report it, and the config's `reportUnusedDisableDirectives` fails `npm run lint`
// when a mark suppresses nothing: a rule that quietly stopped working shows there. The last
// lines are clean and must stay unreported.

// eslint-disable-next-line no-restricted-imports, no-restricted-syntax -- canary
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// eslint-disable-next-line no-restricted-imports, no-restricted-syntax -- canary
import { html, unsafeStatic } from 'lit/static-html.js';
// eslint-disable-next-line no-restricted-imports -- canary
import type { SupportAppeal } from '../../src/support-appeal.js';

declare const el: HTMLElement;
declare const frame: HTMLIFrameElement;
declare const range: Range;
declare const text: string;
declare const n: number;
declare function run(): void;

// eslint-disable-next-line no-unsanitized/property, no-restricted-syntax -- canary
el.innerHTML = text;
// eslint-disable-next-line no-restricted-syntax -- canary
el['outerHTML'] = text;
// eslint-disable-next-line no-restricted-syntax -- canary
el[`innerHTML`] = text;
// eslint-disable-next-line no-unsanitized/method, no-restricted-syntax -- canary
el.insertAdjacentHTML('beforeend', text);
// eslint-disable-next-line no-unsanitized/method, no-restricted-syntax -- canary
document.write(text);
// eslint-disable-next-line no-unsanitized/method, no-restricted-syntax -- canary
document.writeln(text);
// eslint-disable-next-line no-unsanitized/method, no-restricted-syntax -- canary
range.createContextualFragment(text);
// eslint-disable-next-line no-restricted-syntax -- canary
frame.srcdoc = text;
// eslint-disable-next-line no-restricted-syntax -- canary
eval(text);
// eslint-disable-next-line no-restricted-syntax -- canary
window.eval(text);
// eslint-disable-next-line @typescript-eslint/no-implied-eval, no-restricted-syntax -- canary
new Function('return 1');
// eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call, no-restricted-syntax -- canary
Function('return 1')();
// eslint-disable-next-line @typescript-eslint/no-implied-eval, no-restricted-syntax -- canary
setTimeout('run()', 10);
// eslint-disable-next-line @typescript-eslint/no-implied-eval, no-restricted-syntax -- canary
setInterval(`run(${n})`, 10);
// eslint-disable-next-line no-restricted-syntax -- canary
void import('lit/directives/unsafe-svg.js');
// eslint-disable-next-line no-restricted-syntax -- canary
void import('../../src/support-appeal.js');
// eslint-disable-next-line no-restricted-syntax -- canary
localStorage.getItem(text);
// eslint-disable-next-line no-restricted-syntax -- canary
window.sessionStorage.clear();
// eslint-disable-next-line no-restricted-syntax -- canary
el.title = document.cookie;
// eslint-disable-next-line no-restricted-syntax -- canary
window.addEventListener('storage', run);
// eslint-disable-next-line no-restricted-syntax -- canary
const imitation = { _$litType$: 1 };
// eslint-disable-next-line no-restricted-syntax -- canary
el.title = String(imitation['_$litType$']);
// eslint-disable-next-line no-restricted-syntax -- canary
export { html, unsafeHTML, unsafeStatic };
export type { SupportAppeal };

// Clean: the names in comments and strings, and the safe forms. innerHTML and eval are never used.
const note = 'no innerHTML here';
el.textContent = note + text;
setTimeout(() => run(), 10);
