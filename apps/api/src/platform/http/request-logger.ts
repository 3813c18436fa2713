import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/** One structured line per request, with the request id that responses also carry. */
export function requestLogger(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const caller = c.get('caller');
    c.get('services').logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(caller ? { workspaceId: caller.workspaceId } : {}),
      },
      'request',
    );
  };
}
