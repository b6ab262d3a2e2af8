import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { minify as terser } from 'terser';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/** What loads on demand: src/locales/*.ts and src/features/*.ts, built into dist/ beside the script-tag files. */
const PART_FOLDERS = ['locales', 'features'];

/**
 * Minifies each bundle the same way for both formats: esbuild first, which also shortens the
 * private members, the element's (one underscore and a letter) and Lit's own (`_$AH`,
 * `_$litType$`: 84 B gzip; each file bundles its own Lit, which nothing outside it reads, so
 * Lit's SSR hydrate support works with the npm package, not with these files), then terser's
 * compressor, which finds about 250 B gzip more. Vite's
 * own `minify: 'terser'` with the same options was measured at +71 B gzip on the classic file,
 * over the budget, so this step stays.
 */
function minify(): Plugin {
  return {
    name: 'support-appeal:minify',
    async generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const { code } = await transform(chunk.code, { minify: true, target: 'es2021', mangleProps: /^_[a-zA-Z$]/, legalComments: 'none' });
        const compressed = await terser(code, {
          ecma: 2020,
          module: options.format === 'es',
          compress: { passes: 2, keep_fargs: false, unsafe_arrows: true },
          format: { comments: false },
        });
        chunk.code = compressed.code ?? code;
      }
    },
  };
}

/** `npm start` prints the server's root address: send it to the demo page. */
const demoAtRoot: Plugin = {
  name: 'support-appeal:demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => (req.url === '/' ? res.writeHead(302, { Location: '/demo/' }).end() : next()));
  },
};

/**
 * The demo as a static site in dist-demo/: every page of demo/, with relative links, for any
 * static host. Its pages that use the classic script load `../dist/…`, so the built script-tag
 * files and their parts are copied beside them (`npm run build:demo` builds them first);
 * dist-demo/index.html sends the visitor to dist-demo/demo/.
 */
function demoSite(): UserConfig {
  const pages = readdirSync('demo').filter((name) => name.endsWith('.html'));
  const home =
    '<!doctype html>\n<html lang="en">\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta http-equiv="refresh" content="0; url=demo/index.html">\n<link rel="icon" href="data:,">\n<title>support-appeal demo</title>\n' +
    '<p><a href="demo/index.html">Open the support-appeal demo</a></p>\n</html>\n';
  const copied = [
    'support-appeal.js',
    'support-appeal.iife.js',
    ...PART_FOLDERS.flatMap((folder) => readdirSync(`dist/${folder}`).map((name) => `${folder}/${name}`)),
  ];
  return {
    base: './',
    plugins: [
      {
        name: 'support-appeal:demo-dist',
        generateBundle() {
          for (const name of copied) this.emitFile({ type: 'asset', fileName: `dist/${name}`, source: readFileSync(`dist/${name}`) });
          this.emitFile({ type: 'asset', fileName: 'index.html', source: home });
          // The configurator's live ticker (goal-src="./figures.json").
          this.emitFile({ type: 'asset', fileName: 'demo/figures.json', source: readFileSync('demo/figures.json') });
        },
      },
    ],
    build: {
      outDir: 'dist-demo',
      emptyOutDir: true,
      rolldownOptions: { input: Object.fromEntries(pages.map((name) => [name.slice(0, -5), `demo/${name}`])) },
    },
  };
}

/**
 * The script-tag files cannot split into chunks: they load the parts that load on demand (each
 * language's copy, each optional feature) from dist/locales/ and dist/features/ next to
 * themselves (src/import-part-cdn.ts), in place of src/import-part.ts, the table of imports the
 * npm package and the demo use.
 */
const importPartFromCdn: Plugin = {
  name: 'support-appeal:import-part-cdn',
  enforce: 'pre',
  resolveId: (source, importer) => (source === './import-part.js' && importer?.includes('/src/') ? resolve('src/import-part-cdn.ts') : null),
};

/** One build of the script-tag files: the same target, template minification and minifier for each. */
function bundle(
  entry: string | Record<string, string>,
  format: 'es' | 'iife',
  outDir: string,
  fileName: string | ((format: string, name: string) => string),
  emptyOutDir: boolean,
): UserConfig {
  return {
    // minify-literals: the templates' HTML and CSS, whose indentation and comments are for people.
    // Unquoted attribute values where HTML allows them (`part=cta`, `href=${…}`): Lit reads both.
    plugins: [
      importPartFromCdn,
      minifyTemplateLiterals({ include: 'src/**/*.ts', exclude: 'src/style-sheet.ts', options: { minifyOptions: { removeAttributeQuotes: true } } }),
      minify(),
    ],
    // Lit without LitElement's hooks for SSR hydration and polyfills (src/lit-cdn.ts); the
    // baseline, a plain Lit element, keeps Lit as it is.
    // No server's view: these files cannot hydrate server-rendered markup (src/support-appeal.ts).
    define: { __HYDRATES__: 'false' },
    resolve: { alias: typeof entry === 'string' && entry.startsWith('scripts/') ? [] : [{ find: /^lit$/, replacement: resolve('src/lit-cdn.ts') }] },
    build: {
      target: 'es2021',
      outDir,
      emptyOutDir,
      minify: false,
      // No Symbol.toStringTag on the namespace objects of the parts' modules: nothing reads it.
      rolldownOptions: { output: { generatedCode: { symbols: false } } },
      lib: { entry, name: 'SupportAppeal', formats: [format], fileName: typeof fileName === 'string' ? () => fileName : fileName },
    },
  };
}

// One config, one job per mode:
// - `vite` (npm start) serves the demo pages in demo/, importing the element's source;
// - `vite build` emits dist/support-appeal.js, the ES module for <script type="module">;
// - `vite build --mode classic` adds dist/support-appeal.iife.js, the classic script for CMS
//   templates, which also carries one-tag mode (src/embed.ts);
// - `vite build --mode parts` writes dist/locales/<language>.js, the built-in copy of each
//   language but English, and dist/features/<feature>.js, the optional features, which the
//   two files above load on demand;
// - `vite build --mode baseline` builds a plain Lit element the same way, for `npm run size`;
// - `vite build --mode peer` builds the benchmark's lighter peer (scripts/size-peer.ts) the same way;
// - `vite build --mode floor` builds the benchmark's floor for memory (scripts/size-floor.ts) the same way;
// - `vite build --mode demo` builds the demo as a static site in dist-demo/.
// Lit is inlined in both CDN files. src/ uses no decorators: Vite 8 does not lower standard
// decorators (see the README).
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') return { plugins: [demoAtRoot] };
  switch (mode) {
    case 'classic':
      return {
        ...bundle('src/embed.ts', 'iife', 'dist', 'support-appeal.iife.js', false),
        // A classic script has no import.meta: src/import-part-cdn.ts reads document.currentScript.
        define: { 'import.meta.url': 'undefined', __HYDRATES__: 'false' },
      };
    case 'parts': {
      // dist/locales/<language>.js and dist/features/<feature>.js: ES modules the script-tag files import.
      const entries = Object.fromEntries(
        PART_FOLDERS.flatMap((folder) =>
          readdirSync(`src/${folder}`)
            // features/feature.ts holds only types.
            .filter((name) => name !== 'feature.ts')
            .map((name) => [`${folder}/${name.replace(/\.ts$/, '')}`, `src/${folder}/${name}`]),
        ),
      );
      const parts = bundle(entries, 'es', 'dist', (_, name) => `${name}.js`, false);
      // What two features share (the readers of parse.ts) loads from beside them.
      parts.build!.rolldownOptions!.output = { ...parts.build!.rolldownOptions!.output, chunkFileNames: 'features/[name]-[hash].js' };
      return parts;
    }
    case 'baseline':
      return bundle('scripts/size-baseline.ts', 'iife', 'node_modules/.cache/size-baseline', 'plain-lit.iife.js', true);
    case 'peer':
      return bundle('scripts/size-peer.ts', 'iife', 'node_modules/.cache/size-peer', 'relative-time.iife.js', true);
    case 'floor':
      return bundle('scripts/size-floor.ts', 'iife', 'node_modules/.cache/size-floor', 'floor.iife.js', true);
    case 'demo':
      return demoSite();
    default:
      return bundle('src/index.ts', 'es', 'dist', 'support-appeal.js', true);
  }
});
