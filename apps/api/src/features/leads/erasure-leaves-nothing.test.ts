import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { fixedClock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import type { DatabaseHandle } from '../../platform/db/open-database.js';
import { readJson } from '../../test-support/read-json.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { CHROME } from '../tracking/test-support/tracking-app.js';
import { guardedTransport, stubResolver } from '../webhooks/test-support/webhook-test-app.js';
import { createWorkspace } from '../workspaces/workspaces.repository.js';

const BASE_URL = 'https://track.example.test';
const POSTMARK_SECRET = 'pm-webhook-secret-erasure-0123';
const MINUTE = 60_000;

/** The lead to erase: an address and names that appear nowhere else. */
const ERIN = {
  email: 'E.Kx42@Erasure.example',
  first_name: 'Erinnaqx',
  last_name: 'Zyxwvut',
  company: 'Qzxerasure Ltd',
  custom_fields: { note: 'erin-private-note' },
};
const BOB = { email: 'bob.survivor@erasure.example', first_name: 'Bobbyqx' };

interface Trace {
  table: string;
  column: string;
  needle: string;
  text: string;
}

/** Every table of the database, read from its own catalogue (not a list kept by hand). */
async function allTables(handle: DatabaseHandle): Promise<string[]> {
  const query =
    handle.dialect === 'sqlite'
      ? sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = database() and table_type = 'BASE TABLE'`;
  return (await query.execute(handle.db)).rows.map((r) => r.name);
}

/** Every cell of every table that contains one of the needles (case-insensitive). */
async function findTraces(handle: DatabaseHandle, needles: readonly string[]): Promise<Trace[]> {
  const traces: Trace[] = [];
  const db = handle.db as Kysely<Database>;
  for (const table of await allTables(handle)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (value === null || value === undefined) continue;
        const text = value instanceof Uint8Array ? Buffer.from(value).toString('utf8') : String(value);
        for (const needle of needles) {
          if (text.toLowerCase().includes(needle.toLowerCase())) traces.push({ table, column, needle, text });
        }
      }
    }
  }
  return traces;
}

const tablesOf = (traces: Trace[]) => [...new Set(traces.map((t) => t.table))].sort();

/** A webhook receiver that answers each delivery with the body it got, as some endpoints do. */
async function startEchoReceiver() {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describeEachDatabase('erasing a lead leaves nothing of it', ({ database }) => {
  let receiver: Awaited<ReturnType<typeof startEchoReceiver>>;
  beforeAll(async () => {
    receiver = await startEchoReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('after every real flow, no table or column holds its id, address, names or enrollments; only its DNC entry stays', async () => {
    const clock = fixedClock(Date.now());
    const leadStatus = createApp({
      database: database.handle,
      clock,
      webhooks: {
        allowInsecure: true,
        resolver: stubResolver(),
        transport: guardedTransport(),
        random: () => 0,
        timeoutMs: 5_000,
      },
      tracking: { publicBaseUrl: BASE_URL, settleAfterClick: false },
    });
    const { workspace, apiKey } = await createWorkspace(database.handle.writer, {
      name: 'Erasure',
      now: clock.now(),
    });
    const workspaceId = workspace.id;
    const request = async (
      path: string,
      init: {
        method?: string;
        json?: unknown;
        key?: string;
        headers?: Record<string, string>;
        body?: string;
      } = {},
    ) => {
      const headers = new Headers(init.headers);
      if (init.key !== undefined) headers.set('Authorization', `Bearer ${init.key}`);
      if (init.json !== undefined) headers.set('Content-Type', 'application/json');
      const target = path.startsWith(BASE_URL) ? path.slice(BASE_URL.length) : path;
      const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
      return leadStatus.app.request(target, {
        method: init.method ?? 'GET',
        headers,
        ...(body !== undefined ? { body } : {}),
      });
    };
    /** An API POST with an Idempotency-Key, expecting `status`. */
    const post = async (path: string, json: unknown, idempotencyKey: string, status: number) => {
      const response = await request(path, {
        method: 'POST',
        key: apiKey,
        json,
        headers: { 'Idempotency-Key': idempotencyKey },
      });
      if (response.status !== status) {
        throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      }
      return readJson(response);
    };

    // Setup: a webhook endpoint, two campaigns, an ESP.
    await post('/v1/webhooks', { url: `${receiver.url}/hook` }, 'webhook', 201);
    const steps = [
      { subject: 'Hello', delay_hours: 0 },
      { subject: 'Following up', delay_hours: 48 },
    ];
    const alpha = (await post('/v1/campaigns', { name: 'Alpha', steps }, 'campaign-a', 201)).id;
    const beta = (await post('/v1/campaigns', { name: 'Beta', steps }, 'campaign-b', 201)).id;
    const provider = await request('/v1/providers/postmark', {
      method: 'PUT',
      key: apiKey,
      json: { secret: POSTMARK_SECRET },
    });
    expect(provider.status).toBe(200);

    // The lead arrives by every way the API has.
    const erin = (await post('/v1/leads', ERIN, 'create-erin', 201)).id as string;
    const batch = await post(
      '/v1/leads/batch',
      { leads: [{ email: ERIN.email, last_name: ERIN.last_name }, BOB] },
      'batch-erin-bob',
      200,
    );
    const bob = batch.data[1].lead_id as string;
    const inAlpha = await post(
      `/v1/campaigns/${alpha}/leads`,
      { emails: [ERIN.email, BOB.email] },
      'enroll-a',
      200,
    );
    const inBeta = await post(`/v1/campaigns/${beta}/leads`, { lead_ids: [erin] }, 'enroll-b', 200);
    const enrollments = [inAlpha.data[0].enrollment_id, inBeta.data[0].enrollment_id] as string[];
    await post(`/v1/campaigns/${beta}/leads/${erin}/pause`, {}, 'pause-erin', 200);
    await post(`/v1/campaigns/${beta}/leads/pause`, { lead_ids: [erin] }, 'pause-many-erin', 200);
    await post(`/v1/campaigns/${beta}/leads/${erin}/resume`, {}, 'resume-erin', 200);

    // Tracked messages, opened, clicked.
    const links = ['https://example.com/pricing'];
    const message = await post(
      '/v1/messages',
      { campaign_id: alpha, lead_id: erin, step: 1, links },
      'message-erin',
      201,
    );
    await post('/v1/messages', { campaign_id: alpha, lead_id: bob, step: 1, links }, 'message-bob', 201);
    clock.advance(5 * MINUTE);
    expect((await request(message.open_pixel_url, { headers: { 'User-Agent': CHROME } })).status).toBe(200);
    const clickUrl = message.click_urls[links[0] as string] as string;
    expect((await request(clickUrl, { headers: { 'User-Agent': CHROME } })).status).toBe(302);
    clock.advance(MINUTE);
    await leadStatus.sweeper.runOnce({ workspaceId });

    // Events by address and by id, one at a time and in a batch.
    await post('/v1/events', { type: 'opened', campaign_id: beta, email: ERIN.email }, 'event-erin', 202);
    await post(
      '/v1/events/batch',
      {
        events: [
          { type: 'sent', campaign_id: beta, lead_id: erin, step: 1 },
          { type: 'replied', campaign_id: alpha, lead_id: bob },
        ],
      },
      'events-batch',
      200,
    );

    // An ESP reports an open and a click of the message (Postmark signs with a shared secret, no time).
    const at = new Date(clock.now()).toISOString();
    for (const record of [
      { RecordType: 'Open', Recipient: ERIN.email, ReceivedAt: at, FirstOpen: true, UserAgent: CHROME },
      {
        RecordType: 'Click',
        Recipient: ERIN.email,
        ReceivedAt: at,
        OriginalLink: links[0],
        UserAgent: CHROME,
      },
    ]) {
      const inbound = await request(`/webhooks/postmark/${workspaceId}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Webhook-Secret': POSTMARK_SECRET },
        body: JSON.stringify({
          ...record,
          MessageID: `pm-${erin}`,
          Metadata: { leadstatus_message: message.message_id },
        }),
      });
      expect(await readJson(inbound)).toMatchObject({ applied: 1 });
    }

    // The lead's mailbox answers: an automatic reply, then a bounce that names her address.
    const mail = (lines: string[]) =>
      request('/v1/inbound/messages', {
        method: 'POST',
        key: apiKey,
        headers: { 'Content-Type': 'message/rfc822' },
        body: lines.join('\r\n'),
      });
    const autoReply = await mail([
      `From: ${ERIN.first_name} ${ERIN.last_name} <${ERIN.email}>`,
      'To: sales@acme.test',
      'Subject: Automatic reply: Hello',
      `Message-ID: <auto-${erin}@mail.example.com>`,
      `In-Reply-To: ${message.rfc822_message_id}`,
      'Auto-Submitted: auto-replied',
      '',
      `Thanks for your mail. ${ERIN.first_name} ${ERIN.last_name}, ${ERIN.company}`,
      '',
    ]);
    expect(await readJson(autoReply)).toMatchObject({ kind: 'auto_reply', match: { lead_id: erin } });
    const bounce = await mail([
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
      'To: sales@acme.test',
      'Subject: Undelivered Mail Returned to Sender',
      `Message-ID: <bounce-${erin}@mx.example.net>`,
      '',
      `<${ERIN.email}>: host mx.example.net said: 452 4.2.2 mailbox full`,
      '',
    ]);
    expect(await readJson(bounce)).toMatchObject({ kind: 'bounce', match: { lead_id: erin } });

    // The lead opts out with the one-click link: its address joins the do-not-contact list.
    const unsubscribed = await request(message.unsubscribe_url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': CHROME },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(unsubscribed.status).toBe(200);

    // Every status change goes out as a webhook; the receiver echoes it into the attempt log.
    await leadStatus.webhookWorker.runOnce();

    const needles = [
      erin,
      ERIN.email,
      ERIN.first_name,
      ERIN.last_name,
      ERIN.company,
      ERIN.custom_fields.note,
      ...enrollments,
    ];
    // The scan sees: before the erasure, the lead is in every store these flows write.
    expect(tablesOf(await findTraces(database.handle, needles))).toEqual(
      expect.arrayContaining([
        'dnc_entries',
        'enrollments',
        'events',
        'idempotency_keys',
        'inbound_messages',
        'leads',
        'status_changes',
        'tracking_clicks',
        'tracking_messages',
        'webhook_attempts',
        'webhook_deliveries',
      ]),
    );

    expect((await request(`/v1/leads/${erin}`, { method: 'DELETE', key: apiKey })).status).toBe(204);
    await leadStatus.webhookWorker.runOnce();
    await leadStatus.sweeper.runOnce({ workspaceId });

    const left = await findTraces(database.handle, needles);
    const normalized = ERIN.email.toLowerCase();
    expect(
      left.filter((t) => !(t.table === 'dnc_entries' && t.column === 'value' && t.text === normalized)),
    ).toEqual([]);
    expect(left).toHaveLength(1);
    // And the other lead, written by the same flows, is all still there.
    expect(tablesOf(await findTraces(database.handle, [bob, inAlpha.data[1].enrollment_id]))).toEqual(
      expect.arrayContaining([
        'enrollments',
        'events',
        'idempotency_keys',
        'idempotency_subjects',
        'leads',
        'status_changes',
        'tracking_messages',
        'webhook_attempts',
        'webhook_deliveries',
      ]),
    );
    await leadStatus.close();
  });
});
