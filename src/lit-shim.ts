/**
 * The three pieces of Lit that the optional features (src/features/) use, for their script-tag
 * builds (dist/features/), which must not carry a second copy of Lit: the appeal's own Lit
 * renders their templates. A template result is a plain object marked with `_$litType$`, the
 * form every Lit 2 and 3 renders whichever copy made it, and `nothing` is a registered symbol.
 * vite.config.ts points the features' `lit` import here; the npm package's features import
 * Lit itself.
 */
export const html = (strings: TemplateStringsArray, ...values: unknown[]) => ({ ['_$litType$']: 1, strings, values });

export const nothing = Symbol.for('lit-nothing');

/** The styles as a constructed style sheet, which the appeal adopts into its shadow root. */
export const css = (strings: TemplateStringsArray, ...values: unknown[]) => {
  const styleSheet = new CSSStyleSheet();
  styleSheet.replaceSync(String.raw(strings, ...values));
  return { styleSheet };
};
