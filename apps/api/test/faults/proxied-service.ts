import { afterAll, beforeAll } from 'vitest';
import { createWorkspace } from '../../src/features/workspaces/workspaces.repository.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/test-databases.js';
import { type Service, startService } from './service.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

export interface ProxiedService {
  database: TestDatabase;
  proxy: TcpProxy;
  /** Starts the real server, connected to MariaDB through the proxy, with a workspace's key. */
  start(name: string, env: Record<string, string>): Promise<{ service: Service; apiKey: string }>;
}

/**
 * A MariaDB database of its own and a TCP proxy in front of it, for the tests that take the database
 * away from a running service (the shared server stays up for every other test); stopped and dropped
 * after the file's tests.
 */
export function useProxiedService(): ProxiedService {
  const context = {} as ProxiedService;
  let service: Service | undefined;
  beforeAll(async () => {
    context.database = await createTestDatabase('mysql');
    const server = new URL(context.database.url);
    context.proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 3306) });
  });
  afterAll(async () => {
    await service?.stop('SIGKILL');
    await context.proxy?.close();
    await context.database?.drop();
  });
  context.start = async (name, env) => {
    const { apiKey } = await createWorkspace(context.database.handle.writer, { name, now: Date.now() });
    const viaProxy = new URL(context.database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(context.proxy.port);
    service = await startService({ DATABASE_URL: viaProxy.toString(), ...env });
    return { service, apiKey };
  };
  return context;
}
