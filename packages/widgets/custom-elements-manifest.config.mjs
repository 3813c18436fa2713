// `pnpm manifest` (part of `pnpm build`): writes custom-elements.json from the classes' JSDoc
// (@tagname, @fires, @csspart, @cssproperty) and their Lit properties, inherited ones included.

/**
 * The analyzer also reads `dispatchEvent(new SomeEvent(arg))` as an event named after `arg`; our
 * events are classes with their name inside, documented with `@fires`, so keep only those.
 */
const documentedEventsOnly = {
  name: 'documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) {
          declaration.events = declaration.events.filter((event) => event.name?.startsWith('lead-'));
        }
      }
    }
  },
};

// biome-ignore lint/style/noDefaultExport: the analyzer reads its configuration from the default export.
export default {
  globs: ['src/components/*/lead-status-*.ts', 'src/controllers/connected-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [documentedEventsOnly],
};
