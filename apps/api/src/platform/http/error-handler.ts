import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isTransientConflict } from '../db/retry.js';
import { isStatementTimeout } from '../db/session-limits.js';
import type { AppEnv } from './app-env.js';
import { ProblemError, problemResponse } from './problem.js';

/** Driver errors that mean "the database is not reachable right now", not "the request is bad". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  // No pooled connection within the acquire timeout (platform/db/guarded-pool.ts): unreachable or saturated.
  'POOL_ACQUIRE_TIMEOUT',
]);

/** Seconds a client should wait after a lost lock race: the conflict is usually gone by then. */
const BUSY_RETRY_AFTER_SECONDS = 1;

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/** The one place an exception becomes a response: every error is a problem document. */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof ProblemError) {
    return problemResponse(c, error.kind, error.status, error.detail, {
      ...(error.errors ? { errors: error.errors } : {}),
      ...(error.headers ? { headers: error.headers } : {}),
    });
  }
  if (error instanceof HTTPException) return fromHttpException(c, error);
  if (isTransientConflict(error)) {
    // Retried already (platform/db/retry.ts) and still losing: contention, not a bug and not the client's fault.
    c.get('services')?.logger.warn({ err: error, requestId: c.get('requestId') }, 'database busy');
    return problemResponse(
      c,
      'databaseBusy',
      503,
      'The database could not complete the request because of concurrent writes; send it again.',
      { headers: { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) } },
    );
  }
  const code = errorCode(error);
  if (code === 'ENROLLMENT_GONE') {
    // The lead was erased while this request ran (engine/context.ts): its ids name nothing any more.
    return problemResponse(c, 'notFound', 404, 'The lead or enrollment no longer exists in your workspace.');
  }
  if (code === 'REQUEST_DEADLINE_EXCEEDED' || isStatementTimeout(error)) {
    // The request's connection was cut at its deadline, or the server stopped a statement at its limit.
    c.get('services')?.logger.warn({ err: error, requestId: c.get('requestId') }, 'deadline exceeded');
    return problemResponse(
      c,
      'deadlineExceeded',
      503,
      'The request took too long and was stopped; send it again.',
      {
        headers: { 'Retry-After': '5' },
      },
    );
  }
  if (code === 'WRITER_UNAVAILABLE') {
    // The SQLite writer thread stopped under this write (platform/db/sqlite-writer.ts); the next one starts it again.
    c.get('services')?.logger.error({ err: error, requestId: c.get('requestId') }, 'writer unavailable');
    return problemResponse(
      c,
      'unavailable',
      503,
      'The database writer stopped before confirming this write; send it again.',
      {
        headers: { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) },
      },
    );
  }
  if (code && UNAVAILABLE_CODES.has(code)) {
    c.get('services')?.logger.warn({ err: error, requestId: c.get('requestId') }, 'database unavailable');
    return problemResponse(c, 'unavailable', 503, 'The database is not reachable; try again shortly.', {
      headers: { 'Retry-After': '5' },
    });
  }
  c.get('services')?.logger.error({ err: error, requestId: c.get('requestId') }, 'unhandled error');
  return problemResponse(
    c,
    'internal',
    500,
    'An unexpected error occurred. Quote the instance id to support.',
  );
};

function fromHttpException(c: Context<AppEnv>, error: HTTPException): Response {
  switch (error.status) {
    case 400:
      return problemResponse(c, 'validation', 400, error.message || 'The request could not be read.', {
        errors: [{ path: 'body', message: error.message || 'Malformed request body' }],
      });
    case 401:
      return problemResponse(c, 'unauthorized', 401, error.message || 'Authentication is required.', {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    case 413:
      return problemResponse(c, 'payloadTooLarge', 413, error.message || 'The request body is too large.');
    case 415:
      return problemResponse(
        c,
        'unsupportedMediaType',
        415,
        error.message || 'Send the body as application/json with that Content-Type.',
      );
    default:
      if (error.status >= 500) {
        c.get('services')?.logger.error({ err: error }, 'http exception');
        return problemResponse(c, 'internal', 500, 'An unexpected error occurred.');
      }
      return problemResponse(c, 'unprocessable', 422, error.message || 'The request cannot be processed.');
  }
}

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, 'notFound', 404, `No route for ${c.req.method} ${c.req.path}.`);
