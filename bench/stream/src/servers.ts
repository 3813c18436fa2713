import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@leadstatus/api';
import type { DatabaseHandle } from '@leadstatus/api/platform/db/open-database';

export interface BenchServer {
  url: string;
  /** Ends the streams, stops listening and closes its database handle. */
  close(): Promise<void>;
}

/**
 * The real app on a loopback socket, with its own database handle and feed: two of them on one
 * database behave as two server processes do (each polls the table; only its own writes wake it).
 */
export async function startBenchServer(database: DatabaseHandle): Promise<BenchServer> {
  const leadStatus = createApp({ database });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: leadStatus.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await leadStatus.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await database.close();
    },
  };
}
