#!/usr/bin/env node
// npm run consumer:apps: builds one small app per bundler from the packed package, as sites
// build theirs, into test/consumer/apps/dist/<bundler>/, where test/consumer/apps.test.ts opens
// each in the browsers. The app (test/consumer/apps/page.html and main.js) imports
// 'support-appeal' by name, so the bundler must find the package's languages and features itself:
// a computed import() that it cannot see would leave them out (404, English, no ticker).
//  - vite: `vite build`, the bundler of most new front ends (React, Vue, Svelte, Astro templates);
//  - esbuild: `--bundle --splitting --format=esm`;
//  - webpack: webpack 5 in production mode, its defaults otherwise;
//  - react: a React 19 app built with `vite build`, with an onsupport-appeal-checkout handler;
//  - the Vite dev server, checked here in Node: it serves the app, pre-bundles the package into
//    its deps cache, and must serve every module the app reaches from there, the German copy and
//    both features included (a computed import() used to be looked for in the cache: 404);
//  - ssr: the same kind of page rendered on the server with @lit-labs/ssr (in this Node
//    process, touching no document, window or localStorage), and a client bundle (esbuild) with
//    Lit's hydrate support that takes the markup over in the browser.
// Run `npm run pack:check` first: it unpacks the package into test/consumer/node_modules/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as vite, createServer } from 'vite';
import webpack from 'webpack';

const APPS = resolve('test/consumer/apps');
const OUT = join(APPS, 'dist');
if (!existsSync('test/consumer/node_modules/support-appeal/package.json')) {
  console.error('consumer:apps: the packed package is missing from test/consumer/node_modules/: run npm run pack:check first.');
  process.exit(1);
}
rmSync(OUT, { recursive: true, force: true });

/** The app's sources in a folder of their own under test/consumer/, so that they resolve the packed package. */
function source(name, main) {
  const dir = mkdtempSync(join(APPS, `.${name}-`));
  cpSync(join(APPS, 'page.html'), join(dir, 'index.html'));
  cpSync(join(APPS, main), join(dir, 'main.js'));
  return dir;
}

/** esbuild with code splitting, as a site's build script calls it, and the page beside. */
async function esbuildApp(root, outdir) {
  mkdirSync(outdir, { recursive: true });
  await esbuild({ entryPoints: [join(root, 'main.js')], bundle: true, splitting: true, format: 'esm', outdir, logLevel: 'warning' });
  cpSync(join(root, 'index.html'), join(outdir, 'index.html'));
}

/** The modules a page's script reaches through the dev server: their URLs and text; fails on any that is not served. */
async function crawl(start) {
  const texts = new Map();
  const queue = [start];
  while (queue.length) {
    const url = queue.shift();
    if (texts.has(url)) continue;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the Vite dev server answered ${response.status} for ${url}`);
    const text = await response.text();
    texts.set(url, text);
    // Static and dynamic imports with a literal specifier: what the browser would fetch next.
    for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([./][^"']*)["']/g)) {
      queue.push(new URL(specifier, url).href);
    }
  }
  return texts;
}

/**
 * Each build gets the app's sources (`main`, the app's script; page.html as index.html) in a
 * folder of its own, removed afterwards, and writes into test/consumer/apps/dist/<name>/.
 */
const builds = {
  vite: {
    // The config a new app has: none. base './' only so the built files work from this folder.
    run: (root, outDir) => vite({ root, base: './', configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } }),
  },
  react: {
    main: 'react-main.js',
    async run(root, outDir) {
      // React renders into #root: the page's own appeal makes way for the app's.
      const page = readFileSync(join(root, 'index.html'), 'utf8').replace(/<support-appeal[\s\S]*<\/support-appeal>/, '<div id="root"></div>');
      writeFileSync(join(root, 'index.html'), page);
      await vite({ root, base: './', configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    },
  },
  webpack: {
    async run(root, outdir) {
      const stats = await new Promise((done, fail) =>
        webpack({ mode: 'production', context: root, entry: './main.js', output: { path: outdir, filename: 'main.js', publicPath: './' } }).run(
          (error, result) => (error ? fail(error) : done(result)),
        ),
      );
      if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
      cpSync(join(root, 'index.html'), join(outdir, 'index.html'));
    },
  },
  esbuild: { run: esbuildApp },
  'vite dev server': {
    async run(root) {
      // A cache of its own, so that no earlier run's pre-bundled package is served.
      const server = await createServer({
        root,
        cacheDir: join(root, '.vite'),
        configFile: false,
        logLevel: 'warn',
        server: { host: '127.0.0.1', port: 0 },
      });
      try {
        await server.listen();
        const crawled = await crawl(new URL('main.js', server.resolvedUrls.local[0]).href);
        const texts = [...crawled.values()].join('\n');
        const missing = Object.entries({
          'the German copy': 'Wir haben eine kleine Bitte',
          'the ticker': 'progressbar',
          'the Other field': 'id="amount"',
        })
          .filter(([, needle]) => !texts.includes(needle))
          .map(([what]) => what);
        if (missing.length) throw new Error(`the Vite dev server never reached ${missing.join(', ')} from the app`);
      } finally {
        await server.close();
      }
    },
  },
  ssr: {
    main: 'ssr-client.js',
    async run(root, outdir) {
      await esbuildApp(root, outdir);
      // Last, as it loads Lit's server build (and its DOM shim) into this process.
      const { render } = await import('@lit-labs/ssr');
      const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
      const { html } = await import('lit');
      await import(resolve('test/consumer/node_modules/support-appeal/lib/index.js'));
      const appeals = await collectResult(
        render(html`
          <support-appeal id="plain" campaign="ssr-plain" currency="EUR" goal="10000" raised="6420" custom-amount checkout-url="/give?a={amount}"></support-appeal>
          <support-appeal id="slotted" campaign="ssr-slotted"><p>Unsere eigenen Worte.</p></support-appeal>
          <support-appeal id="snoozed" campaign="ssr-snoozed"></support-appeal>
        `),
      );
      const page = readFileSync(join(APPS, 'page.html'), 'utf8')
        .replace(/<support-appeal[\s\S]*<\/support-appeal>/, appeals)
        // A reader who snoozed one of them last week, before the client's script runs.
        .replace(
          '<script type="module"',
          `<script>localStorage.setItem('support-appeal:ssr-snoozed', JSON.stringify({ v: 1, at: Date.now(), reason: 'snooze', until: Date.now() + 86400000 }));</script>\n    <script type="module"`,
        );
      writeFileSync(join(outdir, 'index.html'), page);
    },
  },
};

for (const [name, { main = 'main.js', run }] of Object.entries(builds)) {
  const started = Date.now();
  const root = source(name.replaceAll(' ', '-'), main);
  try {
    await run(root, join(OUT, name));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  console.log(
    `consumer:apps: ${name} ${name.includes(' ') ? 'served every module' : `built into ${join('test/consumer/apps/dist', name)}`} (${Date.now() - started} ms)`,
  );
}
