// Which browser engines a run uses. web-test-runner has no notion of "the engines this machine
// has": this finds Debian's Chromium, Firefox ESR and WebKitGTK, applies BROWSERS, and makes a
// missing engine a skip on a developer's machine but a failure in CI, where a silently skipped
// engine would look like a pass.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const INSTALL_HINT = 'apt-get install -y --no-install-recommends chromium firefox-esr webkit2gtk-driver xvfb xauth';
export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_DRIVER = which('WebKitWebDriver');
/** Gives WebKit a display when there is none (MiniBrowser has no headless mode). */
export const XVFB_RUN = process.env.DISPLAY ? null : which('xvfb-run');

/** Why each engine cannot run here, or null when it can. */
const missing = {
  chromium: isExecutable(CHROMIUM) ? null : `${CHROMIUM} not found`,
  firefox: isExecutable(FIREFOX) ? null : `${FIREFOX} not found`,
  webkit: whyNoWebKit(),
};

function whyNoWebKit() {
  if (!WEBKIT_DRIVER) return 'WebKitWebDriver not found';
  if (!isExecutable(MINIBROWSER)) return `${MINIBROWSER} not found`;
  if (!process.env.DISPLAY && !(XVFB_RUN && which('xauth'))) return 'no DISPLAY, and xvfb-run or xauth not found';
  return null;
}

/**
 * The engines to launch, in a fixed order: those BROWSERS names (comma-separated), or every
 * engine. Throws when none can run, or in CI (`CI` set) when any asked for cannot.
 */
export function selectEngines({ BROWSERS, CI } = process.env) {
  const requested = parseBrowsersEnv(BROWSERS) ?? Object.keys(missing);
  const unavailable = requested.filter((name) => missing[name]);
  const engines = requested.filter((name) => !missing[name]);
  const why = unavailable.map((name) => `${name} (${missing[name]})`).join(', ');
  if (unavailable.length > 0 && CI) {
    throw new Error(`Missing browser engine(s) in CI: ${why}. Install them with: ${INSTALL_HINT}`);
  }
  if (engines.length === 0) {
    throw new Error(`No browser engine to run: ${why}. Install with: ${INSTALL_HINT}`);
  }
  if (unavailable.length > 0) {
    console.log(`[web-test-runner] Skipping ${why}. Install with: ${INSTALL_HINT}`);
  }
  return engines;
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
