import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const HSTS = 'max-age=15552000; includeSubDomains';

/** Whether the client reached us over TLS: directly, or through a proxy that says so. */
function overHttps(c: Context): boolean {
  // The URL's scheme is its first characters: no need to parse the whole URL on every request.
  if (c.req.url.startsWith('https:')) return true;
  return c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/**
 * Hono's secure headers (nosniff, `Referrer-Policy: no-referrer`, `X-Frame-Options: SAMEORIGIN`,
 * CORP/COOP, …), with `Strict-Transport-Security` only on responses that went out over HTTPS:
 * RFC 6797 forbids it over plain HTTP, where it would also pin `localhost` to HTTPS for half a
 * year in a developer's browser. A spoofed `X-Forwarded-Proto` can at worst add it to a plain-HTTP
 * response, which browsers ignore.
 */
export function secureResponseHeaders(): MiddlewareHandler {
  const base = secureHeaders({ strictTransportSecurity: false });
  return async (c, next) => {
    await base(c, next);
    if (overHttps(c)) c.res.headers.set('Strict-Transport-Security', HSTS);
  };
}
