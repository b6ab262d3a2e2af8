import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';
import { minify as terser } from 'terser';
import ts from 'typescript';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * Compacts the templates of src/, whose indentation is for people: css`` loses comments and
 * needless white space, html`` its line breaks and indentation (see compactHtml; no template
 * in src/ holds a <pre>). Template literals are found
 * with TypeScript's parser, so nested templates and `${…}` expressions are left intact.
 */
function compactTemplates(): Plugin {
  return {
    name: 'support-appeal:compact-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/(?:features\/)?[^/]+\.ts$/.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html'].includes(node.tag.text)) {
          const compact = node.tag.text === 'css' ? compactCss : compactHtml;
          const template = node.template;
          const pieces = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const piece of pieces) {
            // The raw text between the delimiters: ` or } before, ` or ${ after.
            const start = piece.getStart(source) + 1;
            const end = piece.getEnd() - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
            edits.push({ start, end, text: compact(code.slice(start, end)) });
          }
          // A feature's css`` is String.raw (features/feature.ts): its text is the template's.
          if (node.tag.text === 'css' && id.includes('/features/')) edits.push({ start: node.tag.getStart(source), end: node.tag.getEnd(), text: '' });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * Folds line breaks and their indentation in HTML text: to nothing next to a tag (between
 * elements, and at the start or end of an element's content), to one space elsewhere (between
 * attributes, between words), which HTML renders the same. Templates in src/ keep any space
 * that matters on one line.
 */
function compactHtml(raw: string): string {
  return raw
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*(<|\/?>)/g, '$1')
    .replace(/\s*\n\s*/g, ' ');
}

/** Strips comments and needless white space from CSS text (about 200 bytes gzip of the bundle). */
function compactCss(body: string): string {
  return (
    body
      .replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g, '')
      .replace(/\s+/g, ' ')
      // Not around ':' in general: in ".a :hover" the space is a descendant combinator.
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
      .replace(/ !important/g, '!important')
      // 0.5rem → .5rem, #ffffff → #fff, [aria-pressed='true'] → [aria-pressed=true]
      .replace(/([^\d.])0\.(\d)/g, '$1.$2')
      .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
      .replace(/='(\w+)'\]/g, '=$1]')
      .trim()
  );
}

/**
 * Minifies each bundle the same way for both formats (Vite leaves whitespace in ES-format
 * library builds): esbuild first, which also shortens the element's private members (names
 * starting with one underscore and a letter; Lit's own minified internals start with `_$` and
 * are kept), then terser's compressor over the result, which finds about 250 bytes gzip more.
 */
function minify(): Plugin {
  return {
    name: 'support-appeal:minify',
    async generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const { code } = await transform(chunk.code, { minify: true, target: 'es2021', mangleProps: /^_[a-zA-Z]/, legalComments: 'none' });
        const smaller = await terser(code, {
          ecma: 2020,
          module: options.format === 'es',
          compress: { passes: 2 },
          format: { comments: false },
        });
        chunk.code = smaller.code ?? code;
      }
    },
  };
}

/** `npm start` prints the server's root address: send it to the demo page. */
function demoAtRoot(): Plugin {
  return {
    name: 'support-appeal:demo-at-root',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/') return next();
        res.writeHead(302, { Location: '/demo/' }).end();
      });
    },
  };
}

/**
 * The demo as a static site: every page in demo/, with relative links so it works from any
 * folder of any static host. The pages that use the classic script load `../dist/…`, so the
 * built CDN files, with their locales/ and features/, are copied next to them (run `npm run build` first; `npm run build:demo` does).
 * The pages land in dist-demo/demo/, as they are served by `npm start`; dist-demo/index.html
 * sends the visitor there.
 */
function demoSite(): UserConfig {
  const pages = readdirSync('demo').filter((name) => name.endsWith('.html'));
  const home = [
    '<!doctype html>',
    '<html lang="en">',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta http-equiv="refresh" content="0; url=demo/index.html">',
    '<link rel="icon" href="data:,">',
    '<title>support-appeal demo</title>',
    '<p><a href="demo/index.html">Open the support-appeal demo</a></p>',
    '</html>',
    '',
  ].join('\n');
  return {
    base: './',
    plugins: [
      {
        name: 'support-appeal:demo-dist',
        generateBundle() {
          const parts = ['locales', 'features'].flatMap((folder) => readdirSync(`dist/${folder}`).map((name) => `${folder}/${name}`));
          const files = ['support-appeal.js', 'support-appeal.iife.js', ...parts];
          for (const name of files) {
            this.emitFile({ type: 'asset', fileName: `dist/${name}`, source: readFileSync(`dist/${name}`) });
          }
          this.emitFile({ type: 'asset', fileName: 'index.html', source: home });
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
function importPartFromCdn(): Plugin {
  return {
    name: 'support-appeal:import-part-cdn',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './import-part.js' && importer?.includes('/src/')) return resolve('src/import-part-cdn.ts');
      return null;
    },
  };
}

/** One build of the CDN files: the same target, CSS compaction and minifier for each. */
function bundle(
  entry: string | Record<string, string>,
  format: 'es' | 'iife',
  outDir: string,
  fileName: string | ((format: string, name: string) => string),
  emptyOutDir: boolean,
): UserConfig {
  return {
    plugins: [importPartFromCdn(), compactTemplates(), minify()],
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
// - `vite build --mode demo` builds the demo as a static site in dist-demo/.
// Lit is inlined in both CDN files. src/ uses no decorators: Vite 8 does not lower standard
// decorators (see the README).
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') return { plugins: [demoAtRoot()] };
  switch (mode) {
    case 'classic':
      return {
        ...bundle('src/embed.ts', 'iife', 'dist', 'support-appeal.iife.js', false),
        // A classic script has no import.meta: src/import-part-cdn.ts reads document.currentScript.
        define: { 'import.meta.url': 'undefined' },
      };
    case 'parts': {
      // dist/locales/<language>.js and dist/features/<feature>.js: ES modules the script-tag files import.
      const entries = Object.fromEntries(
        ['locales', 'features'].flatMap((folder) =>
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
    case 'demo':
      return demoSite();
    default:
      return bundle('src/index.ts', 'es', 'dist', 'support-appeal.js', true);
  }
});
