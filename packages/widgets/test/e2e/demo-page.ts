// The demo page of `npm start`, opened in Chromium by Playwright from Node (a whole page, not a
// component in Vitest's frame): the real app with DEMO_PAGE's routes, seeded like a first start.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '@leadstatus/api';
import { prepareDemoWorkspace } from '@leadstatus/api/demo/demo-workspace';
import { migrateToLatest } from '@leadstatus/api/migrations/migrate';
import { openDatabase } from '@leadstatus/api/platform/db/open-database';
import { servicesFor } from '@leadstatus/api/platform/services/services-for';
import { chromium } from 'playwright';
import type { BrowserCommand } from 'vitest/node';

const WIDGETS = fileURLToPath(new URL('../../', import.meta.url));
/** Kept by CI as an artifact: `.ci/artifacts/` at the repository root. */
const SCREENSHOT = join(WIDGETS, '../../.ci/artifacts/demo-page.png');

export interface DemoPageResult {
  rows: number;
  filterButtons: number;
  analyticsText: string;
  pageErrors: string[];
  screenshot: string;
}

export const openDemoPage: BrowserCommand<[]> = async (): Promise<DemoPageResult> => {
  const directory = mkdtempSync(join(tmpdir(), 'leadstatus-demo-page-'));
  const database = openDatabase({ dialect: 'sqlite', filename: join(directory, 'demo.db') });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    await migrateToLatest(database);
    const workspaceId = await prepareDemoWorkspace(servicesFor(database));
    const leadStatus = createApp({
      database,
      demo: { workspaceId, widgetsBundle: join(WIDGETS, 'dist/lead-status-widgets.js') },
    });
    const server = serve({ fetch: leadStatus.app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      // Playwright's CSS locators pierce shadow roots.
      const rows = page.locator('lead-status-table [role="row"][data-index]');
      await rows.nth(9).waitFor({ timeout: 30_000 });
      await page.locator('lead-status-analytics svg').first().waitFor({ timeout: 30_000 });
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      process.stdout.write(`demo page screenshot: ${SCREENSHOT}\n`);
      return {
        rows: await rows.count(),
        filterButtons: await page.locator('lead-status-filter button[aria-pressed]').count(),
        analyticsText: await page
          .locator('lead-status-analytics')
          .evaluate((element) => (element.shadowRoot?.textContent ?? '').slice(0, 4000)),
        pageErrors,
        screenshot: SCREENSHOT,
      };
    } finally {
      // The page holds an event stream open: close the browser first, then the streams and sockets.
      await browser.close();
      await leadStatus.close();
      (server as Server).closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  } finally {
    await browser.close();
    await database.close();
    rmSync(directory, { recursive: true, force: true });
  }
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    openDemoPage(): Promise<DemoPageResult>;
  }
}
