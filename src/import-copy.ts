import type { Copy } from './copy.js';

/**
 * Imports one language's copy from src/locales/. This form is for the npm package: a bundler
 * sees the pattern and makes each language its own chunk. The script-tag files use
 * import-copy-cdn.ts instead (see vite.config.ts).
 */
export const importCopy = (language: string): Promise<Copy> =>
  import(`./locales/${language}.js`).then((module: { default: Copy }) => module.default);
