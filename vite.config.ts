import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

/**
 * Strips comments and collapses white space in the css`` templates of src/: indentation is
 * for people (about 200 bytes gzip of the bundle). html`` templates are left alone: their
 * white space is a few bytes and can be significant between inline elements.
 */
function compactCss(): Plugin {
  return {
    name: 'support-appeal:compact-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/[^/]+\.ts$/.test(id)) return null;
      return code.replace(/\bcss`([^`]*)`/g, (_, body: string) => {
        const compact = body
          .replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g, '')
          .replace(/\s+/g, ' ')
          // Not around ':' in general: in ".a :hover" the space is a descendant combinator.
          .replace(/ ?([{};,>]) ?/g, '$1')
          .replace(/: /g, ':')
          .replace(/;}/g, '}');
        return `css\`${compact.trim()}\``;
      });
    },
  };
}

/**
 * Minifies each bundle with esbuild, the same way for both formats (Vite leaves whitespace in
 * ES-format library builds), and shortens the element's private members: names starting with
 * one underscore and a letter. Lit's own minified internals start with `_$` and are kept.
 */
function minify(): Plugin {
  return {
    name: 'support-appeal:minify',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = (await transform(chunk.code, { minify: true, target: 'es2021', mangleProps: /^_[a-zA-Z]/, legalComments: 'none' })).code;
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

// One config, two jobs:
// - `vite` (npm start) serves the demo page, demo/index.html, importing the element's source;
// - `vite build` emits the two script-tag bundles with Lit inlined: an ES module and a classic
//   IIFE for CMS templates that cannot use type="module".
// src/ uses no decorators: Vite 8 does not lower standard decorators (see the README).
export default defineConfig(({ command }) =>
  command === 'serve'
    ? { plugins: [demoAtRoot()] }
    : {
        plugins: [compactCss(), minify()],
        build: {
          target: 'es2021',
          outDir: 'dist',
          emptyOutDir: true,
          minify: false,
          lib: {
            entry: 'src/index.ts',
            name: 'SupportAppeal',
            formats: ['es', 'iife'],
            fileName: (format) => (format === 'es' ? 'support-appeal.js' : 'support-appeal.iife.js'),
          },
        },
      },
);
