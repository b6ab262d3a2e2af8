#!/usr/bin/env node
// npm run check:source (part of `npm run check`, so of `npm test` and CI): fails when src/ uses
// an API that turns text into markup or code. Attribute text is data and must reach the page
// only as text; Lit's templates do that, and these would undo it:
//   unsafeHTML, unsafeSVG, unsafeMathML, unsafeStatic (and their lit/directives modules),
//   innerHTML, outerHTML, insertAdjacentHTML, document.write/writeln, createContextualFragment,
//   srcdoc, eval, new Function / Function(), and setTimeout/setInterval with a string.
// It reads the code with TypeScript's parser, so a comment or a string that merely names one of
// them is fine, and `obj['innerHTML']` is caught like `obj.innerHTML`.
//
// Before checking src/ it checks itself: each forbidden form in SAMPLES must be found, and the
// clean sample must pass, so the guard cannot quietly stop working.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const NAMES = new Set([
  'unsafeHTML',
  'unsafeSVG',
  'unsafeMathML',
  'unsafeStatic',
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'createContextualFragment',
  'srcdoc',
  'eval',
]);
const MODULES = /lit(?:-html)?\/(?:directives\/unsafe-|static-html)/;

/** The forbidden uses in one file's text, as "line: what". */
export function findForbidden(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const report = (node, what) => found.push(`${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${what}`);
  const visit = (node) => {
    if (ts.isIdentifier(node) && NAMES.has(node.text)) report(node, node.text);
    else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && NAMES.has(node.argumentExpression.text)) {
      report(node, `['${node.argumentExpression.text}']`);
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') {
      report(node, 'Function constructor');
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && /^set(?:Timeout|Interval)$/.test(node.expression.text)) {
      const [first] = node.arguments;
      if (first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) report(node, `${node.expression.text} with a string`);
    } else if (
      ts.isPropertyAccessExpression(node) &&
      /^write(?:ln)?$/.test(node.name.text) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'document'
    ) {
      report(node, `document.${node.name.text}`);
    } else if (ts.isStringLiteralLike(node) && (ts.isImportDeclaration(node.parent) || ts.isCallExpression(node.parent)) && MODULES.test(node.text)) {
      report(node, `import of ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const SAMPLES = {
  "import { unsafeHTML } from 'lit/directives/unsafe-html.js';": 2,
  "import { html, unsafeStatic } from 'lit/static-html.js';": 2,
  'el.innerHTML = text;': 1,
  "el['outerHTML'] = text;": 1,
  "el.insertAdjacentHTML('beforeend', text);": 1,
  'document.write(text);': 1,
  'range.createContextualFragment(text);': 1,
  'frame.srcdoc = text;': 1,
  'eval(text);': 1,
  'window.eval(text);': 1,
  "new Function('return 1');": 1,
  "Function('return 1')();": 1,
  "setTimeout('run()', 10);": 1,
  'setInterval(`run(${n})`, 10);': 1,
  // Clean: the names in comments and strings, and the safe forms.
  "// innerHTML and eval are never used\nconst note = 'no innerHTML here';\nel.textContent = text;\nsetTimeout(() => run(), 10);": 0,
};

function selfTest() {
  const wrong = [];
  for (const [code, expected] of Object.entries(SAMPLES)) {
    const found = findForbidden('sample.ts', code);
    if (found.length !== expected) wrong.push(`${JSON.stringify(code)}: expected ${expected}, found ${found.length} (${found.join('; ')})`);
  }
  if (wrong.length) {
    console.error(`check-source: the guard itself is broken:\n  ${wrong.join('\n  ')}`);
    process.exit(1);
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => /\.[cm]?[jt]s$/.test(name))
    .map((name) => join(dir, name));
}

selfTest();
const dir = process.argv[2] ?? 'src';
const problems = filesUnder(dir).flatMap((file) => findForbidden(file, readFileSync(file, 'utf8')).map((where) => `${file}:${where}`));
if (problems.length) {
  console.error(`check-source: ${dir}/ must not turn text into markup or code:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-source: ${filesUnder(dir).length} files in ${dir}/, none turns text into markup or code.`);
