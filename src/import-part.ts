/**
 * Imports a part of the appeal that loads on demand: a language's copy (`locales/ru`) or an
 * optional feature (`features/ticker`). One literal `import()` per file, in a table, so that
 * every bundler (Vite in dev and build, webpack, esbuild with splitting, Rollup, Next.js) sees
 * each file and makes it a chunk; a computed `import(\`./locales/${name}.js\`)` is invisible to
 * most of them. This form is for the npm package and the demo; the script-tag files, which
 * cannot split, load the same files from beside themselves (import-part-cdn.ts).
 */
const parts: Record<string, () => Promise<{ default: unknown }>> = {
  'locales/ar': () => import('./locales/ar.js'),
  'locales/de': () => import('./locales/de.js'),
  'locales/es': () => import('./locales/es.js'),
  'locales/fa': () => import('./locales/fa.js'),
  'locales/fr': () => import('./locales/fr.js'),
  'locales/he': () => import('./locales/he.js'),
  'locales/hi': () => import('./locales/hi.js'),
  'locales/id': () => import('./locales/id.js'),
  'locales/it': () => import('./locales/it.js'),
  'locales/ja': () => import('./locales/ja.js'),
  'locales/ko': () => import('./locales/ko.js'),
  'locales/nl': () => import('./locales/nl.js'),
  'locales/pl': () => import('./locales/pl.js'),
  'locales/pt': () => import('./locales/pt.js'),
  'locales/ru': () => import('./locales/ru.js'),
  'locales/sv': () => import('./locales/sv.js'),
  'locales/tr': () => import('./locales/tr.js'),
  'locales/uk': () => import('./locales/uk.js'),
  'locales/zh': () => import('./locales/zh.js'),
  'features/banner': () => import('./features/banner.js'),
  'features/cap': () => import('./features/cap.js'),
  'features/compact': () => import('./features/compact.js'),
  'features/custom-amount': () => import('./features/custom-amount.js'),
  'features/extend': () => import('./features/extend.js'),
  'features/gate': () => import('./features/gate.js'),
  'features/history': () => import('./features/history.js'),
  'features/schedule': () => import('./features/schedule.js'),
  'features/supported': () => import('./features/supported.js'),
  'features/target': () => import('./features/target.js'),
  'features/tests': () => import('./features/tests.js'),
  'features/translation': () => import('./features/translation.js'),
  'features/theme': () => import('./features/theme.js'),
  'features/ticker': () => import('./features/ticker.js'),
  'features/warnings': () => import('./features/warnings.js'),
};

/** Rejects for a part that is not in the table (parts.ts turns that into a warning). */
export const importPart = (path: string): Promise<{ default: unknown }> => parts[path]?.() ?? Promise.reject(new Error(`no part ${path}`));
