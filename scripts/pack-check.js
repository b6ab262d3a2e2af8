#!/usr/bin/env node
// npm run pack:check: packs the package as `npm publish` would and checks it from a user's side.
//  1. The tarball holds only what a user needs (the allow-list below) and everything it names.
//  2. lib/ imports `lit` rather than bundling it, and its source maps carry their sources.
//  3. The tarball is unpacked into test/consumer/node_modules/support-appeal, where
//     test/consumer/ type-checks against it (tsc -p test/consumer) and, in `npm test`,
//     test/consumer/consumer.test.ts imports it in the three browsers.
//  4. publint and @arethetypeswrong/cli find no problem in the tarball.
//  5. `npm pack` builds what it ships (the prepack script), as `npm publish` does: the built
//     files are removed first, so a package packed from a fresh clone is what is checked.
// The prepack script writes the build's output to stderr, so stdout stays npm's JSON.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^custom-elements\.json$/,
  /^dist\/support-appeal(\.iife)?\.js$/,
  /^dist\/(locales\/[a-z]{2}|features\/[\w-]+)\.js$/,
  /^lib\/(locales\/|features\/|controllers\/)?[\w-]+\.(js|js\.map|d\.ts)$/,
];
const CONSUMER = 'test/consumer/node_modules/support-appeal';

const problems = [];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const out = mkdtempSync(join(tmpdir(), 'support-appeal-pack-'));
for (const built of ['dist', 'lib', 'custom-elements.json']) rmSync(built, { recursive: true, force: true });
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { encoding: 'utf8' }));
  const files = packed.files.map((file) => file.path).sort();

  for (const file of files) {
    if (!ALLOWED.some((pattern) => pattern.test(file))) problems.push(`${file} should not be published`);
  }
  const named = [
    pkg.main,
    pkg.types,
    pkg.customElements,
    pkg.unpkg,
    ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
  ].filter((path) => !path.includes('*'));
  for (const path of new Set(named.map((path) => path.replace(/^\.\//, '')))) {
    if (!files.includes(path)) problems.push(`package.json names ${path}, which is not in the package`);
  }
  for (const module of files.filter((file) => /^lib\/.*\.js$/.test(file))) {
    for (const companion of [`${module}.map`, module.replace(/\.js$/, '.d.ts')]) {
      if (!files.includes(companion)) problems.push(`${module} ships without ${companion}`);
    }
  }

  rmSync(CONSUMER, { recursive: true, force: true });
  mkdirSync(CONSUMER, { recursive: true });
  execFileSync('tar', ['-xzf', join(out, packed.filename), '-C', CONSUMER, '--strip-components=1']);

  const element = readFileSync(`${CONSUMER}/lib/support-appeal.js`, 'utf8');
  if (!/from ["']lit["']/.test(element)) problems.push('lib/support-appeal.js does not import lit: is it bundled?');
  if (/class \w+ extends ReactiveElement/.test(element)) problems.push('lib/support-appeal.js contains Lit itself');
  const map = JSON.parse(readFileSync(`${CONSUMER}/lib/support-appeal.js.map`, 'utf8'));
  if (!map.sourcesContent?.[0]?.includes('class SupportAppeal')) problems.push('lib/support-appeal.js.map lacks its sources');
  const manifest = JSON.parse(readFileSync(`${CONSUMER}/custom-elements.json`, 'utf8'));
  const declared = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'support-appeal');
  const definition = manifest.modules.flatMap((module) => module.exports ?? []).find((e) => e.kind === 'custom-element-definition');
  const definedIn = definition?.declaration.module?.replace(/^\//, '');
  if (!files.includes(definedIn)) problems.push(`custom-elements.json defines <support-appeal> from ${definedIn}, which is not in the package`);
  if (!declared) problems.push('custom-elements.json does not declare <support-appeal>');
  else if (!declared.events?.length || !declared.cssParts?.length || !declared.slots?.length || !declared.cssProperties?.length) {
    problems.push('custom-elements.json lacks events, parts, slots or custom properties');
  }

  console.log(`${packed.filename}: ${files.length} files, ${packed.size.toLocaleString('en-US')} B packed, ${packed.unpackedSize.toLocaleString('en-US')} B unpacked`);
  for (const file of files) console.log(`  ${file}`);

  // The package as registries and resolvers see it: publint (exports, files, fields) and
  // @arethetypeswrong/cli (types for every entry; an ESM-only package, so CommonJS
  // resolution does not count).
  const tarball = join(out, packed.filename);
  for (const [tool, args] of [
    ['publint', [tarball, '--strict']],
    ['attw', [tarball, '--profile', 'esm-only']],
  ]) {
    try {
      execFileSync('npx', [tool, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
      console.log(`${tool}: no problem.`);
    } catch {
      problems.push(`${tool} reports problems: run npx ${tool} on the packed tarball to see them`);
    }
  }

  try {
    execFileSync('npx', ['tsc', '-p', 'test/consumer'], { stdio: 'inherit' });
    console.log(`Types: test/consumer/*.ts type-check against the unpacked package.`);
  } catch {
    problems.push('test/consumer does not type-check against the packed package (see above)');
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`\nThe package is not right:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`Package OK, unpacked into ${CONSUMER} for test/consumer/consumer.test.ts.`);
