import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { problems } from './problem.js';

/**
 * The routes an embed token may call: reads that the widgets need, nothing that reveals secrets,
 * opted-out addresses or settings (webhooks, DNC, workspace, keys). Everything else, every write
 * included, is a 403 for an embed token. A new route is closed to embed tokens until listed here
 * and scoped by its handler.
 */
const EMBED_READABLE: readonly RegExp[] = [
  /^\/v1\/statuses$/,
  /^\/v1\/metrics\/definitions$/,
  /^\/v1\/stream$/,
  /^\/v1\/analytics$/,
  /^\/v1\/leads$/,
  /^\/v1\/leads\/export$/,
  /^\/v1\/leads\/[^/]+$/,
  /^\/v1\/campaigns$/,
  /^\/v1\/campaigns\/[^/]+$/,
  /^\/v1\/campaigns\/[^/]+\/leads$/,
  /^\/v1\/campaigns\/[^/]+\/leads\/export$/,
  /^\/v1\/campaigns\/[^/]+\/analytics$/,
  /^\/v1\/campaigns\/[^/]+\/analytics\/trends$/,
];

const CAMPAIGN_PATH = /^\/v1\/campaigns\/([^/]+)/;

/** True when the request's Origin is one the token allows, or the service's own origin. */
export function originAllowed(
  origin: string,
  requestUrl: string,
  allowed: readonly string[] | null,
): boolean {
  if (origin === new URL(requestUrl).origin) return true;
  return allowed?.includes(origin) ?? false;
}

/**
 * Applies an embed token's limits before any handler runs: read routes only (403), from its
 * allowed origins only (403), and a campaign outside its campaigns answers 404 as if it did not
 * exist. Handlers of workspace-wide reads narrow their filters with `scope.ts`.
 */
export function embedAccessPolicy(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const caller = c.get('caller');
    if (caller.credential !== 'embed_token') return next();
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || !EMBED_READABLE.some((r) => r.test(path))) {
      throw problems.forbidden('Embed tokens are read-only and cannot use this route; use a secret API key.');
    }
    const origin = c.req.header('Origin');
    if (origin !== undefined && !originAllowed(origin, c.req.url, caller.embed.allowedOrigins)) {
      throw problems.forbidden(
        `This embed token is not allowed on ${origin}; mint one with it in allowed_origins.`,
      );
    }
    const campaignId = CAMPAIGN_PATH.exec(path)?.[1];
    if (
      campaignId !== undefined &&
      caller.embed.campaignIds &&
      !caller.embed.campaignIds.includes(campaignId)
    ) {
      throw problems.notFound('No campaign with this id in your workspace.');
    }
    return next();
  };
}
