import type { Server } from 'node:http';
import type { ServerType } from '@hono/node-server';

/** `HTTP_*_TIMEOUT_MS`: how long a client may take to send a request, and to stay idle between two. */
export interface ServerTimeouts {
  /** From the connection (or the end of the previous request) to the end of the request headers. */
  headersTimeoutMs: number;
  /**
   * To receive the whole request, headers and body. It does not bound the response: an event
   * stream (`GET /v1/stream`) or a long export keeps going (its request ended long ago).
   */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this; set it above your load balancer's idle timeout. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
};

/**
 * Bounds slow clients (Slowloris: headers or a body trickled in a byte at a time): Node answers
 * `408 Request Timeout` and closes the connection. Node checks these deadlines on a timer
 * (`connectionsCheckingInterval`, 30 s by default), so a client could otherwise hold a socket up to
 * 30 s past them; the check runs here at a quarter of the shortest deadline (at most 1 s apart).
 * Call it right after `serve()`, before the server starts listening, so the check interval applies.
 */
export function applyServerTimeouts(
  server: ServerType,
  timeouts: ServerTimeouts = DEFAULT_SERVER_TIMEOUTS,
): void {
  // `connectionsCheckingInterval` is read when the server starts listening; @types/node lists it
  // only as a createServer option.
  const http = server as Server & { connectionsCheckingInterval: number };
  http.headersTimeout = timeouts.headersTimeoutMs;
  http.requestTimeout = timeouts.requestTimeoutMs;
  http.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  const shortest = Math.min(timeouts.headersTimeoutMs, timeouts.requestTimeoutMs);
  if (shortest > 0) {
    http.connectionsCheckingInterval = Math.max(10, Math.min(1_000, Math.floor(shortest / 4)));
  }
}
