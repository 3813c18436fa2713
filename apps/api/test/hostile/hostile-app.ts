import { createApp, type LeadStatusApp } from '../../src/app.js';
import { stubResolver } from '../../src/features/webhooks/test-support/webhook-test-app.js';
import { createWorkspace } from '../../src/features/workspaces/workspaces.repository.js';
import { type Clock, systemClock } from '../../src/platform/clock.js';
import type { DatabaseHandle } from '../../src/platform/db/open-database.js';
import type { RateLimitSettings } from '../../src/platform/http/rate-limit.js';
import { readJson } from '../../src/test-support/read-json.js';
import type { SchemaRoot } from './json-schema.js';

/** A body that is not JSON (a raw mail): `call` sends it as it is, with its media type. */
export class RawBody {
  constructor(
    readonly contentType: string,
    readonly text: string,
  ) {}

  toJSON(): string {
    return this.text;
  }
}

/** A plain reply from `from`, in the shape a mail client sends it. */
export function rawReply(from: string, messageId: string): RawBody {
  return new RawBody(
    'message/rfc822',
    [
      `From: Lead <${from}>`,
      'To: sales@acme.test',
      'Subject: Re: Hello',
      'Date: Tue, 01 Dec 2026 10:15:00 +0100',
      `Message-ID: <${messageId}@mail.example.com>`,
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Thanks, tell me more.',
      '',
    ].join('\r\n'),
  );
}

export interface HostileApp {
  leadStatus: LeadStatusApp;
  clock: Clock;
  document: SchemaRoot & { paths: Record<string, Record<string, unknown>> };
  /** Sends a request as a client would (no socket): headers, raw body and all. */
  send(
    method: string,
    path: string,
    init?: { headers?: RequestInit['headers']; body?: RequestInit['body'] },
  ): Promise<Response>;
  /** A JSON request (or a RawBody) with a bearer credential (or none). */
  call(method: string, path: string, credential: string | null, json?: unknown): Promise<Response>;
  newWorkspace(name: string): Promise<{ workspaceId: string; apiKey: string }>;
}

/**
 * The real app with nothing that leaves the machine: webhook URLs resolve through a stub DNS
 * table, SNS certificates and SubscribeURLs are never fetched, clicks settle only when asked.
 */
export function createHostileApp(
  database: DatabaseHandle,
  options: { clock?: Clock; bodyLimitBytes?: number; rateLimit?: RateLimitSettings } = {},
): HostileApp {
  const clock = options.clock ?? systemClock;
  const leadStatus = createApp({
    database,
    clock,
    ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    stream: { heartbeatMs: 60_000, pollIntervalMs: 60_000 },
    webhooks: { resolver: stubResolver() },
    tracking: {
      publicBaseUrl: 'https://track.example.com',
      settleAfterClick: false,
      fetchCertificate: async () => {
        throw new Error('no certificate fetching in tests');
      },
      confirmSubscription: async () => {
        throw new Error('no SubscribeURL fetching in tests');
      },
    },
  });
  const { app } = leadStatus;
  const send: HostileApp['send'] = async (method, path, init = {}) =>
    app.request(path, {
      method,
      ...(init.headers ? { headers: init.headers } : {}),
      ...(init.body !== undefined && init.body !== null ? { body: init.body, duplex: 'half' } : {}),
    } as RequestInit);
  return {
    leadStatus,
    clock,
    document: leadStatus.openApiDocument() as unknown as HostileApp['document'],
    send,
    call: (method, path, credential, json) =>
      send(method, path, {
        headers: {
          ...(credential ? { Authorization: `Bearer ${credential}` } : {}),
          ...(json instanceof RawBody
            ? { 'Content-Type': json.contentType }
            : json !== undefined
              ? { 'Content-Type': 'application/json' }
              : {}),
        },
        body: json instanceof RawBody ? json.text : json !== undefined ? JSON.stringify(json) : null,
      }),
    async newWorkspace(name) {
      const { workspace, apiKey } = await createWorkspace(database.writer, { name, now: clock.now() });
      return { workspaceId: workspace.id, apiKey };
    },
  };
}

/** Ids and tokens of one seeded workspace: something real for every path parameter. */
export interface SeededWorkspace {
  workspaceId: string;
  apiKey: string;
  campaignId: string;
  leadId: string;
  leadIds: string[];
  leadEmail: string;
  enrollmentId: string;
  dncId: string;
  webhookId: string;
  deliveryId: string;
  messageId: string;
  pixelToken: string;
  clickToken: string;
  unsubscribeToken: string;
  /** An inbound mail no enrollment was found for (the triage list). */
  inboundId: string;
  /** A label of the workspace's own. */
  labelKey: string;
}

async function expectOk(response: Response, what: string) {
  if (response.status >= 300) throw new Error(`seeding ${what}: ${response.status} ${await response.text()}`);
  return readJson(response);
}

const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

/**
 * A workspace with a campaign, three leads enrolled, events (sent, opened, replied), a DNC entry,
 * a webhook with a delivery, an inbound provider and a sent message with its tracking tokens; all
 * through the API, as a customer would make them.
 */
export async function seedWorkspace(app: HostileApp, name: string): Promise<SeededWorkspace> {
  const { workspaceId, apiKey } = await app.newWorkspace(name);
  const call = (method: string, path: string, json?: unknown) => app.call(method, path, apiKey, json);
  const campaign = await expectOk(
    await call('POST', '/v1/campaigns', {
      name: `${name} campaign`,
      steps: [
        { subject: 'Hello', delay_hours: 0 },
        { subject: 'Following up', delay_hours: 48 },
      ],
    }),
    'campaign',
  );
  const emails = ['ann', 'bo', 'cy'].map(
    (who) => `${who}.${workspaceId.slice(-8).toLowerCase()}@example.com`,
  );
  const enrolled = await expectOk(
    await call('POST', `/v1/campaigns/${campaign.id}/leads`, { emails }),
    'enroll',
  );
  const rows = enrolled.data as Array<{ lead_id: string; enrollment_id: string }>;
  const [first, second, third] = rows.map((r) => r.lead_id) as [string, string, string];
  const at = (minutes: number) => new Date(app.clock.now() - 3_600_000 + minutes * 60_000).toISOString();
  for (const [lead, type, minute] of [
    [first, 'sent', 1],
    [first, 'opened', 2],
    [second, 'sent', 1],
    [second, 'replied', 3],
    [third, 'sent', 1],
  ] as const) {
    await expectOk(
      await call('POST', '/v1/events', {
        type,
        campaign_id: campaign.id,
        lead_id: lead,
        occurred_at: at(minute),
      }),
      `event ${type}`,
    );
  }
  const dnc = await expectOk(
    await call('POST', '/v1/dnc', { value: `@blocked-${workspaceId.slice(-8).toLowerCase()}.example` }),
    'dnc',
  );
  const webhook = await expectOk(
    await call('POST', '/v1/webhooks', { url: 'https://hooks.partner.example/lead-status' }),
    'webhook',
  );
  const delivery = await expectOk(await call('POST', `/v1/webhooks/${webhook.id}/test`), 'test delivery');
  await expectOk(
    await call('PUT', '/v1/providers/postmark', { secret: 'postmark-secret-0123456789' }),
    'provider',
  );
  const message = await expectOk(
    await call('POST', '/v1/messages', {
      campaign_id: campaign.id,
      lead_id: third,
      step: 2,
      links: ['https://example.com/pricing'],
    }),
    'message',
  );
  const inbound = await expectOk(
    await call(
      'POST',
      '/v1/inbound/messages',
      rawReply(`stranger@${workspaceId.slice(-8).toLowerCase()}.example`, `seed-${workspaceId}`),
    ),
    'inbound mail',
  );
  const label = await expectOk(
    await call('POST', '/v1/labels', { name: `label ${workspaceId.slice(-8)}`, sentiment: 'positive' }),
    'label',
  );
  return {
    workspaceId,
    apiKey,
    inboundId: inbound.id,
    labelKey: label.key,
    campaignId: campaign.id,
    leadId: first,
    leadIds: [first, second, third],
    leadEmail: emails[0] as string,
    enrollmentId: rows[0]?.enrollment_id as string,
    dncId: dnc.id,
    webhookId: webhook.id,
    deliveryId: delivery.id,
    messageId: message.message_id,
    pixelToken: tokenOf(message.open_pixel_url),
    clickToken: tokenOf(Object.values(message.click_urls as Record<string, string>)[0] as string),
    unsubscribeToken: tokenOf(message.unsubscribe_url),
  };
}
