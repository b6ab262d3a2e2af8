#!/usr/bin/env node
// npm run size: the bytes a reader downloads. Prints the minified and gzip (level 9) size of
// each file in dist/ (the two script-tag files, and each language's copy in dist/locales/,
// which loads only for readers of that language), builds a plain Lit element through the same
// pipeline (`vite build --mode baseline`, scripts/size-baseline.ts) as the yardstick, and fails
// when the classic bundle is over budget. Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The CI gate: dist/support-appeal.iife.js, Lit included, gzip -9. */
const BUDGET = 14 * 1024;
const GATED = 'support-appeal.iife.js';
/** Where we want to be. */
const GOAL = 10 * 1024;
const BASELINE_DIR = 'node_modules/.cache/size-baseline';

const measure = (path) => {
  const bytes = readFileSync(path);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const num = (n) => n.toLocaleString('en-US');

const files = readdirSync('dist', { recursive: true }).filter((name) => name.endsWith('.js')).sort();
if (!files.includes(GATED)) {
  console.error(`dist/${GATED} is missing: run npm run build first.`);
  process.exit(1);
}

execFileSync('npx', ['vite', 'build', '--mode', 'baseline', '--logLevel', 'error'], { stdio: 'inherit' });
const baseline = measure(`${BASELINE_DIR}/plain-lit.iife.js`);

const rows = files.map((name) => ({ name: `dist/${name}`, ...measure(`dist/${name}`) }));
rows.push({ name: 'plain Lit element (baseline)', ...baseline });

const width = Math.max(...rows.map((row) => row.name.length));
console.log(`${'file'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip -9'.padStart(9)}  over baseline`);
for (const row of rows) {
  const extra = row === rows.at(-1) || /\/(locales|features)\//.test(row.name) ? '' : `+${num(row.gzip - baseline.gzip)} B (${(row.gzip / baseline.gzip).toFixed(2)}×)`;
  console.log(`${row.name.padEnd(width)}  ${num(row.min).padStart(9)}  ${num(row.gzip).padStart(9)}  ${extra}`);
}

const gated = rows.find((row) => row.name === `dist/${GATED}`);
const verdict = `dist/${GATED}: ${num(gated.gzip)} B gzip (${kb(gated.gzip)}) of a ${num(BUDGET)} B budget; goal ${kb(GOAL)}`;
if (gated.gzip > BUDGET) {
  console.error(`\nOVER BUDGET by ${num(gated.gzip - BUDGET)} B. ${verdict}.`);
  process.exit(1);
}
console.log(`\nWithin budget, ${num(BUDGET - gated.gzip)} B to spare. ${verdict}.`);
