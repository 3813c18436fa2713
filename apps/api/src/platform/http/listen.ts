import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { DEFAULT_SERVER_TIMEOUTS, type ServerTimeouts } from '../config/limits-config.js';
import { applyServerTimeouts } from './server-timeouts.js';
import { keepConnectionsUsable } from './unread-bodies.js';

export interface ListenOptions {
  port: number;
  hostname: string;
  timeouts?: ServerTimeouts;
}

/**
 * The HTTP server of an app: Node's, with the slow-client deadlines (server-timeouts.ts) and the
 * handling of bodies an answer left unread (unread-bodies.ts). @hono/node-server's own clean-up of
 * those is off: it gives up after 500 ms by closing the connection, though its answer said keep-alive.
 */
export function listen(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
  options: ListenOptions,
  onListening?: (address: AddressInfo) => void,
): Server {
  const server = serve(
    { fetch, port: options.port, hostname: options.hostname, autoCleanupIncoming: false },
    onListening,
  ) as Server;
  applyServerTimeouts(server, options.timeouts ?? DEFAULT_SERVER_TIMEOUTS);
  keepConnectionsUsable(server);
  return server;
}
