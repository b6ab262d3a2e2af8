// custom-elements.json, from the JSDoc of src/ (npm run build:package). The manifest describes
// what a package user sees: published paths (lib/x.js, not src/x.ts, nor the src/x.js an
// import names), and no private members or
// internal state (Lit's `state: true` properties would otherwise show up as attributes).
export default {
  // The modules a package user imports; the others are internal.
  globs: ['src/support-appeal.ts', 'src/events.ts', 'src/element.ts', 'src/index.ts', 'src/define.ts'],
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
  ],
};
