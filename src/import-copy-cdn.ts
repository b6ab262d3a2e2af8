import type { Copy } from './copy.js';

/**
 * Imports one language's copy for the script-tag files: `locales/<language>.js` next to the
 * script itself (dist/locales/, built by `vite build --mode locales`), wherever the page loads
 * it from. A classic script knows its URL only while it first runs, so it is read here, once.
 */
const here = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;

export const importCopy = (language: string): Promise<Copy> =>
  import(/* @vite-ignore */ new URL(`locales/${language}.js`, here).href).then((module: { default: Copy }) => module.default);
