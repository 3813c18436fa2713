// The server of the HTTP overhead figure: the built app exactly as createApp makes it (request ids,
// JSON request log at info on stdout, secure headers, body limit, rate limits set too high to refuse,
// authentication, validation, the database) and, in the same process and on the same socket, a bare
// Hono app with one route that answers the same JSON from memory. Plain JavaScript, so no TypeScript
// loader sits in the measured process. Listens on 127.0.0.1 (ephemeral port, printed on stderr as one
// JSON line, since stdout carries the request log). Usage: node overhead-server.mjs <DATABASE_URL>.
import { serve } from '@hono/node-server';
import { createApp } from '@leadstatus/api';
import { parseConnectionUrl } from '@leadstatus/api/platform/config/connection-url';
import { openDatabase } from '@leadstatus/api/platform/db/open-database';
import { createLogger } from '@leadstatus/api/platform/logger';
import { Hono } from 'hono';

const target = parseConnectionUrl(process.argv[2] ?? '');
if ('error' in target) {
  process.stderr.write(`${target.error}\n`);
  process.exit(2);
}
const database = openDatabase(target, { poolSize: 10 });
const { app, close } = createApp({
  database,
  logger: createLogger('info'),
  rateLimit: { perSecond: 1_000_000, burst: 10_000_000 },
});

/** The body the bare route answers: set once by the benchmark to a real GET /v1/leads/{id} answer. */
let body = { id: 'lead_unset' };
const bare = new Hono();
bare.put('/__bare/body', async (c) => {
  body = await c.req.json();
  return c.body(null, 204);
});
bare.get('/__bare/leads/:id', (c) => c.json(body));

const server = serve(
  {
    fetch: (request, env) =>
      request.url.includes('/__bare/') ? bare.fetch(request, env) : app.fetch(request, env),
    port: 0,
    hostname: '127.0.0.1',
  },
  (info) => {
    process.stderr.write(`${JSON.stringify({ port: info.port })}\n`);
  },
);
// Longer than a measurement, so autocannon's connections are never closed under it.
server.keepAliveTimeout = 120_000;
process.on('SIGTERM', () => {
  void close().then(() => {
    server.close(() => {
      void database.close().then(() => process.exit(0));
    });
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
});
