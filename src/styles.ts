import { css } from 'lit';

/**
 * Nothing moves: no transition or animation anywhere, so there is nothing for
 * `prefers-reduced-motion` to switch off (a11y.test.ts checks).
 *
 * The host sets only `display`; everything visual hangs off the `container` part and the custom
 * properties, each with a fallback that passes WCAG AA contrast. Logical properties throughout,
 * so right-to-left languages lay out mirrored without extra rules.
 */
export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }

  .appeal {
    --_accent: var(--support-appeal-accent, #1447b8);
    --_accent-text: var(--support-appeal-accent-text, #ffffff);
    --_bg: var(--support-appeal-background, #f7f4ee);
    --_text: var(--support-appeal-text, #1c1c1c);
    --_radius: var(--support-appeal-radius, 6px);
    position: relative;
    padding: clamp(1rem, 5vw, 1.5rem);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--support-appeal-font-family, inherit);
    font-size: 1rem;
    line-height: 1.5;
  }

  /* Dark colours, for theme="dark" and, when the reader prefers dark, theme="auto". */
  .dark {
    --_accent: var(--support-appeal-accent, #8ab4ff);
    --_accent-text: var(--support-appeal-accent-text, #0b1020);
    --_bg: var(--support-appeal-background, #1f2127);
    --_text: var(--support-appeal-text, #ececec);
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      --_accent: var(--support-appeal-accent, #8ab4ff);
      --_accent-text: var(--support-appeal-accent-text, #0b1020);
      --_bg: var(--support-appeal-background, #1f2127);
      --_text: var(--support-appeal-text, #ececec);
    }
  }

  h2 {
    margin: 0 0 0.5rem;
    padding-inline-end: 2.5rem;
    font-size: 1.375rem;
    line-height: 1.25;
  }
  .message {
    margin: 0 0 1rem;
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

  /* A segmented control that shares the width evenly and fits three labels in a 320 px phone. */
  .frequencies {
    display: flex;
    max-width: 24rem;
    gap: 2px;
    margin-block-end: 0.75rem;
    padding: 2px;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .frequencies button {
    flex: 1 1 0;
    min-height: 36px;
    padding: 0 0.5rem;
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
    gap: 0.5rem;
    margin-block-end: 1rem;
  }
  .tier {
    min-width: 4.5rem;
    min-height: 44px;
    padding: 0 1rem;
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
    min-width: 12rem;
    padding: 0 2rem;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
    text-decoration: none;
  }

  .payment-methods {
    margin-block-start: 0.5rem;
  }

  .remind {
    margin: 1rem 0 0;
    font-size: 0.9375rem;
  }
  .remind button {
    min-height: 24px;
    padding: 0 0.125rem;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
  }

  .close {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
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

  /*
   * The banner: a bar fixed to the bottom of the viewport. Heading and message span it; the
   * frequencies, tiers, button and Remind me later follow in a row that wraps, so a phone gets
   * them stacked. The page makes room for it (room.ts).
   */
  .banner {
    position: fixed;
    inset: auto 0 0;
    z-index: 2147483000;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    max-height: 100vh;
    overflow-y: auto;
    padding-block: 0.75rem;
    border-radius: 0;
  }
  .banner > * {
    margin: 0;
  }
  .banner h2,
  .banner .message {
    flex-basis: 100%;
  }
  .banner h2 {
    font-size: 1.125rem;
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
