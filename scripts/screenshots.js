/**
 * `npm run screenshots`: rewrites the pictures in docs/images/ from the demo page, in headless
 * Chromium (Debian's /usr/bin/chromium through playwright-core; nothing is downloaded).
 *
 * 1. builds dist/ (`npm run build:bundles`), as `npm start` does;
 * 2. starts Vite's dev server on a free port, serving the demo with the element's sources;
 * 3. opens the demo's article page in a fresh browser context (empty localStorage, and
 *    `preview` on), with a campaign of its own, and writes:
 *    - docs/images/appeal-inline.png  the end of the article and the inline appeal with its goal ticker, 1000 px wide;
 *    - docs/images/appeal-banner.png  the window with variant="banner", at the bottom of the view;
 *    - docs/images/appeal-phone.png   a 375 px wide phone view of the appeal.
 *
 * Each picture is taken at twice the pixel density, or at 1x when that would exceed MAX_BYTES.
 * The browser and the server are always closed; any failure exits with status 1.
 *
 * Options: --no-build skips step 1 (the demo page itself runs on the sources).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'images');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const MAX_BYTES = 300 * 1024;
/** The whole run; a hung browser or server must not hang CI. */
const OVERALL_TIMEOUT = 120_000;
/** Each wait and action in the page. */
const STEP_TIMEOUT = 20_000;

/** A campaign of its own, so nothing a person did on the demo can hide the appeal. */
const QUERY = 'campaign=screenshots&preview';

/** The appeal alone, with a margin of the page around it. */
async function appealAlone(page, scale) {
  const appeal = page.locator('#appeal');
  await appeal.scrollIntoViewIfNeeded();
  const box = await appeal.boundingBox();
  if (!box) throw new Error('the appeal has no box');
  return page.screenshot({ clip: { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 }, scale });
}

const SHOTS = [
  {
    file: 'appeal-inline.png',
    query: `${QUERY}&goal=10000&raised=6420`,
    viewport: { width: 1000, height: 900 },
    /** The last paragraph of the article and the appeal under it. */
    async take(page, scale) {
      const appeal = page.locator('#appeal');
      await appeal.scrollIntoViewIfNeeded();
      const box = await page.evaluate(() => {
        const story = /** @type {HTMLElement} */ (document.querySelector('.story'));
        const paragraphs = story.querySelectorAll(':scope > p');
        const last = /** @type {HTMLElement} */ (paragraphs[paragraphs.length - 1]).getBoundingClientRect();
        const appealBox = /** @type {HTMLElement} */ (document.getElementById('appeal')).getBoundingClientRect();
        const column = story.getBoundingClientRect();
        return {
          x: column.left + scrollX,
          y: last.top + scrollY - 16,
          width: column.width,
          height: appealBox.bottom - last.top + 16 + 24,
        };
      });
      return page.screenshot({ clip: box, fullPage: true, scale });
    },
  },
  {
    file: 'appeal-banner.png',
    query: `${QUERY}&variant=banner`,
    viewport: { width: 1280, height: 720 },
    /** The window as a reader sees it: the article, with the banner fixed to the bottom. */
    async take(page, scale) {
      return page.screenshot({ scale });
    },
  },
  {
    file: 'appeal-compact.png',
    query: `${QUERY}&variant=compact&dismissible`,
    viewport: { width: 1000, height: 900 },
    /** The compact ask alone, with a margin of the page around it. */
    take: appealAlone,
  },
  {
    file: 'appeal-gate.png',
    query: `${QUERY}&variant=gate&preview&sign-in-url=/sign-in`,
    viewport: { width: 1000, height: 900 },
    /** The gate locked, in preview, as an editor sees it: the appeal with "Already a supporter? Sign in". */
    take: appealAlone,
  },
  {
    file: 'appeal-phone.png',
    query: QUERY,
    viewport: { width: 375, height: 760 },
    isMobile: true,
    /** A phone, scrolled so the appeal is in the middle of the screen. */
    async take(page, scale) {
      await page.evaluate(() => document.getElementById('appeal')?.scrollIntoView({ block: 'center' }));
      return page.screenshot({ scale });
    },
  },
];

/** A TCP port nobody is listening on right now. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

/** PNG width and height, from the IHDR chunk. */
const pngSize = (buffer) => `${buffer.readUInt32BE(16)}×${buffer.readUInt32BE(20)}`;

async function shoot(browser, base, shot) {
  let last;
  for (const scale of [2, 1]) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      deviceScaleFactor: scale,
      isMobile: shot.isMobile ?? false,
      hasTouch: shot.isMobile ?? false,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT);
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${base}/demo/index.html?${shot.query}`, { waitUntil: 'load', timeout: STEP_TIMEOUT });
      // Rendered: the support button inside the appeal's shadow root is visible.
      await page.locator('#appeal .cta').waitFor({ state: 'visible' });
      await page.evaluate(() => document.fonts.ready);
      if (errors.length) throw new Error(`the page reported errors: ${errors.join(' | ')}`);
      // The scale option keeps CSS pixels ('css') or takes device pixels ('device').
      last = await shot.take(page, scale === 1 ? 'css' : 'device');
    } finally {
      await context.close();
    }
    if (last.length <= MAX_BYTES) return { buffer: last, scale };
  }
  return { buffer: last, scale: 1, tooBig: true };
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build:bundles'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    if (build.status !== 0) throw new Error(`npm run build:bundles failed (status ${build.status ?? build.signal})`);
  }

  const port = await freePort();
  /** @type {import('vite').ViteDevServer | undefined} */
  let server;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  try {
    server = await createServer({
      root: ROOT,
      logLevel: 'warn',
      clearScreen: false,
      server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null },
    });
    await server.listen();
    const base = `http://127.0.0.1:${port}`;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      timeout: STEP_TIMEOUT,
    });

    await mkdir(OUT, { recursive: true });
    for (const shot of SHOTS) {
      const { buffer, scale, tooBig } = await shoot(browser, base, shot);
      const path = join(OUT, shot.file);
      await writeFile(path, buffer);
      const note = tooBig ? `  (over ${MAX_BYTES / 1024} KB even at 1x)` : '';
      console.log(`wrote ${relative(ROOT, path)}  ${pngSize(buffer)} px at ${scale}x, ${(buffer.length / 1024).toFixed(0)} KB${note}`);
    }
  } finally {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  }
}

const watchdog = setTimeout(() => {
  console.error(`screenshots: gave up after ${OVERALL_TIMEOUT / 1000} s`);
  process.exit(1);
}, OVERALL_TIMEOUT);
watchdog.unref();

main().then(
  () => clearTimeout(watchdog),
  (error) => {
    clearTimeout(watchdog);
    console.error(`screenshots: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  },
);
