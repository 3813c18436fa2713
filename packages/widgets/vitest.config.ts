import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { mintEmbedToken, sendEvent } from './test/e2e/commands.js';
import { openDemoPage } from './test/e2e/demo-page.js';

/**
 * Component tests run in real headless Chromium (Debian's, at /usr/bin/chromium: no browser download
 * works on these machines; `scripts/chromium.sh` installs it). If the browser cannot start, Vitest
 * fails the run: nothing is skipped.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The JSON report feeds the one-line summary that `npm test` prints at the end.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    passWithNoTests: false,
    testTimeout: 20_000,
    // Starts the real service (test/e2e) for the end-to-end file; the page reaches it over HTTP.
    globalSetup: ['./test/e2e/global-setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
      commands: { mintEmbedToken, sendEvent, openDemoPage },
    },
  },
});
