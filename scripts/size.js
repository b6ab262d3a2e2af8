#!/usr/bin/env node
// npm run size: the bytes a reader downloads, measured and gated by size-limit (.size-limit.js),
// after `npm run build`. This wrapper stays because size-limit cannot build what it measures
// with the file plugin, nor compare one entry with another, and prints rounded kilobytes: it
// builds the plain-Lit baseline (`vite build --mode baseline`), runs `size-limit --json`, prints
// exact bytes with each script-tag file's excess over the baseline, and exits as size-limit did.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import checks, { BASELINE } from '../.size-limit.js';

/** Where we want the gated file to be; the budget itself is size-limit's `limit`. */
const GOAL = 10 * 1024;

const num = (n) => n.toLocaleString('en-US');
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

// size-limit counts a missing file as 0 bytes (and fails the run without saying which).
const missing = [...new Set(checks.map((check) => check.path))].filter((path) => path !== BASELINE && !existsSync(path));
if (missing.length > 0) {
  console.error(`${missing.join(', ')} missing: run npm run build first.`);
  process.exit(1);
}

execFileSync('npx', ['vite', 'build', '--mode', 'baseline', '--logLevel', 'error'], { stdio: 'inherit' });
const run = spawnSync('npx', ['size-limit', '--json'], { encoding: 'utf8' });
const results = JSON.parse(run.stdout);
if (!Array.isArray(results)) {
  console.error(results.error);
  process.exit(1);
}

/** One row per file: its three measures, in the config's order. */
const rows = new Map();
checks.forEach((check, i) => {
  const measure = check.gzip ? 'gzip' : check.brotli === false ? 'min' : 'brotli';
  const row = rows.get(check.path) ?? { name: check.path === BASELINE ? 'plain Lit element (baseline)' : check.path };
  rows.set(check.path, { ...row, [measure]: results[i].size, ...(check.gzip && { result: results[i] }) });
});
const baseline = rows.get(BASELINE);

const width = Math.max(...[...rows.values()].map((row) => row.name.length));
console.log(`${'file'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip -9'.padStart(9)}  ${'brotli'.padStart(9)}  over baseline (gzip)`);
for (const [path, row] of rows) {
  const scriptTag = path !== BASELINE && !/\/(locales|features)\//.test(path);
  const extra = scriptTag ? `+${num(row.gzip - baseline.gzip)} B (${(row.gzip / baseline.gzip).toFixed(2)}×)` : '';
  console.log(`${row.name.padEnd(width)}  ${[row.min, row.gzip, row.brotli].map((n) => num(n).padStart(9)).join('  ')}  ${extra}`);
}

for (const { name, result } of rows.values()) {
  if (result?.sizeLimit === undefined) continue;
  const verdict = `${name}: ${num(result.size)} B gzip (${kb(result.size)}) of a ${num(result.sizeLimit)} B budget; goal ${kb(GOAL)}`;
  if (result.passed) console.log(`\nWithin budget, ${num(result.sizeLimit - result.size)} B to spare. ${verdict}.`);
  else console.error(`\nOVER BUDGET by ${num(result.size - result.sizeLimit)} B. ${verdict}.`);
}
process.exit(run.status ?? 1);
