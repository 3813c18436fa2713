import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { mintEmbedToken } from '../../../platform/auth/embed-token.js';
import type { AppEnv } from '../../../platform/http/app-env.js';
import { problemResponse } from '../../../platform/http/problem.js';
import { toIso } from '../../../platform/time.js';
import { DEMO_SCRIPT, demoPageHtml, NO_DEMO_HTML } from './demo-page-html.js';

export interface DemoSettings {
  /** The workspace the page shows (see demo/demo-workspace.ts); null: none, say how to seed one. */
  workspaceId: string | null;
  /** The widgets' self-contained module; defaults to the monorepo's built packages/widgets. */
  widgetsBundle?: string;
}

const DEMO_TOKEN_SECONDS = 15 * 60;
/** From apps/api/dist/features/system/demo/ (or src/) up to the repository root. */
const DEFAULT_BUNDLE = fileURLToPath(
  new URL('../../../../../../packages/widgets/dist/lead-status-widgets.js', import.meta.url),
);
/** Only what the page needs: its own scripts and styles, and the API on the same origin. */
const PAGE_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/**
 * The demo page at `/`: the widgets on the demo workspace, for `pnpm start`. Its token is minted
 * here for the demo workspace only, read-only and same-origin, so the page exposes nothing but the
 * demo data. Off unless DEMO_PAGE is on.
 */
export function demoRoutes(settings: DemoSettings) {
  const bundlePath = settings.widgetsBundle ?? DEFAULT_BUNDLE;
  let bundle: Promise<string> | undefined;
  const { workspaceId } = settings;

  return new Hono<AppEnv>()
    .get('/', async (c) => {
      c.header('Content-Security-Policy', PAGE_CSP);
      if (!workspaceId) return c.html(NO_DEMO_HTML);
      const campaigns = await c
        .get('services')
        .db.selectFrom('campaigns')
        .select(['id', 'name'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      return c.html(demoPageHtml(campaigns));
    })
    .get('/demo/demo.js', (c) =>
      c.body(DEMO_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
    )
    .get('/demo/lead-status-widgets.js', async (c) => {
      bundle ??= readFile(bundlePath, 'utf8');
      try {
        return c.body(await bundle, 200, {
          'Content-Type': 'text/javascript; charset=utf-8',
          'Cache-Control': 'no-cache',
        });
      } catch {
        bundle = undefined;
        return problemResponse(
          c,
          'notFound',
          404,
          'The widgets are not built: run `pnpm exec turbo run build` (npm start does).',
        );
      }
    })
    .get('/demo/token', async (c) => {
      if (!workspaceId) return problemResponse(c, 'notFound', 404, 'There is no demo workspace.');
      const services = c.get('services');
      const now = services.clock.now();
      const expiresAt = now + DEMO_TOKEN_SECONDS * 1000;
      const token = await mintEmbedToken(
        services,
        { workspaceId, campaignIds: null, statuses: null, allowedOrigins: null, expiresAt },
        now,
      );
      c.header('Cache-Control', 'no-store');
      return c.json({ token, expires_at: toIso(Math.floor(expiresAt / 1000) * 1000) });
    });
}
