// The size budget, for size-limit with @size-limit/file, which measures built files as they are
// (nothing bundled, no browser): each file minified, gzip -9 and brotli, and one `limit`, the
// CI gate. `npm run size` builds the plain-Lit baseline first and prints all of it as one table
// (scripts/size.js); `npx size-limit` after it gives size-limit's own report.
import { readdirSync } from 'node:fs';

/** scripts/size-baseline.ts, built the same way (`vite build --mode baseline`). */
export const BASELINE = 'node_modules/.cache/size-baseline/plain-lit.iife.js';

// What loads on demand, for the readers and pages that need it (none gated).
const parts = ['locales', 'features'].flatMap((dir) => {
  try {
    return readdirSync(`dist/${dir}`)
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => `dist/${dir}/${name}`);
  } catch {
    return []; // not built: the script-tag files below are missing too, which fails the run
  }
});

/** The CI gate, on the classic script: 15 KB gzip -9, Lit included (see the README's Size, and its changelog for 0.5.0). */
const GATED = 'dist/support-appeal.iife.js';
const BUDGET = '15360 B';

export default [GATED, 'dist/support-appeal.js', BASELINE, ...parts].flatMap((path) => {
  const name = path === BASELINE ? 'plain Lit element (baseline)' : path;
  return [
    { name: `${name}, minified`, path, brotli: false },
    { name: `${name}, gzip -9`, path, gzip: true, ...(path === GATED && { limit: BUDGET }) },
    { name: `${name}, brotli`, path, brotli: true },
  ];
});
