// Runs test/**/*.test.ts in Chromium, Firefox ESR and WebKit (WebKitGTK), all from Debian's apt.
// Nothing here downloads a browser. See /work/shared/TOOLCHAIN.md for why each piece is set up
// the way it is.
//
//   npx web-test-runner                     every engine that is installed
//   BROWSERS=webkit npx web-test-runner     a subset (comma-separated: chromium,firefox,webkit)
//   CI=1 npx web-test-runner                all three, or fail loudly if one is missing
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const INSTALL_HINT =
  'apt-get install -y --no-install-recommends chromium firefox-esr webkit2gtk-driver xvfb xauth';
const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = which('WebKitWebDriver');
const XVFB = which('Xvfb');
const CI = Boolean(process.env.CI);

// ---------------------------------------------------------------------------------------------
// Which engines to run

/** Why each engine cannot run here, or null when it can. */
const missing = {
  chromium: isExecutable(CHROMIUM) ? null : `${CHROMIUM} not found`,
  firefox: isExecutable(FIREFOX) ? null : `${FIREFOX} not found`,
  webkit: whyNoWebKit(),
};

function whyNoWebKit() {
  if (!WEBKIT_DRIVER) return 'WebKitWebDriver not found';
  if (!isExecutable(MINIBROWSER)) return `${MINIBROWSER} not found`;
  if (!process.env.DISPLAY && !XVFB) return 'no DISPLAY and Xvfb not found';
  return null;
}

const requested = parseBrowsersEnv(process.env.BROWSERS) ?? Object.keys(missing);
const unavailable = requested.filter((name) => missing[name]);
const engines = requested.filter((name) => !missing[name]);
const why = unavailable.map((name) => `${name} (${missing[name]})`).join(', ');

if (unavailable.length > 0 && CI) {
  // In CI a silently skipped engine would look like a pass.
  throw new Error(`Missing browser engine(s) in CI: ${why}. Install them with: ${INSTALL_HINT}`);
}
if (engines.length === 0) {
  throw new Error(`No browser engine to run: ${why}. Install with: ${INSTALL_HINT}`);
}
if (unavailable.length > 0) {
  console.log(`[web-test-runner] Skipping ${why}. Install with: ${INSTALL_HINT}`);
}

// ---------------------------------------------------------------------------------------------
// Helper processes (Xvfb, WebKitWebDriver): started here so that one command does everything,
// and always stopped with us, even on Ctrl-C or a failing run.

const children = [];

/** Signals every helper; each leads its own process group, which also holds MiniBrowser etc. */
function signalChildren(signal) {
  for (const child of children) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}

/** The normal end (see the plugin below): stop the helpers and wait, so none outlives us. */
async function stopChildren() {
  const running = children.filter((child) => child.pid && child.exitCode === null && child.signalCode === null);
  const gone = Promise.all(
    running.map((child) => {
      child.ref(); // else Node may run out of work and exit with status 0 before the test result
      return new Promise((resolve) => child.once('exit', resolve));
    }),
  );
  signalChildren('SIGTERM');
  const stubborn = setTimeout(() => signalChildren('SIGKILL'), 3000);
  await gone;
  clearTimeout(stubborn);
  children.length = 0;
}

// Last resort when web-test-runner did not get to stop (crash, process.exit): Node cannot
// wait here, so only send the signal.
process.on('exit', () => signalChildren('SIGTERM'));
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.on(signal, () => {
    signalChildren('SIGTERM');
    // web-test-runner (SIGINT) and puppeteer also listen and normally exit first; this is the
    // fallback, since having a listener disables Node's default exit-on-signal.
    setTimeout(() => process.exit(128 + number), 3000).unref();
  });
}

const browsers = [];

if (engines.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore, // the same puppeteer-core; only makes the label read "Chromium"
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox', // root in a container has no user namespaces for the sandbox
          '--headless',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage', // /dev/shm is tiny in containers
        ],
      },
      // Pages sharing one context time out in fixture tests once pages run in parallel.
      createPage: ({ browser }) => browser.createBrowserContext().then((context) => context.newPage()),
    }),
  );
}

if (engines.includes('firefox')) {
  // puppeteer speaks WebDriver BiDi to Firefox itself: no geckodriver, nothing downloaded.
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  );
}

if (engines.includes('webkit')) {
  // MiniBrowser has no headless mode: it needs an X display.
  const display = process.env.DISPLAY || (await startXvfb());
  const port = await startWebKitWebDriver(display);
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        // Without this, webdriverio asks for BiDi and WebKitWebDriver answers
        // "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
  );
}

// ---------------------------------------------------------------------------------------------

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [withoutLocales, strictPolicy],
  plugins: [
    // A concrete target makes esbuild lower decorators; 'auto' hands them to the browser as-is.
    esbuildPlugin({ ts: true, target: 'es2022' }),
    // Runs once the browsers are closed, before web-test-runner exits.
    { name: 'stop-helper-processes', serverStop: stopChildren },
    emulateMediaCommand(),
  ],
  browsers,
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

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Serves dist/'s script-tag files under /test/without-locales/, a folder with no locales/ or
 * features/ beside them, for the tests of parts that fail to load.
 */
function withoutLocales(context, next) {
  const path = context.path;
  if (path.startsWith('/test/without-locales/support-appeal')) context.url = `/dist/${path.slice('/test/without-locales/'.length)}`;
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
  if (/^\/test\/fixtures\/csp-[\w-]+\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_POLICY);
}

/**
 * Media features a test can ask for where the browser's protocol can emulate them: Chromium,
 * through the DevTools protocol. `executeServerCommand('emulate-media-features', { 'forced-colors':
 * 'active' })` (or `'prefers-color-scheme': 'dark'`) resolves to true there, and to false in
 * engines whose driver cannot (Firefox over BiDi, WebKit over WebDriver), so a test checks
 * what the engine does report instead. Unlike @web/test-runner-commands' emulateMedia, it has
 * forced-colors, and it does not log an error where it cannot work. `{ media: 'print' }` emulates
 * printing.
 */
function emulateMediaCommand() {
  return {
    name: 'emulate-media-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browser.name !== 'Chromium') return false;
      const client = await page.createCDPSession();
      // `media: 'print'` emulates the print medium; the other entries are media features.
      const { media = '', ...rest } = payload ?? {};
      const features = Object.entries(rest).map(([name, value]) => ({ name, value }));
      await client.send('Emulation.setEmulatedMedia', { media, features });
      return true;
    },
  };
}

/**
 * Ends the run with one plain line, "N passed, N failed" (and ", N skipped" when there are
 * any), counted over every test in every engine: web-test-runner's own summary does not say
 * how many tests ran. A test file that failed to load counts as one failure.
 */
function totalsReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const count = (suite) => {
        for (const test of suite?.tests ?? []) totals[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        for (const child of suite?.suites ?? []) count(child);
      };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults);
        if (!session.passed && totals.failed === before) totals.failed++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // After web-test-runner's own last words: its terminal swallows console output until then.
      process.once('exit', () => process.stdout.write(`${totals.passed} passed, ${totals.failed} failed${skipped}\n`));
    },
  };
}

function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, command);
    if (dir && isExecutable(path)) return path;
  }
  return null;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `BROWSERS=chromium,webkit` → ['chromium', 'webkit']; unset or empty → undefined. */
function parseBrowsersEnv(value) {
  const names = (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (names.length === 0) return undefined;
  const unknown = names.filter((name) => !(name in missing));
  if (unknown.length > 0) {
    throw new Error(`BROWSERS: unknown engine(s) ${unknown.join(', ')}; use chromium, firefox, webkit.`);
  }
  return Object.keys(missing).filter((name) => names.includes(name));
}

/** Spawns a helper in its own process group, remembered for stopChildren(). */
function spawnChild(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  children.push(child);
  let output = '';
  child.stderr?.on('data', (chunk) => {
    output = (output + chunk).slice(-2000); // kept for error messages only
  });
  return { child, output: () => output.trim() };
}

/** Once a helper is up, it must not be what keeps Node running: web-test-runner decides that. */
function release(child) {
  child.unref();
  for (const stream of child.stdio) stream?.unref?.();
}

/** Resolves when `child` exits, with a message; never resolves if it keeps running. */
function exited(child, output) {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(`exited (${signal ?? code}): ${output() || 'no output'}`));
    child.once('error', (error) => resolve(error.message));
  });
}

function timeout(ms, what) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} timed out`)), ms).unref());
}

/** Starts Xvfb on the first free display from :99 down and returns e.g. ':99'. */
async function startXvfb() {
  for (let n = 99; n >= 10; n--) {
    // A socket or lock file means another X server has (or had) this display.
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const { child, output } = spawnChild(
      XVFB,
      [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-displayfd', '3'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    // Xvfb writes the display number to fd 3 once it accepts clients: no polling, no sleep.
    const ready = new Promise((resolve) => child.stdio[3].once('data', () => resolve(true)));
    const result = await Promise.race([ready, exited(child, output), timeout(20_000, 'Starting Xvfb')]);
    if (result === true) {
      release(child);
      return `:${n}`;
    }
    // Lost a race for this display to another X server: try the next one.
    if (!/already (active|running)/i.test(result)) {
      throw new Error(`Xvfb on :${n} ${result}`);
    }
  }
  throw new Error('Xvfb: no free display between :10 and :99');
}

/** Starts WebKitWebDriver on a free port of 127.0.0.1 and resolves with the port once it answers. */
async function startWebKitWebDriver(display) {
  const port = await freePort();
  const { child, output } = spawnChild(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISPLAY: display },
  });
  let waiting = true;
  const ready = (async () => {
    while (waiting) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`);
        if (response.ok) return true;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const result = await Promise.race([ready, exited(child, output), timeout(20_000, 'Starting WebKitWebDriver')]).finally(
    () => (waiting = false),
  );
  if (result !== true) throw new Error(`WebKitWebDriver ${result}`);
  release(child);
  return port;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
