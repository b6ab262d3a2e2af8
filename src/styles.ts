/** Tagged `css` so that the build minifies it as CSS; String.raw keeps the text as written. */
const css = String.raw;

/**
 * Nothing moves: no transition or animation anywhere, so there is nothing for
 * `prefers-reduced-motion` to switch off (a11y.test.ts checks).
 *
 * The host sets only `display`; everything visual hangs off the `container` part and the custom
 * properties, each with a fallback that passes WCAG AA contrast. Logical properties throughout,
 * so right-to-left languages lay out mirrored without extra rules.
 *
 * The style sheet as text, which style-sheet.ts hands to Lit as a constant. Lit's own `css` tag
 * would also do, with some 120 B gzip of checks on its `${…}` values, of which there are none.
 * Lit's function for that must not be named in this file: the build's template minifier leaves
 * a file that names it unminified.
 */
export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* A banner or a compact ask shows once its part (features/) styles it: server-rendered, or
     with its part failing to load, it takes no place in the article. */
  .banner,
  .compact {
    display: none;
  }
  /* An appeal on paper asks nothing of anyone, and a fixed banner would repeat on every page. */
  @media print {
    :host {
      display: none !important;
    }
  }

  .appeal {
    --_accent: var(--support-appeal-accent, #1447b8);
    --_accent-text: var(--support-appeal-accent-text, #ffffff);
    --_bg: var(--support-appeal-background, #f7f4ee);
    --_text: var(--support-appeal-text, #1c1c1c);
    --_radius: var(--support-appeal-radius, 6px);
    position: relative;
    padding: clamp(1em, 5vw, 1.5em);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--support-appeal-font-family, inherit);
    /* The text size around it (a 62.5 % root, common on news sites, does not shrink it), never below 12 px. */
    font-size: max(1em, 12px);
    overflow-wrap: break-word;
    line-height: 1.5;
  }

  h2 {
    margin: 0 0 0.5em;
    padding-inline-end: 2.5em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .message {
    margin: 0 0 1em;
  }

  button,
  .cta {
    font: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  /* A segmented control that shares the width and fits three labels in a 320 px phone; with large text it wraps rather than overflow. */
  .frequencies {
    display: flex;
    flex-wrap: wrap;
    max-width: 24em;
    gap: 2px;
    margin-block-end: 0.75em;
    padding: 2px;
    border: 1px solid currentColor;
    /* A pill on one row; a rounded box when large text wraps the labels onto two. */
    border-radius: 1.5em;
  }
  .frequencies button {
    flex: 1 1 0;
    min-height: 36px;
    padding: 0 0.5em;
    border: 0;
    border-radius: 999px;
    background: none;
    color: inherit;
    white-space: nowrap;
  }
  .frequencies button[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_bg);
    font-weight: 700;
  }

  .tiers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 1em;
  }
  .tier {
    min-width: 4.5em;
    min-height: 44px;
    padding: 0 1em;
    border: 1px solid #6b6b6b;
    border-radius: var(--_radius);
    background: #ffffff;
    color: #1c1c1c;
    font-weight: 600;
  }
  .tier[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .cta {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-height: 48px;
    min-width: min(12em, 100%);
    max-width: 100%;
    padding: 0 2em;
    text-align: center;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
    text-decoration: none;
  }

  .payment-methods {
    margin-block-start: 0.5em;
  }

  .remind {
    margin: 1em 0 0;
    font-size: 0.9375em;
  }
  .remind button {
    min-height: 24px;
    padding: 0 0.125em;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
  }

  .close {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: inherit;
  }

  /* Always in the tree, empty until needed: live regions announce reliably only if they exist first. */
  .status {
    margin: 0;
    font-weight: 600;
  }
  .status:focus {
    outline: none;
  }

  @media (forced-colors: active) {
    .tier[aria-pressed='true'],
    .frequencies button[aria-pressed='true'] {
      outline: 3px solid Highlight;
    }
    .cta {
      border: 2px solid ButtonText;
    }
  }
`;
