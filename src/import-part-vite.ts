/// <reference types="vite/client" />

/**
 * Imports a part of the appeal that loads on demand (`locales/ru`, `features/ticker`) in the
 * demo (`npm start` and `npm run build:demo`), where Vite serves and bundles the TypeScript
 * sources: import.meta.glob names each file (see vite.config.ts; the npm package and the
 * script-tag files have their own forms).
 */
const parts = import.meta.glob<{ default: unknown }>(['./locales/*.ts', './features/*.ts']);

export const importPart = (path: string): Promise<{ default: unknown }> => parts[`./${path}.ts`]!();
