import type { Server } from 'node:http';
import type { ServerType } from '@hono/node-server';
import { DEFAULT_SERVER_TIMEOUTS, type ServerTimeouts } from '../config/limits-config.js';

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
