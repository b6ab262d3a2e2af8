// The helper processes a run needs (WebKitWebDriver, under xvfb-run when there is no display):
// web-test-runner's webdriver launcher only connects to a running driver, so the config starts
// one, so that one command does everything, and this module makes sure no helper outlives the
// run, even on Ctrl-C or a failing run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const children = [];
const tempDirs = [];

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

function removeTempDirs() {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The normal end: stop the helpers and wait, so none outlives us. */
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
  removeTempDirs();
}

/** A web-test-runner plugin that stops the helpers once the browsers are closed, before it exits. */
export const stopHelpers = { name: 'stop-helper-processes', serverStop: stopChildren };

// Last resort when web-test-runner did not get to stop (crash, process.exit): Node cannot
// wait here, so only send the signal.
process.on('exit', () => {
  signalChildren('SIGTERM');
  removeTempDirs();
});
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
]) {
  process.on(signal, () => {
    signalChildren('SIGTERM');
    // web-test-runner (SIGINT) and puppeteer also listen and normally exit first; this is the
    // fallback, since having a listener disables Node's default exit-on-signal.
    setTimeout(() => process.exit(128 + number), 3000).unref();
  });
}

/** A fresh directory under the system's temporary one, removed when the helpers stop. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/**
 * Spawns a helper in its own process group, remembered for stopChildren(). Resolves once
 * `ready()` (polled every 100 ms) is true; rejects with the helper's last words when it exits
 * first, or when it is not ready within 20 s.
 */
export async function startHelper(what, command, args, options, ready) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options, detached: true });
  children.push(child);
  let output = '';
  child.stderr?.on('data', (chunk) => {
    output = (output + chunk).slice(-2000); // kept for error messages only
  });
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(`exited (${signal ?? code}): ${output.trim() || 'no output'}`));
    child.once('error', (error) => resolve(error.message));
  });
  let waiting = true;
  const up = (async () => {
    while (waiting) {
      if (await ready()) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const timedOut = new Promise((resolve) => setTimeout(() => resolve('timed out'), 20_000).unref());
  const result = await Promise.race([up, exited, timedOut]).finally(() => (waiting = false));
  if (result !== true) throw new Error(`${what} ${result}`);
  // Once up, it must not be what keeps Node running: web-test-runner decides that.
  child.unref();
  for (const stream of child.stdio) stream?.unref?.();
}
