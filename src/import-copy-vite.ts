/// <reference types="vite/client" />
import type { Copy } from './copy.js';

/**
 * Imports one language's copy in the demo (`npm start` and `npm run build:demo`), where Vite
 * serves and bundles the TypeScript sources: import.meta.glob names each file of src/locales/
 * (see vite.config.ts; the npm package and the script-tag files have their own forms).
 */
const tables = import.meta.glob<{ default: Copy }>('./locales/*.ts');

export const importCopy = async (language: string): Promise<Copy> => (await tables[`./locales/${language}.ts`]!()).default;
