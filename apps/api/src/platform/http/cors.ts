import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { originAllowed } from './embed-access-policy.js';

const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for the widgets. A preflight carries no credential, so it is answered for any origin but
 * only for GET with the headers a widget sends: it reveals nothing and permits nothing by itself.
 * A real response gets `Access-Control-Allow-Origin` only when the caller is an embed token that
 * lists that origin, or when it is a 401 (so a widget can read "expired" and fetch a new token).
 * Secret keys never get CORS headers: a browser cannot read what they fetch cross-origin.
 */
export function corsForEmbeds(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin === undefined) return next();
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined) {
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET',
        'Access-Control-Allow-Headers': 'Authorization, Last-Event-ID, Content-Type',
        'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
        Vary: 'Origin',
      });
    }
    await next();
    const caller = c.get('caller') as AppEnv['Variables']['caller'] | undefined;
    const allowed =
      (caller?.credential === 'embed_token' &&
        originAllowed(origin, c.req.url, caller.embed.allowedOrigins)) ||
      c.res.status === 401;
    c.res.headers.append('Vary', 'Origin');
    if (!allowed) return;
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.set(
      'Access-Control-Expose-Headers',
      'Content-Disposition, Retry-After, X-Request-Id, RateLimit, RateLimit-Policy',
    );
  };
}
