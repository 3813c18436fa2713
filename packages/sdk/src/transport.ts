import type { Credentials } from './auth.js';
import { networkError } from './errors.js';
import { backoffMs, isRetryableStatus, parseRetryAfter, type RetryOptions, sleep } from './retry.js';

/** Any fetch: the platform's, a test double, or an in-process app's `fetch`. */
export type FetchLike = (request: Request) => Response | Promise<Response>;

export interface TransportOptions {
  fetch: FetchLike;
  credentials: Credentials;
  retry: RetryOptions;
  /** Per attempt, until the response's headers (and a JSON body) have arrived; 0 for none. */
  timeoutMs: number;
}

const TIMEOUT = Symbol('timeout');

/** JSON answers are read inside the attempt, so a stalled body times out and is retried like the rest. */
function isBufferedJson(response: Response): boolean {
  return /^application\/(problem\+)?json/.test(response.headers.get('Content-Type') ?? '');
}

/** Rejects when the signal aborts even if `fetch` ignores it (some in-process fetches do). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function wantsIdempotencyKey(request: Request, headers: Headers): boolean {
  return request.method === 'POST' && !headers.has('Idempotency-Key');
}

/**
 * The fetch handed to openapi-fetch: adds the bearer token and, on POST, an
 * `Idempotency-Key` kept for every retry of the request (the service answers a retried key with the
 * first response, so an event is never applied twice); times attempts out; retries network errors,
 * timeouts, 408, 429 and 5xx with jittered exponential backoff or the `Retry-After` asked for;
 * refreshes a token once on 401.
 */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  const { credentials, retry, timeoutMs } = options;

  async function attempt(request: Request, body: ArrayBuffer | undefined, headers: Headers) {
    const timer = new AbortController();
    const signal = AbortSignal.any([request.signal, timer.signal]);
    const timeout = timeoutMs > 0 ? setTimeout(() => timer.abort(TIMEOUT), timeoutMs) : undefined;
    try {
      const sent = new Request(request.url, { method: request.method, headers, body, signal });
      const response = await untilAborted(Promise.resolve(options.fetch(sent)), signal);
      if (!isBufferedJson(response)) return response;
      const text = await untilAborted(response.text(), signal);
      return new Response(text, response);
    } finally {
      clearTimeout(timeout);
    }
  }

  return async (request) => {
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const headers = new Headers(request.headers);
    if (wantsIdempotencyKey(request, headers)) headers.set('Idempotency-Key', crypto.randomUUID());
    const idempotent = request.method === 'POST' && headers.has('Idempotency-Key');
    let forceRefresh = false;
    let refreshed = false;
    // After a lost attempt the first may still be running: its key answers 409 until it is done.
    let lostAttempt = false;
    for (let retries = 0; ; retries++) {
      headers.set('Authorization', `Bearer ${await credentials.bearer(forceRefresh)}`);
      let response: Response;
      try {
        response = await attempt(request, body, headers);
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        const failure =
          error === TIMEOUT
            ? networkError('timeout', `No answer within ${timeoutMs} ms.`)
            : networkError('network', error instanceof Error ? error.message : String(error), error);
        if (retries >= retry.maxRetries) throw failure;
        lostAttempt = true;
        await sleep(backoffMs(retries, retry), request.signal);
        continue;
      }
      if (response.status === 401 && credentials.refreshable && !refreshed) {
        refreshed = forceRefresh = true;
        retries--;
        continue;
      }
      forceRefresh = false;
      const stillRunning =
        response.status === 409 && idempotent && lostAttempt && !response.headers.has('Idempotent-Replayed');
      if (retries >= retry.maxRetries || !(isRetryableStatus(response.status) || stillRunning)) {
        return response;
      }
      const asked = parseRetryAfter(response.headers.get('Retry-After'));
      if (asked !== undefined && asked > retry.maxRetryAfterMs) return response;
      await response.body?.cancel();
      await sleep(asked ?? backoffMs(retries, retry), request.signal);
    }
  };
}
