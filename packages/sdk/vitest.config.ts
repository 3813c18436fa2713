import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // The examples import the package by name, as users do; tests run them against the source.
    alias: [
      { find: /^@leadstatus\/sdk$/, replacement: source('./src/index.ts') },
      { find: /^@leadstatus\/sdk\/webhooks$/, replacement: source('./src/webhooks.ts') },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The JSON report feeds the one-line summary that `npm test` prints at the end.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    passWithNoTests: false,
    // expect.poll's default bound is one second: too short for a loaded machine (it returns at once when met).
    expect: { poll: { timeout: 15_000, interval: 20 } },
    // Safety limits, not timing assertions: the contract check builds the document and the types.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
