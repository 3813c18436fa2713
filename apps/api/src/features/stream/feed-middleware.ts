import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.js';
import type { StatusChangeFeed } from './status-change-feed.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** This app's feed of status changes (set on every /v1 route by `statusFeedMiddleware`). */
    statusFeed: StatusChangeFeed;
  }
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Hands the app's feed to `GET /v1/stream`, and wakes it after each successful write of a workspace:
 * a change committed by this process reaches its streams at once instead of at the next poll.
 */
export function statusFeedMiddleware(feed: StatusChangeFeed): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('statusFeed', feed);
    await next();
    const caller = c.get('caller');
    if (caller && !READ_METHODS.has(c.req.method) && c.res.status < 400) feed.notify(caller.workspaceId);
  };
}
