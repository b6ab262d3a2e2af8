#!/usr/bin/env node
// npm run pack:check: packs the package as `npm publish` would and checks it from a user's side.
//  1. The tarball holds only what a user needs (the allow-list below) and everything it names.
//  2. lib/ imports `lit` rather than bundling it, and its source maps carry their sources.
//  3. The tarball is unpacked into test/consumer/node_modules/support-appeal, where
//     test/consumer/ type-checks against it as a site's checker would: tsc -p test/consumer
//     (React 19's JSX), vue-tsc with strictTemplates (Vue 3) and svelte-check (Svelte 5), each
//     with files that must pass and lines that must fail; and, in `npm test`,
//     test/consumer/consumer.test.ts imports it in the three browsers.
//  4. publint and @arethetypeswrong/cli find no problem in the tarball.
//  5. `npm pack` builds what it ships (the prepack script), as `npm publish` does: the built
//     files are removed first, so a package packed from a fresh clone is what is checked.
// The prepack script writes the build's output to stderr, so stdout stays npm's JSON.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^custom-elements\.json$/,
  /^dist\/support-appeal(\.iife)?\.js$/,
  /^dist\/(locales\/[a-z]{2}|features\/[\w-]+)\.js$/,
  /^lib\/(locales\/|features\/|controllers\/)?[\w-]+\.(js|js\.map|d\.ts)$/,
  /^lib\/(web-types|vscode\.(html|css)-custom-data)\.json$/,
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
    pkg['web-types'],
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
  for (const event of declared?.events ?? []) {
    if (!event.type?.text) problems.push(`custom-elements.json gives no type for ${event.name}: the framework types need one (@fires {Type} name)`);
  }

  console.log(
    `${packed.filename}: ${files.length} files, ${packed.size.toLocaleString('en-US')} B packed, ${packed.unpackedSize.toLocaleString('en-US')} B unpacked`,
  );
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
} finally {
  rmSync(out, { recursive: true, force: true });
}

// The framework types, checked at once against the unpacked package. tsc: react-types.tsx, whose
// @ts-expect-error lines must stay errors. vue-tsc and svelte-check: test/consumer/*.vue and
// *.svelte, where an `<!-- error: text -->` line says that the next line must have an error whose
// message holds that text, and every other line must have none.
const CONSUMER_DIR = 'test/consumer';
const run = (command, args) =>
  new Promise((done) => {
    execFile('npx', [command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ failed: Boolean(error), output: `${stdout}${stderr}` }),
    );
  });
// vue-tsc --pretty false: `path(line,column): error TS1234: message`, continued on indented lines.
const vueErrors = (output) =>
  [...output.matchAll(/^(.+?)\((\d+),\d+\): error TS\d+: (.*(?:\n .*)*)/gm)].map(([, file, line, message]) => ({
    file,
    line: Number(line),
    message,
  }));
// svelte-check --output machine-verbose: `timestamp {json}` per diagnostic, lines from 0.
const svelteErrors = (output) =>
  output
    .split('\n')
    .map((line) => /^\d+ (\{.*\})$/.exec(line)?.[1])
    .filter(Boolean)
    .map((json) => JSON.parse(json))
    .filter((diagnostic) => diagnostic.type === 'ERROR')
    .map((diagnostic) => ({ file: join(CONSUMER_DIR, diagnostic.filename), line: diagnostic.start.line + 1, message: diagnostic.message }));

/** Problems, if any, when the errors are not exactly the expected ones. */
function compare(tool, extension, { failed, output }, errors) {
  const expected = new Map();
  for (const name of readdirSync(CONSUMER_DIR).filter((file) => file.endsWith(extension))) {
    const file = join(CONSUMER_DIR, name);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const want = /<!-- error: (.*?) -->/.exec(text)?.[1];
        if (want) expected.set(`${file}:${index + 2}`, want);
      });
  }
  const met = new Set();
  const unexpected = [];
  for (const { file, line, message } of errors) {
    const at = `${file}:${line}`;
    if (!expected.has(at)) unexpected.push(`${tool}: ${at}: ${message.split('\n')[0]}`);
    else if (message.includes(expected.get(at))) met.add(at);
  }
  const missed = [...expected].filter(([at]) => !met.has(at)).map(([at, want]) => `${tool}: ${at} should fail with "${want}", and does not`);
  if (failed && errors.length === 0) return [`${tool} failed without a diagnostic:\n${output}`];
  if (unexpected.length + missed.length === 0)
    console.log(`${tool}: the ${extension} files pass but for their ${expected.size} lines that must fail, which do.`);
  return [...unexpected, ...missed];
}

const [react, vue, svelte] = await Promise.all([
  run('tsc', ['-p', CONSUMER_DIR]),
  run('vue-tsc', ['-p', `${CONSUMER_DIR}/tsconfig.vue.json`, '--pretty', 'false']),
  run('svelte-check', ['--workspace', CONSUMER_DIR, '--tsconfig', resolve(CONSUMER_DIR, 'tsconfig.svelte.json'), '--output', 'machine-verbose']),
]);
if (react.failed) problems.push(`test/consumer does not type-check against the packed package:\n${react.output}`);
else console.log('tsc: test/consumer/*.ts and react-types.tsx type-check against the unpacked package.');
problems.push(...compare('vue-tsc', '.vue', vue, vueErrors(vue.output)), ...compare('svelte-check', '.svelte', svelte, svelteErrors(svelte.output)));

if (problems.length > 0) {
  console.error(`\nThe package is not right:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`Package OK, unpacked into ${CONSUMER} for test/consumer/consumer.test.ts.`);
