// Launchers for the browsers Debian ships, which no web-test-runner launcher finds or starts by
// itself, and nothing here downloads one: Chromium and Firefox ESR through puppeteer-core (which
// speaks WebDriver BiDi to Firefox, so no geckodriver), and WebKitGTK's MiniBrowser through
// WebKitWebDriver, started here, under xvfb-run when there is no X display.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM, FIREFOX, MINIBROWSER, WEBKIT_DRIVER, XVFB_RUN } from './engines.js';
import { startHelper, tempDir } from './processes.js';

/** One launcher per engine name from selectEngines(). */
export async function launchers(engines) {
  const browsers = [];
  if (engines.includes('chromium')) browsers.push(chromium());
  if (engines.includes('firefox')) browsers.push(firefox());
  if (engines.includes('webkit')) browsers.push(await webkit());
  return browsers;
}

function chromium() {
  return chromeLauncher({
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
  });
}

function firefox() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
  });
}

async function webkit() {
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port: await startWebKitWebDriver(),
    path: '/',
    capabilities: {
      browserName: 'MiniBrowser',
      // Without this, webdriverio asks for BiDi and WebKitWebDriver answers
      // "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
}

/** Starts WebKitWebDriver on a free port of 127.0.0.1 and resolves with the port once it answers. */
async function startWebKitWebDriver() {
  const port = await freePort();
  const driver = [WEBKIT_DRIVER, `--port=${port}`, '--host=127.0.0.1'];
  // MiniBrowser has no headless mode. Without a display, xvfb-run gives the driver (and the
  // MiniBrowsers it starts) a virtual one on a free number (-a). Its X authority file goes in a
  // directory of ours (-f): stopping the helpers ends xvfb-run before its own clean-up.
  const [command, ...args] = XVFB_RUN ? [XVFB_RUN, '-a', '-f', join(tempDir('support-appeal-xvfb-'), 'Xauthority'), ...driver] : driver;
  await startHelper('WebKitWebDriver', command, args, {}, async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/status`)).ok;
    } catch {
      return false; // not listening yet
    }
  });
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
