import { createApp } from '../../../app.js';
import { type Clock, systemClock } from '../../../platform/clock.js';
import type { DatabaseHandle } from '../../../platform/db/open-database.js';
import { createWorkspace } from '../../workspaces/workspaces.repository.js';
import { nodeHttpTransport, type Transport, type TransportRequest } from '../http-transport.js';
import { isLoopbackAddress } from '../ip-address.js';
import type { Resolver } from '../url-policy.js';
import type { WebhookSettings } from '../webhook-runtime.js';

/**
 * Names the tests resolve, without DNS. The public address is never connected to: the guarded
 * transport below refuses anything but loopback.
 */
export const STUB_DNS: Record<string, string[]> = {
  'hooks.partner.example': ['93.184.216.34'],
  'v6.partner.example': ['2606:2800:220:1:248:1893:25c8:1946'],
  'internal.partner.example': ['10.0.0.7'],
  'metadata.partner.example': ['169.254.169.254'],
  'mixed.partner.example': ['93.184.216.34', '127.0.0.1'],
  'ula.partner.example': ['fd12:3456::1'],
  'mapped.partner.example': ['::ffff:192.168.1.1'],
  'loopback.partner.example': ['127.0.0.1'],
};

export function stubResolver(table: Record<string, string[]> = STUB_DNS): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolver = async (hostname: string) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({
      address,
      family: address.includes(':') ? (6 as const) : (4 as const),
    }));
  };
  return Object.assign(resolver, { calls });
}

/** The real transport, refusing (and recording) any connection that is not to loopback. */
export function guardedTransport(): Transport & { connections: TransportRequest[] } {
  const connections: TransportRequest[] = [];
  const transport: Transport = async (request) => {
    connections.push(request);
    if (!isLoopbackAddress(request.address.address)) {
      throw new Error(`test guard: refused to connect to ${request.address.address}`);
    }
    return nodeHttpTransport(request);
  };
  return Object.assign(transport, { connections });
}

export type WebhookTestApp = ReturnType<typeof createWebhookTestApp>;

/** The real app with webhooks wired for tests: insecure (loopback) allowed, stub DNS, no jitter. */
export function createWebhookTestApp(
  database: DatabaseHandle,
  options: { clock?: Clock; webhooks?: WebhookSettings } = {},
) {
  const clock = options.clock ?? systemClock;
  const resolver = stubResolver();
  const transport = guardedTransport();
  const leadStatus = createApp({
    database,
    clock,
    webhooks: {
      allowInsecure: true,
      resolver,
      transport,
      random: () => 0,
      timeoutMs: 2_000,
      ...options.webhooks,
    },
  });
  return {
    ...leadStatus,
    worker: leadStatus.webhookWorker,
    resolver,
    transport,
    async request(
      path: string,
      init: RequestInit & { key?: string; json?: unknown } = {},
    ): Promise<Response> {
      const { key, json, headers, ...rest } = init;
      const merged = new Headers(headers);
      if (key) merged.set('Authorization', `Bearer ${key}`);
      if (json !== undefined) merged.set('Content-Type', 'application/json');
      return leadStatus.app.request(path, {
        ...rest,
        headers: merged,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    },
    async newWorkspace(name = 'Webhook workspace') {
      const { workspace, apiKey } = await createWorkspace(database.writer, { name, now: clock.now() });
      return { workspaceId: workspace.id, apiKey };
    },
  };
}
