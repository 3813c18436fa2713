import { createApp } from '@leadstatus/api/app';
import type { TransportRequest } from '@leadstatus/api/features/webhooks/http-transport';
import { createWorkspace } from '@leadstatus/api/features/workspaces/workspaces.repository';
import { migrateToLatest } from '@leadstatus/api/migrations/migrate';
import { openDatabase } from '@leadstatus/api/platform/db/open-database';
import { vi } from 'vitest';
import { type ClientOptions, createLeadStatusClient, type LeadStatusClient } from '../../src/index.js';

export const BASE_URL = 'http://leadstatus.test';

export interface InProcessService {
  /** The Hono app's fetch: the real service, no socket. */
  fetch(request: Request): Promise<Response>;
  apiKey: string;
  workspaceId: string;
  /** A client on this service, authenticated with the workspace's key unless told otherwise. */
  client(options?: Partial<ClientOptions>): LeadStatusClient;
  /** Webhook deliveries the service sent (to a transport that records them and answers 200). */
  deliveries: TransportRequest[];
  /** Sends every webhook delivery that is due now. */
  deliverWebhooks(): Promise<void>;
  close(): Promise<void>;
}

/** The real service on a fresh in-memory SQLite database, with one workspace and its key. */
export async function startService(): Promise<InProcessService> {
  const database = openDatabase({ dialect: 'sqlite', filename: ':memory:' });
  await migrateToLatest(database);
  const deliveries: TransportRequest[] = [];
  const service = createApp({
    database,
    // Short stream delays so reconnect tests take milliseconds, not seconds.
    stream: { pollIntervalMs: 20, retryMs: 20, lateWindowMs: 200 },
    webhooks: {
      // A public address for every name, and a transport that records instead of connecting.
      resolver: async () => [{ address: '93.184.216.34', family: 4 }],
      transport: async (request) => {
        deliveries.push(request);
        return { statusCode: 200, body: 'ok' };
      },
      random: () => 0,
    },
  });
  const { workspace, apiKey } = await createWorkspace(database.writer, {
    name: 'SDK tests',
    now: Date.now(),
  });
  const fetch = async (request: Request) => service.app.fetch(request);
  return {
    fetch,
    apiKey,
    workspaceId: workspace.id,
    client: (options = {}) =>
      createLeadStatusClient({ baseUrl: BASE_URL, apiKey, fetch, ...options } as ClientOptions),
    deliveries,
    deliverWebhooks: async () => {
      await service.webhookWorker.runOnce();
    },
    close: async () => {
      await service.close();
      await service.webhookWorker.stop();
      await database.close();
    },
  };
}

let counter = 0;
/** A unique e-mail address for a test lead. */
export function uniqueEmail(label = 'lead'): string {
  counter += 1;
  return `${label}.${counter}.${Date.now().toString(36)}@example.com`;
}

/** A campaign with two steps and these e-mails enrolled; their lead ids in order. */
export async function campaignWithLeads(client: LeadStatusClient, emails: string[]) {
  const campaign = await client.campaigns.create({
    name: `Campaign ${uniqueEmail('c')}`,
    steps: [
      { subject: 'Hello', delay_hours: 0 },
      { subject: 'Following up', delay_hours: 48 },
    ],
  });
  const enrolled = await client.enrollments.add(campaign.id, { emails });
  return { campaign, leadIds: enrolled.data.flatMap((row) => (row.lead_id ? [row.lead_id] : [])) };
}

/** Reports step 1 sent with this Message-ID (`POST /v1/messages`, through the raw layer): what replies name. */
export async function sendStep1(
  client: LeadStatusClient,
  campaignId: string,
  leadId: string,
  messageId: string,
) {
  const { response, error } = await client.POST('/v1/messages', {
    body: { campaign_id: campaignId, lead_id: leadId, step: 1, rfc822_message_id: messageId },
  });
  if (!response.ok) throw new Error(`send: ${response.status} ${JSON.stringify(error)}`);
}

/** Retries an assertion until it passes; generous, because a loaded 2-core CI machine can be slow. */
export function eventually<T>(assertion: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(assertion, { timeout: 10_000, interval: 10 });
}
