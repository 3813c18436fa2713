import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The JSON report feeds the one-line summary that `npm test` prints at the end.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    passWithNoTests: false,
    // expect.poll's default bound is one second: too short for a loaded machine (it returns at once when met).
    expect: { poll: { timeout: 15_000, interval: 20 } },
    // Safety limits, not timing assertions: MariaDB suites and spawned processes on a loaded 2-core CI
    // machine can take several seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
