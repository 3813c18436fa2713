// The export server under test, in a process of its own so its memory is measured alone: the
// built app over DATABASE_URL on 127.0.0.1, an ephemeral port printed as one JSON line on stdout.
// Plain JavaScript, so no TypeScript loader sits in the measured process.
import { serve } from '@hono/node-server';
import { createApp } from '@leadstatus/api';
import { parseConnectionUrl } from '@leadstatus/api/platform/config/connection-url';
import { openDatabase } from '@leadstatus/api/platform/db/open-database';

const target = parseConnectionUrl(process.env.DATABASE_URL ?? '');
if ('error' in target) {
  process.stderr.write(`${target.error}\n`);
  process.exit(2);
}
const database = openDatabase(target, { poolSize: 4 });
const { app } = createApp({ database });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
process.on('SIGTERM', () => {
  server.close(() => {
    void database.close().then(() => process.exit(0));
  });
});
