// Runs test/**/*.test.ts in Chromium, Firefox ESR and WebKit (WebKitGTK), all from Debian's apt.
// Nothing here downloads a browser. What no library does for us is in test/runner/: finding the
// engines (engines.js), launching them (launchers.js, with WebKitWebDriver under xvfb-run when
// there is no display; processes.js stops it), media emulation (media.js), the totals line
// (reporter.js).
//
//   npx web-test-runner                     every engine that is installed
//   BROWSERS=webkit npx web-test-runner     a subset (comma-separated: chromium,firefox,webkit)
//   CI=1 npx web-test-runner                all three, or fail loudly if one is missing
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { selectEngines } from './test/runner/engines.js';
import { launchers } from './test/runner/launchers.js';
import { emulateMediaCommand } from './test/runner/media.js';
import { stopHelpers } from './test/runner/processes.js';
import { totalsReporter } from './test/runner/reporter.js';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [withoutLocales, strictPolicy],
  plugins: [
    // A concrete target makes esbuild lower decorators; 'auto' hands them to the browser as-is.
    esbuildPlugin({ ts: true, target: 'es2022' }),
    // Runs once the browsers are closed, before web-test-runner exits.
    stopHelpers,
    emulateMediaCommand(),
  ],
  browsers: await launchers(selectEngines()),
  reporters: [defaultReporter(), totalsReporter()],
  // Lit's development build runs in tests for its extra checks; its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Two cores: one test file per browser at a time, the three browsers side by side.
  concurrency: 1,
  concurrentBrowsers: 3,
  // Three browsers starting at once on two cores, plus Xvfb, can be slow.
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 5000 } },
};

/**
 * Serves dist/'s script-tag files under /test/without-locales/, a folder with no locales/ or
 * features/ beside them, for the tests of parts that fail to load.
 */
function withoutLocales(context, next) {
  const path = context.path;
  if (path.startsWith('/test/without-locales/support-appeal')) {
    context.url = `/dist/${path.slice('/test/without-locales/'.length)}`;
  }
  return next();
}

/** The strict policy the README promises the appeal runs under, with nothing added for it. */
const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Serves the security suite's pages (test/fixtures/csp-*.html) with STRICT_POLICY as a real
 * Content-Security-Policy header, as a site's server would send it.
 */
async function strictPolicy(context, next) {
  await next();
  if (/^\/test\/fixtures\/csp-[\w-]+\.html$/.test(context.path)) {
    context.set('Content-Security-Policy', STRICT_POLICY);
  }
}
