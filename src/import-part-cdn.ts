/**
 * Imports a part of the appeal that loads on demand (`locales/ru`, `features/ticker`) for the
 * script-tag files: `<path>.js` next to the script itself (dist/locales/ and dist/features/,
 * built by `vite build --mode parts`), wherever the page loads it from. A classic script knows
 * its URL only while it first runs, so it is read here, once.
 */
const here = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;

// The path is one of the parts' own names (locales/de, features/ticker: copy.ts and the parts
// controller name them), never text from the page.
// eslint-disable-next-line no-unsanitized/method
export const importPart = (path: string): Promise<{ default: unknown }> => import(/* @vite-ignore */ new URL(`${path}.js`, here).href);
