import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The JSON report feeds the one-line summary that `npm test` prints at the end.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    passWithNoTests: false,
  },
});
