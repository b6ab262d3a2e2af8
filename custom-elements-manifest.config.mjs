// custom-elements.json, from the JSDoc of src/ (npm run build:package). The manifest describes
// what a package user sees: published paths (lib/x.js, not src/x.ts, nor the src/x.js an
// import names), and no private members or
// internal state (Lit's `state: true` properties would otherwise show up as attributes).
// From it, the plugins at the end write the framework types and the editor data into lib/.
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/** lib/react.d.ts: `import type {} from 'support-appeal/react'` types <support-appeal> in React 19's JSX. */
const REACT_TYPES = `// <support-appeal> in React 19's JSX: attributes, properties and typed events
// (onsupport-appeal-checkout={(e) => e.detail.url}), and a ref to the element
// (ref={(appeal) => …}, appeal: SupportAppeal | null). Use: import type {} from 'support-appeal/react';
import type { Ref } from 'react';
import type { SupportAppeal } from './element.js';
import type { CustomElements } from './jsx.js';

type Props = CustomElements['support-appeal'];

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'support-appeal': Omit<Props, 'ref'> & { ref?: Ref<SupportAppeal> | undefined };
    }
  }
}
`;

/**
 * lib/svelte.d.ts: `import type {} from 'support-appeal/svelte'` types <support-appeal> in Svelte 5
 * templates, the way Svelte's docs extend its elements (svelte/elements). Built on the JSX
 * generator's props, whose events are already Svelte 5's event attributes; what
 * custom-element-svelte-integration 1.2 writes is for Svelte 4 and does not type-check here (its
 * `on:` directives only, a `svelteHTML` namespace that a module cannot extend, `JSX.Element`).
 */
const SVELTE_TYPES = `// <support-appeal> in Svelte 5: the HTML attributes of any element, the appeal's attributes,
// their properties (customAmount={false}), and typed events, as attributes
// (onsupport-appeal-checkout={(e) => e.detail.url}) and as on: directives in legacy components.
// Use: import type {} from 'support-appeal/svelte';
import type { HTMLAttributes } from 'svelte/elements';
import type { SupportAppeal } from './element.js';
import type { SupportAppealProps } from './jsx.js';

type EventProp = \`onsupport-appeal-\${string}\`;
type Camel<S extends string> = S extends \`\${infer Head}-\${infer Tail}\` ? \`\${Head}\${Capitalize<Camel<Tail>>}\` : S;
/** goal-text → goalText: Svelte sets the property where the element has one of that name. */
type Properties<P> = { [K in keyof P as K extends EventProp ? never : K extends \`\${string}-\${string}\` ? Camel<K> : never]: P[K] };
/** onsupport-appeal-checkout → on:support-appeal-checkout */
type Directives<P> = { [K in keyof P as K extends \`on\${infer Name}\` & EventProp ? \`on:\${Name}\` : never]: P[K] };
type Props = SupportAppealProps & Properties<SupportAppealProps> & Directives<SupportAppealProps>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'support-appeal': Omit<HTMLAttributes<SupportAppeal>, keyof Props> & Props;
  }
}
`;

/**
 * The generators wrap an event's manifest type in CustomEvent<…>, so they get the detail type:
 * SupportAppealCheckoutDetail for `@fires {SupportAppealCheckoutEvent}` (events.ts names each
 * event type after its detail). The written manifest keeps the types the JSDoc gives.
 */
const detailTypes = (manifest) => {
  for (const event of manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => d.events ?? [])) {
    if (event.type) event.type.text = event.type.text.replace(/^(SupportAppeal\w+)Event$/, '$1Detail');
  }
  return manifest;
};

/**
 * For the editors, each attribute's values as HTML can hold them: its keywords
 * (`'inline' | 'banner'`), or none for free text. Otherwise VS Code would offer `number[]`, the
 * property's type, as a value of `amounts`. Read through the generators' `typesSrc` option.
 */
const htmlTypes = (manifest) => {
  for (const attribute of manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => d.attributes ?? [])) {
    const keywords = (attribute.type?.text ?? '')
      .split('|')
      .map((part) => part.trim())
      .filter((part) => /^'[^']*'$/.test(part));
    const type = attribute.type?.text === 'boolean' ? 'boolean' : keywords.length > 0 ? keywords.join(' | ') : 'string';
    attribute.htmlType = { text: type };
  }
  return manifest;
};

/** Runs a generator on a changed copy of the manifest: what is written stays as it was. */
const onCopy = (change, plugin) => ({
  name: plugin.name,
  packageLinkPhase: ({ customElementsManifest, ...rest }) =>
    plugin.packageLinkPhase({ ...rest, customElementsManifest: change(structuredClone(customElementsManifest)) }),
});

/**
 * For Vue, props by their property names: vue-tsc reads `checkout-url="…"` in a template as the
 * prop `checkoutUrl` (so does Vue's runtime, which sets that property), and with the attribute's
 * name as the key it is an unknown prop under strictTemplates.
 */
const vueProps = (manifest) => {
  for (const attribute of manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => d.attributes ?? [])) {
    attribute.name = attribute.fieldName ?? attribute.name;
  }
  return detailTypes(manifest);
};

/**
 * What the Vue generator writes, made to match Vue's templates; the build fails if its output
 * changes shape. Vue's compiler makes `@support-appeal-checkout` the prop `onSupportAppealCheckout`
 * (vue-tsc checks that name, and Vue's runtime listens only to an `on` followed by a capital),
 * where the generator writes `onsupport-appeal-checkout`. And it gives the element no HTML
 * attributes, so `lang="de"` or `id` would be unknown props under strictTemplates.
 */
const vueTemplates = ({ customElementsManifest }) => {
  const file = 'lib/vue.d.ts';
  let types = readFileSync(file, 'utf8');
  const replace = (from, to) => {
    if (!types.includes(from)) throw new Error(`${file}: the Vue generator no longer writes ${from}`);
    types = types.replaceAll(from, to);
  };
  for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    for (const { name } of declaration.events ?? []) {
      replace(`"on${name}"?:`, `on${name.replace(/(?:^|-)([a-z])/g, (_, letter) => letter.toUpperCase())}?:`);
    }
    const props = `${declaration.name}Props`;
    replace(`DefineComponent<${props}>`, `DefineComponent<${props} & Omit<HTMLAttributes, keyof ${props}>>`);
  }
  replace('import type { DefineComponent } from "vue";', 'import type { DefineComponent, HTMLAttributes } from "vue";');
  writeFileSync(file, types);
};

export default {
  // The modules a package user imports; the others are internal.
  globs: ['src/attributes.ts', 'src/support-appeal.ts', 'src/events.ts', 'src/element.ts', 'src/index.ts', 'src/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'support-appeal:published-paths',
      packageLinkPhase({ customElementsManifest }) {
        const published = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'lib/$1.js');
        const walk = (node) => {
          if (Array.isArray(node)) return node.forEach(walk);
          if (!node || typeof node !== 'object') return;
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value);
            else walk(value);
          }
        };
        walk(customElementsManifest.modules);
        // The element names each attribute after its property in kebab case (src/attributes.ts,
        // a static block over `static properties`); the analyzer assumes Lit's default, the
        // property's name.
        const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.members = declaration.members?.filter((member) => member.privacy !== 'private' && !member.name.startsWith('_'));
            declaration.attributes = declaration.attributes?.filter((attribute) => !attribute.name.startsWith('_'));
            for (const attribute of declaration.attributes ?? []) if (attribute.fieldName) attribute.name = kebab(attribute.fieldName);
            for (const member of declaration.members ?? []) if (member.attribute) member.attribute = kebab(member.attribute);
          }
        }
      },
    },
    // From the manifest as published (after the plugin above), into lib/, each named in the
    // package's exports: lib/jsx.d.ts, the element's attributes, properties and typed events for
    // JSX (React 19, Preact, Solid), which lib/react.d.ts adds to React's JSX and lib/svelte.d.ts
    // to Svelte's elements; lib/vue.d.ts for Vue's templates; and the data VS Code and the
    // JetBrains IDEs read for completion and hover in HTML and CSS.
    onCopy(detailTypes, customElementJsxPlugin({ outdir: 'lib', fileName: 'jsx.d.ts', componentTypePath: () => './element.js', hideLogs: true })),
    { name: 'support-appeal:react-types', packageLinkPhase: () => writeFileSync('lib/react.d.ts', REACT_TYPES) },
    { name: 'support-appeal:svelte-types', packageLinkPhase: () => writeFileSync('lib/svelte.d.ts', SVELTE_TYPES) },
    onCopy(vueProps, customElementVuejsPlugin({ outdir: 'lib', fileName: 'vue.d.ts', componentTypePath: () => './element.js', hideLogs: true })),
    { name: 'support-appeal:vue-templates', packageLinkPhase: vueTemplates },
    onCopy(
      htmlTypes,
      customElementVsCodePlugin({
        outdir: 'lib',
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
        typesSrc: 'htmlType',
        hideMethodDocs: true,
        hideLogs: true,
      }),
    ),
    onCopy(
      htmlTypes,
      customElementJetBrainsPlugin({ outdir: 'lib', webTypesFileName: 'web-types.json', typesSrc: 'htmlType', hideMethodDocs: true, hideLogs: true }),
    ),
  ],
};
