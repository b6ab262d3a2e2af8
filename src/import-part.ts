/**
 * Imports a part of the appeal that loads on demand: a language's copy (`locales/ru`) or an
 * optional feature (`features/ticker`). This form is for the npm package: a bundler sees each
 * pattern and makes every file its own chunk. The script-tag files use import-part-cdn.ts,
 * the demo import-part-vite.ts (see vite.config.ts).
 */
export const importPart = (path: string): Promise<{ default: unknown }> => {
  const name = path.slice(path.indexOf('/') + 1);
  return path.startsWith('locales/') ? import(`./locales/${name}.js`) : import(`./features/${name}.js`);
};
