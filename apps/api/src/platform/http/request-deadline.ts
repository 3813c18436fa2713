import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { problemResponse } from './problem.js';

/** A request that ran out of time most likely met a database in trouble: give it a few seconds. */
const RETRY_AFTER_SECONDS = 5;

export interface RequestDeadlineOptions {
  timeoutMs: number;
  /**
   * Runs the rest of the request so that the database connections it holds are destroyed when the
   * deadline passes (DatabaseHandle.withDeadline); absent, only the answer is cut short.
   */
  bind?: <T>(deadline: AbortSignal, work: () => Promise<T>) => Promise<T>;
}

/**
 * Every request answers within `timeoutMs`. When the deadline passes first, the client gets a 503
 * problem with Retry-After at once, the connections the request holds are destroyed rather than
 * returned to the pool (a query stuck on the network would otherwise hold one until TCP gives up),
 * and the abandoned work ends on its own, failing at its cut connection. The deadline covers the
 * request up to its response's head: a streamed body (exports, `GET /v1/stream`) goes on after it,
 * bounded by its own limits.
 */
export function requestDeadline(options: RequestDeadlineOptions): MiddlewareHandler<AppEnv> {
  const bind = options.bind ?? (<T>(_: AbortSignal, work: () => Promise<T>) => work());
  return async (c, next) => {
    const deadline = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'expired'>((resolve) => {
      timer = setTimeout(() => resolve('expired'), options.timeoutMs);
    });
    const work = bind(deadline.signal, next);
    try {
      if ((await Promise.race([work.then(() => 'done' as const), expired])) === 'done') return;
    } finally {
      clearTimeout(timer);
    }
    deadline.abort();
    // Its errors were answered by the error handler already (to no one); nothing is left to report.
    work.catch(() => {});
    c.get('services')?.logger.warn(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        deadlineMs: options.timeoutMs,
      },
      'request deadline passed',
    );
    // Unless the work answered and only its bookkeeping is late: then that answer stands.
    return problemResponse(
      c,
      'deadlineExceeded',
      503,
      `The request did not complete within ${options.timeoutMs} ms. Whether it took effect is unknown: send it again (events with their ids, other writes with the same Idempotency-Key).`,
      { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
    );
  };
}
