/**
 * The dark colours (`theme="dark"`, and `theme="auto"` for readers who prefer dark): loaded on
 * demand (../parts.ts) only by appeals with either theme, before their first render, so a dark
 * appeal never shows light first. If it cannot load, the appeal keeps the light colours, with a
 * warning naming `theme`.
 */

/** Tagged `css` so that the build minifies it as CSS; String.raw keeps the text as written. */
const css = String.raw;
const styles = css`
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
`;

/** The part: its styles. */
export default { styles };
export type Theme = { styles: typeof styles };
