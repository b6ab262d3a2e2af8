// npm run lint. Recommended rules for the language (typescript-eslint, type-checked), Lit
// templates (eslint-plugin-lit), custom elements (eslint-plugin-wc) and DOM sinks
// (eslint-plugin-no-unsanitized), then this project's own rules for src/: attribute text is data
// and never becomes markup or code, all storage I/O is in storage.ts, and neither features nor
// controllers import the element. test/lint/canary.ts proves each of those rules still fires.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** APIs that turn text into markup or code, and Lit's directives that would undo its escaping. */
const UNSAFE = 'unsafeHTML|unsafeSVG|unsafeMathML|unsafeStatic|innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|srcdoc|eval';
const unsafe = 'src/ must not turn text into markup or code: attribute text is data.';

/** What must not happen in src/ (beside what no-unsanitized and the recommended rules find). */
const textStaysText = [
  // Any use of the names: a call, a property, an import, an object key (each reported once).
  {
    selector: `Identifier[name=/^(${UNSAFE})$/]:not(ImportSpecifier > .local, ExportSpecifier > .exported, Property[shorthand=true] > .value)`,
    message: unsafe,
  },
  { selector: `MemberExpression[computed=true] > Literal.property[value=/^(${UNSAFE})$/]`, message: unsafe },
  {
    selector: `MemberExpression[computed=true] > TemplateLiteral.property[expressions.length=0] > TemplateElement[value.cooked=/^(${UNSAFE})$/]`,
    message: unsafe,
  },
  { selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']", message: unsafe },
  {
    selector: 'CallExpression[callee.name=/^set(Timeout|Interval)$/] > :matches(Literal[value=/^/], TemplateLiteral).arguments:first-child',
    message: `${unsafe} Pass setTimeout and setInterval a function.`,
  },
  { selector: "MemberExpression[object.name='document'][property.name=/^write(ln)?$/]", message: unsafe },
  // Lit's own marker for template results: imitating it bypasses Lit's checks.
  { selector: "Identifier[name='_$litType$'], Literal[value='_$litType$']", message: 'Use Lit, not an imitation of its internals.' },
];

/** Reading or writing what the browser keeps, anywhere but src/storage.ts. */
const storageIO = [
  {
    selector: 'Identifier[name=/^(localStorage|sessionStorage|indexedDB|caches|cookieStore)$/]',
    message: 'All storage I/O is in src/storage.ts.',
  },
  { selector: "MemberExpression[object.name='document'][property.name='cookie']", message: 'All storage I/O is in src/storage.ts.' },
  {
    selector: "CallExpression[callee.property.name='addEventListener'][arguments.0.value='storage']",
    message: "Other tabs' storage changes are src/storage.ts's to watch.",
  },
];

/** Modules, imported statically, re-exported or imported with import(). */
const UNSAFE_MODULES = 'lit(-html)?/(directives/unsafe-|static-html)';
const ELEMENT = '(^|/)support-appeal(\\.js)?$';
const notTheElement = 'Features and controllers get what they need from the element as arguments; they never import it.';

/** The rules for one part of src/: `syntax` for no-restricted-syntax, `modules` as [regex, message]. */
function restrict(syntax, modules) {
  return {
    'no-restricted-syntax': [
      'error',
      ...syntax,
      ...modules.map(([regex, message]) => ({ selector: `ImportExpression > Literal.source[value=/${regex.replaceAll('/', '\\/')}/]`, message })),
    ],
    'no-restricted-imports': ['error', { patterns: modules.map(([regex, message]) => ({ regex, message })) }],
  };
}

export default defineConfig(
  {
    ignores: ['dist/', 'dist-demo/', 'lib/', 'coverage/', 'custom-elements.json', 'bench/results.json'],
  },
  {
    // Built from the packed package and type-checked against it by `npm run pack:check`.
    ignores: ['test/consumer/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // tsconfig.json includes scripts/*.ts, the yardsticks the benchmark builds with Vite.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `_name` marks a parameter an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Lit calls a template's listeners (`@click=${this._onCheckout}`) with the element as `this`.
      '@typescript-eslint/unbound-method': 'off',
      // `items[0]!` marks an element known to be there; tsconfig.json has no noUncheckedIndexedAccess
      // (yet) to make that `!` necessary, so this rule would strip every one of them.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // `interface GlobalEventHandlersEventMap extends SupportAppealEventMap {}` merges declarations.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    rules: {
      // A property value becomes the text an attribute would hold: String(value), '[object Object]'
      // included (parse.ts, and the tests that mirror it), so junk reads as junk and never throws.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff types every chai `equal` as returning a promise; none does, so
      // only real promises count, and a helper may return an `equal` where a void is expected.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }] }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { properties: false } }],
      // chai's property assertions: `expect(link).to.exist`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read raw stored JSON and page globals as they are, `any` included.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Node: the configs, the build and release scripts, the test runner's modules.
    files: ['*.js', '*.mjs', 'scripts/**/*.js', 'test/runner/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The functions these scripts hand to a page (page.evaluate) run in the browser.
    files: ['scripts/bench.js', 'scripts/screenshots.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['demo/**/*.js', 'bench/**/*.js', 'test/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
  },
  {
    files: ['src/**/*.ts', 'test/lint/canary.ts'],
    extends: [wc.configs['flat/recommended'], noUnsanitized.configs.recommended],
    rules: restrict([...textStaysText, ...storageIO], [[UNSAFE_MODULES, unsafe]]),
  },
  {
    files: ['src/storage.ts'],
    rules: restrict(textStaysText, [[UNSAFE_MODULES, unsafe]]),
  },
  {
    files: ['src/features/**/*.ts', 'src/controllers/**/*.ts', 'test/lint/canary.ts'],
    rules: restrict(
      [...textStaysText, ...storageIO],
      [
        [UNSAFE_MODULES, unsafe],
        [ELEMENT, notTheElement],
      ],
    ),
  },
);
