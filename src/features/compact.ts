/**
 * The compact ask (`variant="compact"`): the one line a news page opens with, "Enjoying our
 * journalism? … Support us". Heading, message and the support button only: no frequency switch,
 * no tiers, no Remind me later; the close button with `dismissible`. The text comes first and the
 * button after it, in one row where the appeal is wide enough and stacked where it is not (a
 * flex row that wraps, so it follows the appeal's own width, not the viewport's).
 *
 * Loaded on demand (../parts.ts) only by compact appeals. Until it has loaded (or if it fails)
 * the appeal's own styles keep a compact appeal out of the page: it appears whole, once (see the
 * README for the place a page keeps for it at the top of an article).
 */
import type { CompactCopy, Copy } from '../copy.js';
import type { Parsed, RawAttributes } from '../parse.js';
import type { FeatureContext } from './feature.js';

const en: CompactCopy = {
  compactHeading: 'Enjoying our journalism?',
  compactMessage: 'It stays free for everyone thanks to readers like you. Please support us.',
};

/** Tagged `css` so that the build minifies it as CSS; String.raw keeps the text as written. */
const css = String.raw;
const styles = css`
  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.5em;
    padding-block: 0.75em;
  }
  .compact .text {
    flex: 1 1 20em;
    min-width: 0;
  }
  .compact h2 {
    margin: 0;
    padding-inline-end: 0;
    font-size: 1.0625em;
  }
  .compact .message {
    margin: 0.125em 0 0;
  }
  /* The button and the close button stay together: after the text, or under it. */
  .compact .actions {
    display: flex;
    flex: none;
    align-items: center;
    gap: 0.25em;
    max-width: 100%;
  }
  .compact .close {
    position: static;
    flex: none;
  }
`;

/** The attributes that a compact ask has no place for: each warns once, and is left out. */
const UNUSED: [keyof RawAttributes, string, string][] = [
  ['goal', 'goal', 'the compact ask shows no goal ticker'],
  ['raised', 'raised', 'the compact ask shows no goal ticker'],
  ['customAmount', 'custom-amount', 'the compact ask shows no Other field'],
];

/** Warns of what a compact ask does not show; the figures and the Other field are not loaded for it. */
function parse(raw: RawAttributes): Parsed<true> {
  const warnings = UNUSED.filter(([key]) => raw[key] != null && raw[key] !== false).map(([key, attribute, reason]) => ({
    attribute,
    value: raw[key] === true ? '' : String(raw[key]),
    reason,
  }));
  return { config: true, warnings };
}

/** The built-in heading and message of the compact ask, in the copy's language or English. */
function text(copy: FeatureContext['copy'], _ask?: string): Pick<Copy, 'heading'> & { message: string } {
  return { heading: copy.compactHeading ?? en.compactHeading, message: copy.compactMessage ?? en.compactMessage };
}

/** The compact ask's layout: the text, then the support button and the close button, after it in focus order too. */
const layout = (html: FeatureContext['html'], text: unknown, cta: unknown, close: unknown) =>
  html`<div class="text">${text}</div><div class="actions">${cta}${close}</div>`;

/** The part: its styles, the check of its attributes, its built-in text, and its layout. */
export default { styles, parse, text, layout };
export type Compact = { styles: typeof styles; parse: typeof parse; text: typeof text; layout: typeof layout };
