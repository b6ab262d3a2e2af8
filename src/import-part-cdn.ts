/**
 * Imports a part of the appeal that loads on demand (`locales/ru`, `features/ticker`) for the
 * script-tag files: `<path>.js` next to the script itself (dist/locales/ and dist/features/,
 * built by `vite build --mode parts`), wherever the page loads it from. A classic script knows
 * its URL only while it first runs, so it is read here, once.
 */
const here = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;

export const importPart = (path: string): Promise<{ default: unknown }> => import(/* @vite-ignore */ new URL(`${path}.js`, here).href);
