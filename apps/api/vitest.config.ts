import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The JSON report feeds the one-line summary that `npm test` prints at the end.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    passWithNoTests: false,
    // Safety limits, not timing assertions: MariaDB suites and spawned processes on a loaded 2-core CI
    // machine can take several seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
