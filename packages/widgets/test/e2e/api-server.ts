// The real service, in this (Node) process: a temporary SQLite database, the app from
// @leadstatus/api's build, and @hono/node-server on 127.0.0.1 at a free port.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '@leadstatus/api';
import { createWorkspace } from '@leadstatus/api/features/workspaces/workspaces.repository';
import { migrateToLatest } from '@leadstatus/api/migrations/migrate';
import { openDatabase } from '@leadstatus/api/platform/db/open-database';

export interface RunningApi {
  apiBase: string;
  apiKey: string;
  close(): Promise<void>;
}

export async function startApi(): Promise<RunningApi> {
  const directory = mkdtempSync(join(tmpdir(), 'leadstatus-widgets-e2e-'));
  const database = openDatabase({ dialect: 'sqlite', filename: join(directory, 'e2e.db') });
  await migrateToLatest(database);
  const { apiKey } = await createWorkspace(database.writer, { name: 'Widgets e2e', now: Date.now() });
  const leadStatus = createApp({ database });
  const server = serve({ fetch: leadStatus.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    apiBase: `http://127.0.0.1:${port}`,
    apiKey,
    async close() {
      await leadStatus.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A call with the secret key: only ever from Node, never from the page. */
export async function callApi(
  api: Pick<RunningApi, 'apiBase' | 'apiKey'>,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${api.apiBase}${path}`, {
    method,
    headers: { Authorization: `Bearer ${api.apiKey}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json: unknown = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}
