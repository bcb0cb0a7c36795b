// Custom elements manifest (custom-elements.json): generated from the elements' JSDoc by `npm run build`.

/**
 * Drops what the analyzer infers wrongly or what is not public: reactive state (`_…`), `#private`
 * members, and the event helper's parameter.
 */
const publicSurfaceOnly = () => ({
  name: 'public-surface-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        decl.attributes = decl.attributes?.filter((a) => !a.name.startsWith('_'));
        decl.members = decl.members?.filter((m) => !m.name.startsWith('_') && m.privacy !== 'private');
        decl.events = decl.events?.filter((e) => e.name !== 'type');
      }
    }
  },
});

export default {
  globs: ['src/elements/*.ts'],
  exclude: [
    'src/elements/*.styles.ts',
    'src/elements/consent-preferences.ts',
    'src/elements/base.ts',
    'src/elements/define.ts',
    'src/elements/store-controller.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [publicSurfaceOnly()],
};
