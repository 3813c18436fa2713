import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** One module per component (each registers its tag), the classes, and `define.js` for all four. */
const LIBRARY_ENTRIES = {
  index: source('./src/index.ts'),
  define: source('./src/define.ts'),
  'components/lead-status-table/define': source('./src/components/lead-status-table/define.ts'),
  'components/lead-status-filter/define': source('./src/components/lead-status-filter/define.ts'),
  'components/lead-status-analytics/define': source('./src/components/lead-status-analytics/define.ts'),
  'components/lead-status-badge/define': source('./src/components/lead-status-badge/define.ts'),
};

/** For bundlers: Lit and the SDK stay imports, so an app holds one copy of each. */
const EXTERNAL = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^@leadstatus\/sdk($|\/)/];

// `vite build` writes the ESM library; `vite build --mode standalone` adds the drop-in script.
export default defineConfig(({ mode }) =>
  mode === 'standalone'
    ? {
        build: {
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          lib: {
            entry: source('./src/standalone.ts'),
            formats: ['es'],
            fileName: () => 'lead-status-widgets.js',
          },
          // One file: every dynamic import is inlined too.
          // Vite keeps whitespace in ES libraries (for other bundlers' tree-shaking); this file is final.
          rolldownOptions: { output: { codeSplitting: false, minify: true } },
        },
      }
    : {
        build: {
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: {
            entry: LIBRARY_ENTRIES,
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
          rolldownOptions: {
            external: EXTERNAL,
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
      },
);
