// custom-elements.json, from the JSDoc of src/ (npm run build:package). The manifest describes
// what a package user sees: published paths (lib/x.js, not src/x.ts, nor the src/x.js an
// import names), and no private members or
// internal state (Lit's `state: true` properties would otherwise show up as attributes).
import { writeFileSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';

/** lib/react.d.ts: `import type {} from 'support-appeal/react'` types <support-appeal> in React 19's JSX. */
const REACT_TYPES = `// <support-appeal> in React 19's JSX: attributes, properties and typed events
// (onsupport-appeal-checkout={(e) => e.detail.url}). Use: import type {} from 'support-appeal/react';
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

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
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.members = declaration.members?.filter((member) => member.privacy !== 'private' && !member.name.startsWith('_'));
            declaration.attributes = declaration.attributes?.filter((attribute) => !attribute.name.startsWith('_'));
          }
        }
      },
    },
    // lib/jsx.d.ts, from the manifest as published (after the plugin above): the element's
    // attributes, properties and typed events for JSX (React 19, Preact, Solid); lib/react.d.ts
    // adds them to React's JSX.
    customElementJsxPlugin({ outdir: 'lib', fileName: 'jsx.d.ts', componentTypePath: () => './element.js', hideLogs: true }),
    { name: 'support-appeal:react-types', packageLinkPhase: () => writeFileSync('lib/react.d.ts', REACT_TYPES) },
  ],
};
