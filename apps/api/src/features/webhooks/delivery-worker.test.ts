import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { ulid } from 'ulid';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../platform/clock.js';
import { parseConnectionUrl } from '../../platform/config/connection-url.js';
import { type DatabaseHandle, openDatabase } from '../../platform/db/open-database.js';
import { newId } from '../../platform/ids.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../test-support/fixtures.js';
import { readJson } from '../../test-support/read-json.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { claimDelivery } from './deliveries.repository.js';
import { type ReceivedRequest, type Receiver, startReceiver } from './test-support/receiver.js';
import { createWebhookTestApp, stubResolver } from './test-support/webhook-test-app.js';
import type { WebhookSettings } from './webhook-runtime.js';

/** Standard Webhooks verification written out here, independent of the code under test. */
function expectSigned(secret: string, request: ReceivedRequest) {
  const id = String(request.headers['webhook-id']);
  const timestamp = String(request.headers['webhook-timestamp']);
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${request.body}`).digest('base64');
  expect(request.headers['webhook-signature']).toBe(`v1,${mac}`);
}

const DAY = 24 * 3600_000;
let clockStart = Date.now();
/**
 * A fixed clock a day after the previous test's: ids are made by one monotonic ULID factory per
 * process, which never goes back in time, so each test's clock must start after every time used before.
 */
function nextClock() {
  clockStart += DAY;
  return fixedClock(clockStart);
}

describeEachDatabase('webhook deliveries', ({ database, dialect }) => {
  const receivers: Receiver[] = [];
  afterEach(async () => {
    // Each test's endpoints stop here, so a later test's worker sends only its own.
    await database.seed.updateTable('webhook_subscriptions').set({ enabled: 0 }).execute();
    for (const receiver of receivers.splice(0)) await receiver.close();
  });

  type TestClock = ReturnType<typeof fixedClock>;
  const setup = async (
    options: { clock?: TestClock; webhooks?: WebhookSettings; handle?: DatabaseHandle } = {},
  ) => {
    const clock = options.clock ?? nextClock();
    const app = createWebhookTestApp(options.handle ?? database.handle, {
      clock,
      ...(options.webhooks ? { webhooks: options.webhooks } : {}),
    });
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const subscribe = async (path = '/hook') => {
      const response = await app.request('/v1/webhooks', {
        method: 'POST',
        key,
        json: { url: `${receiver.url}${path}` },
      });
      expect(response.status).toBe(201);
      return (await readJson(response)) as { id: string; secret: string };
    };
    const enroll = async (count = 1) =>
      enrollEmails(
        app,
        key,
        campaignId,
        Array.from({ length: count }, () => uniqueEmail('webhook')),
      );
    const sendEvent = async (leadId: string, type = 'sent') => {
      const response = await app.request('/v1/events', {
        method: 'POST',
        key,
        json: { type, campaign_id: campaignId, lead_id: leadId },
      });
      expect(response.status).toBe(202);
      return response;
    };
    const log = async (webhookId: string, query = '') =>
      readJson(await app.request(`/v1/webhooks/${webhookId}/deliveries${query}`, { key }));
    return { app, clock, receiver, key, workspaceId, campaignId, subscribe, enroll, sendEvent, log };
  };

  describe('happy', () => {
    it('turns a status change into exactly one signed delivery that verifies', async () => {
      const { app, clock, receiver, subscribe, enroll, sendEvent, log, campaignId } = await setup();
      const { id: webhookId, secret } = await subscribe();
      const [lead] = await enroll();
      clock.advance(1000);
      await sendEvent(lead?.leadId as string);

      expect(await app.worker.runOnce()).toEqual({ enqueued: 1, attempted: 1 });
      expect(receiver.requests).toHaveLength(1);
      const [request] = receiver.requests as [ReceivedRequest];
      expect(request.path).toBe('/hook');
      expect(request.headers['content-type']).toBe('application/json');
      expectSigned(secret, request);
      // The library checks the timestamp against its own "now": make that the test clock's.
      vi.useFakeTimers({ toFake: ['Date'], now: clock.now() });
      try {
        expect(
          new Webhook(secret).verify(request.body, request.headers as Record<string, string>),
        ).toBeTruthy();
      } finally {
        vi.useRealTimers();
      }
      expect(JSON.parse(request.body)).toEqual({
        id: request.headers['webhook-id'],
        type: 'lead.status_changed',
        created_at: new Date(clock.now()).toISOString(),
        data: {
          enrollment_id: lead?.enrollmentId,
          lead_id: lead?.leadId,
          campaign_id: campaignId,
          from: 'not_contacted',
          to: 'sent',
          reason: null,
          paused_until: null,
          at: new Date(clock.now()).toISOString(),
        },
      });
      expect(request.headers['webhook-timestamp']).toBe(String(Math.floor(clock.now() / 1000)));

      // Nothing more to send, however often the worker runs.
      expect(await app.worker.runOnce()).toEqual({ enqueued: 0, attempted: 0 });
      expect(receiver.requests).toHaveLength(1);
      const { data } = await log(webhookId);
      expect(data).toEqual([
        expect.objectContaining({
          id: request.headers['webhook-id'],
          webhook_id: webhookId,
          type: 'lead.status_changed',
          status: 'delivered',
          attempt_count: 1,
          next_attempt_at: null,
          delivered_at: new Date(clock.now()).toISOString(),
          payload: JSON.parse(request.body),
          attempts: [
            {
              attempt: 1,
              attempted_at: new Date(clock.now()).toISOString(),
              status_code: 200,
              duration_ms: expect.any(Number),
              error: null,
              response_body: 'ok',
            },
          ],
        }),
      ]);
    });

    it('retries with backoff after failures, with the same webhook-id, then succeeds', async () => {
      const clock = nextClock();
      const { app, receiver, subscribe, enroll, sendEvent, log } = await setup({ clock });
      const { id: webhookId, secret } = await subscribe();
      const [lead] = await enroll();
      clock.advance(1000);
      await sendEvent(lead?.leadId as string);
      receiver.reply({ status: 500, body: 'boom' }, { status: 503 });

      await app.worker.runOnce();
      const first = (await log(webhookId)).data[0];
      expect(first).toMatchObject({ status: 'pending', attempt_count: 1 });
      expect(first.next_attempt_at).toBe(new Date(clock.now() + 30_000).toISOString());

      // Not before it is due.
      clock.advance(29_999);
      expect((await app.worker.runOnce()).attempted).toBe(0);
      clock.advance(1);
      expect((await app.worker.runOnce()).attempted).toBe(1);
      expect((await log(webhookId)).data[0].next_attempt_at).toBe(
        new Date(clock.now() + 120_000).toISOString(),
      );
      clock.advance(120_000);
      expect((await app.worker.runOnce()).attempted).toBe(1);

      expect(receiver.requests).toHaveLength(3);
      const ids = new Set(receiver.requests.map((r) => r.headers['webhook-id']));
      expect(ids.size).toBe(1);
      const bodies = new Set(receiver.requests.map((r) => r.body));
      expect(bodies.size).toBe(1);
      for (const request of receiver.requests) expectSigned(secret, request);
      expect(new Set(receiver.requests.map((r) => r.headers['webhook-timestamp'])).size).toBe(3);

      const delivery = (await log(webhookId)).data[0];
      expect(delivery).toMatchObject({ status: 'delivered', attempt_count: 3, next_attempt_at: null });
      expect(delivery.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([500, 503, 200]);
      expect(delivery.attempts[0].response_body).toBe('boom');
    });

    it('gives up after the last retry, and replay sends the same message again', async () => {
      const clock = nextClock();
      const { app, key, receiver, subscribe, enroll, sendEvent, log } = await setup({
        clock,
        webhooks: { retryDelaysMs: [1000, 2000] },
      });
      const { id: webhookId } = await subscribe();
      const [lead] = await enroll();
      clock.advance(1000);
      await sendEvent(lead?.leadId as string);
      receiver.reply({ status: 500 }, { status: 502 }, { status: 500 });
      await app.worker.runOnce();
      clock.advance(1000);
      await app.worker.runOnce();
      clock.advance(2000);
      await app.worker.runOnce();
      clock.advance(60_000);
      await app.worker.runOnce();
      const failed = (await log(webhookId)).data[0];
      expect(failed).toMatchObject({ status: 'failed', attempt_count: 3, next_attempt_at: null });
      expect((await log(webhookId, '?status=failed')).data).toHaveLength(1);
      expect((await log(webhookId, '?status=delivered')).data).toHaveLength(0);

      const replay = await app.request(`/v1/webhooks/${webhookId}/deliveries/${failed.id}/replay`, {
        method: 'POST',
        key,
      });
      expect(replay.status).toBe(202);
      expect(await readJson(replay)).toMatchObject({ id: failed.id, status: 'pending', attempt_count: 3 });
      expect((await app.worker.runOnce()).attempted).toBe(1);
      expect(receiver.requests).toHaveLength(4);
      expect(receiver.requests[3]?.headers['webhook-id']).toBe(failed.id);
      expect(receiver.requests[3]?.body).toBe(receiver.requests[0]?.body);
      const single = await readJson(
        await app.request(`/v1/webhooks/${webhookId}/deliveries/${failed.id}`, { key }),
      );
      expect(single).toMatchObject({ status: 'delivered', attempt_count: 4 });
      expect(single.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([
        500, 502, 500, 200,
      ]);

      // A delivered message can be replayed too.
      const again = await app.request(`/v1/webhooks/${webhookId}/deliveries/${failed.id}/replay`, {
        method: 'POST',
        key,
      });
      expect(again.status).toBe(202);
      await app.worker.runOnce();
      expect(receiver.requests).toHaveLength(5);
    });

    it('sends a signed test event on request', async () => {
      const { app, key, receiver, subscribe, log } = await setup();
      const { id: webhookId, secret } = await subscribe();
      const response = await app.request(`/v1/webhooks/${webhookId}/test`, { method: 'POST', key });
      expect(response.status).toBe(202);
      expect(await readJson(response)).toMatchObject({
        type: 'webhook.test',
        status: 'pending',
        attempts: [],
      });
      await app.worker.runOnce();
      expect(receiver.requests).toHaveLength(1);
      expectSigned(secret, receiver.requests[0] as ReceivedRequest);
      expect(JSON.parse(receiver.requests[0]?.body ?? '')).toMatchObject({
        type: 'webhook.test',
        data: { webhook_id: webhookId },
      });
      expect((await log(webhookId)).data[0]).toMatchObject({ type: 'webhook.test', status: 'delivered' });
    });

    it('pages the delivery log newest first', async () => {
      const clock = nextClock();
      const { app, subscribe, enroll, sendEvent, log } = await setup({ clock });
      const { id: webhookId } = await subscribe();
      const leads = await enroll(3);
      clock.advance(1000);
      for (const lead of leads) await sendEvent(lead.leadId);
      await app.worker.runOnce();
      const first = await log(webhookId, '?limit=2');
      expect(first.data).toHaveLength(2);
      const second = await log(webhookId, `?limit=2&cursor=${first.next_cursor}`);
      expect(second.data).toHaveLength(1);
      expect(second.next_cursor).toBeNull();
      const leadOrder = [...first.data, ...second.data].map(
        (d: { payload: { data: { lead_id: string } } }) => d.payload.data.lead_id,
      );
      expect(leadOrder).toEqual(leads.map((l) => l.leadId).reverse());
    });
  });

  describe('errors', () => {
    it('a 410 Gone disables the webhook; re-enabled, it gets only later changes', async () => {
      const clock = nextClock();
      const { app, key, receiver, subscribe, enroll, sendEvent, log } = await setup({ clock });
      const { id: webhookId } = await subscribe();
      const [a, b, c] = await enroll(3);
      clock.advance(1000);
      await sendEvent(a?.leadId as string);
      receiver.reply({ status: 410 });
      await app.worker.runOnce();
      expect(await readJson(await app.request(`/v1/webhooks/${webhookId}`, { key }))).toMatchObject({
        enabled: false,
        disabled_reason: 'gone',
      });
      const gone = (await log(webhookId)).data[0];
      expect(gone).toMatchObject({
        status: 'failed',
        next_attempt_at: null,
        attempts: [{ status_code: 410 }],
      });

      clock.advance(1000);
      await sendEvent(b?.leadId as string);
      await app.worker.runOnce();
      expect(receiver.requests).toHaveLength(1);
      const replay = await app.request(`/v1/webhooks/${webhookId}/deliveries/${gone.id}/replay`, {
        method: 'POST',
        key,
      });
      expect(replay.status).toBe(409);

      clock.advance(1000);
      await app.request(`/v1/webhooks/${webhookId}`, { method: 'PATCH', key, json: { enabled: true } });
      clock.advance(1000);
      await sendEvent(c?.leadId as string);
      await app.worker.runOnce();
      expect(receiver.requests).toHaveLength(2);
      expect(JSON.parse(receiver.requests[1]?.body ?? '').data.lead_id).toBe(c?.leadId);
    });

    it('records a timeout as a failed attempt and retries it', async () => {
      const { app, receiver, subscribe, enroll, sendEvent, log, clock } = await setup({
        webhooks: { timeoutMs: 150 },
      });
      const { id: webhookId } = await subscribe();
      const [lead] = await enroll();
      clock.advance(1000);
      await sendEvent(lead?.leadId as string);
      receiver.reply({ status: 200, delayMs: 2_000 });
      await app.worker.runOnce();
      const delivery = (await log(webhookId)).data[0];
      expect(delivery).toMatchObject({ status: 'pending', attempt_count: 1 });
      expect(delivery.attempts[0]).toMatchObject({ status_code: null, error: 'timed out after 150 ms' });
    });

    it('records a refused connection as a failed attempt', async () => {
      const { app, subscribe, enroll, sendEvent, log, clock, receiver } = await setup();
      const { id: webhookId } = await subscribe();
      await receiver.close();
      const [lead] = await enroll();
      clock.advance(1000);
      await sendEvent(lead?.leadId as string);
      await app.worker.runOnce();
      const delivery = (await log(webhookId)).data[0];
      expect(delivery.attempts[0]).toMatchObject({
        status_code: null,
        error: expect.stringMatching(/ECONNREFUSED/),
      });
    });
  });

  describe('security', () => {
    it('checks the target again before every attempt and never connects to a private address (DNS rebinding)', async () => {
      const dns: Record<string, string[]> = { 'rebind.partner.example': ['93.184.216.34'] };
      const resolver = stubResolver(dns);
      const { app, key, enroll, sendEvent, log, clock, workspaceId } = await setup({
        webhooks: { allowInsecure: false, resolver },
      });
      const created = await app.request('/v1/webhooks', {
        method: 'POST',
        key,
        json: { url: 'https://rebind.partner.example/hook' },
      });
      expect(created.status).toBe(201);
      const { id: webhookId } = await readJson(created);
      // The name now answers with a private address.
      dns['rebind.partner.example'] = ['10.0.0.7'];
      // And an endpoint written straight to the database (as if checked under other rules) is a literal one.
      const now = clock.now();
      await database.seed
        .insertInto('webhook_subscriptions')
        .values({
          workspace_id: workspaceId,
          id: newId('whk', now),
          url: 'https://169.254.169.254/latest/meta-data/',
          event_types: '["lead.status_changed"]',
          secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
          enabled: 1,
          disabled_reason: null,
          last_change_id: 'chg_0',
          created_at: now,
          updated_at: now,
        })
        .execute();
      const [lead] = await enroll();
      clock.advance(1000);
      await sendEvent(lead?.leadId as string);

      expect((await app.worker.runOnce()).attempted).toBe(2);
      expect(app.transport.connections).toEqual([]);
      const attempt = (await log(webhookId)).data[0].attempts[0];
      expect(attempt).toMatchObject({
        status_code: null,
        error: expect.stringMatching(/refused.*10\.0\.0\.7/),
      });
      const literal = await database.handle.db
        .selectFrom('webhook_attempts')
        .select('error')
        .where('workspace_id', '=', workspaceId)
        .where('error', 'like', '%169.254.169.254%')
        .execute();
      expect(literal).toHaveLength(1);
    });

    it("never carries another workspace's changes", async () => {
      const clock = nextClock();
      const a = await setup({ clock });
      const b = await setup({ clock });
      const hookA = await a.subscribe('/a');
      const hookB = await b.subscribe('/b');
      const [leadA] = await a.enroll();
      const [leadB] = await b.enroll();
      clock.advance(1000);
      await a.sendEvent(leadA?.leadId as string);
      await b.sendEvent(leadB?.leadId as string);
      await a.app.worker.runOnce();
      expect(a.receiver.requests.map((r) => JSON.parse(r.body).data.lead_id)).toEqual([leadA?.leadId]);
      expect(b.receiver.requests.map((r) => JSON.parse(r.body).data.lead_id)).toEqual([leadB?.leadId]);

      const deliveryA = (await a.log(hookA.id)).data[0].id;
      const asB = { key: b.key };
      expect((await b.app.request(`/v1/webhooks/${hookA.id}/deliveries`, asB)).status).toBe(404);
      expect((await b.app.request(`/v1/webhooks/${hookB.id}/deliveries/${deliveryA}`, asB)).status).toBe(404);
      expect(
        (
          await b.app.request(`/v1/webhooks/${hookB.id}/deliveries/${deliveryA}/replay`, {
            method: 'POST',
            ...asB,
          })
        ).status,
      ).toBe(404);
    });
  });

  describe('outbox', () => {
    it('delivers a status change that commits after later ones were sent (late commit), once', async () => {
      const clock = nextClock();
      const { app, receiver, workspaceId, subscribe, enroll, sendEvent, log } = await setup({ clock });
      const { id: webhookId } = await subscribe();
      const [lead] = await enroll();
      clock.advance(10_000);
      await sendEvent(lead?.leadId as string);
      await app.worker.runOnce();
      expect(receiver.requests).toHaveLength(1);

      // Another process's transaction made its change id 5 s ago and commits only now, below the last id sent.
      const lateId = `chg_${ulid(clock.now() - 5_000)}`;
      const sentId = (
        await database.handle.db
          .selectFrom('status_changes')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .executeTakeFirstOrThrow()
      ).id;
      expect(lateId < sentId).toBe(true);
      await database.seed
        .insertInto('status_changes')
        .values({
          workspace_id: workspaceId,
          id: lateId,
          enrollment_id: lead?.enrollmentId as string,
          campaign_id: 'cmp_late',
          lead_id: lead?.leadId as string,
          from_status: 'sent',
          to_status: 'engaged',
          reason: null,
          event_id: null,
          changed_at: clock.now() - 5_000,
          created_at: clock.now() - 5_000,
        })
        .execute();
      clock.advance(1_000);
      expect(await app.worker.runOnce()).toEqual({ enqueued: 1, attempted: 1 });
      expect(receiver.requests.map((r) => JSON.parse(r.body).data.to)).toEqual(['sent', 'engaged']);

      // Past the window the cursor moves on; re-runs never send either change again.
      clock.advance(120_000);
      expect(await app.worker.runOnce()).toEqual({ enqueued: 0, attempted: 0 });
      const cursor = await database.handle.db
        .selectFrom('webhook_subscriptions')
        .select('last_change_id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', webhookId)
        .executeTakeFirstOrThrow();
      expect(cursor.last_change_id >= sentId).toBe(true);
      expect((await log(webhookId)).data).toHaveLength(2);
    });

    it('two workers on one database never send a message twice', async () => {
      // A second app instance with its own connection pool (on SQLite, the same handle and its writer).
      const target = parseConnectionUrl(database.url);
      if ('error' in target) throw new Error(target.error);
      const secondHandle = dialect === 'mysql' ? openDatabase(target, { poolSize: 5 }) : database.handle;
      try {
        const clock = nextClock();
        const first = await setup({ clock });
        const second = createWebhookTestApp(secondHandle, { clock });
        const { id: webhookId } = await first.subscribe();
        const leads = await first.enroll(12);
        clock.advance(1000);
        for (const lead of leads) await first.sendEvent(lead.leadId);
        first.receiver.reply(...leads.map(() => ({ status: 200, delayMs: 20 })));

        const [x, y] = await Promise.all([first.app.worker.runOnce(), second.worker.runOnce()]);
        expect(x.attempted + y.attempted).toBe(12);
        expect(first.receiver.requests).toHaveLength(12);
        expect(new Set(first.receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(12);
        const attempts = await database.handle.db
          .selectFrom('webhook_attempts')
          .select('delivery_id')
          .where('workspace_id', '=', first.workspaceId)
          .execute();
        expect(attempts).toHaveLength(12);
        expect((await first.log(webhookId, '?status=delivered')).data).toHaveLength(12);

        // The claim itself: of two workers claiming one due delivery at once, exactly one wins.
        clock.advance(1000);
        const [extra] = await first.enroll(1);
        await first.sendEvent(extra?.leadId as string);
        expect(await second.worker.runOnce()).toEqual({ enqueued: 1, attempted: 1 });
        const row = await database.handle.db
          .selectFrom('webhook_deliveries')
          .selectAll()
          .where('workspace_id', '=', first.workspaceId)
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow();
        await database.seed
          .updateTable('webhook_deliveries')
          .set({ status: 'pending', next_attempt_at: clock.now() })
          .where('workspace_id', '=', row.workspace_id)
          .where('id', '=', row.id)
          .execute();
        const pending = { ...row, status: 'pending' as const, next_attempt_at: clock.now() };
        const claims = await Promise.all([
          claimDelivery(database.handle.writer, {
            row: pending,
            now: clock.now(),
            lockedUntil: clock.now() + 60_000,
          }),
          claimDelivery(secondHandle.writer, {
            row: pending,
            now: clock.now(),
            lockedUntil: clock.now() + 60_000,
          }),
        ]);
        expect(claims.filter(Boolean)).toHaveLength(1);
      } finally {
        if (secondHandle !== database.handle) await secondHandle.close();
      }
    });

    it('a slow receiver never slows POST /v1/events', async () => {
      const { app, receiver, subscribe, enroll, sendEvent } = await setup({
        // Longer than the test may run: the first delivery cannot end before the receiver lets it.
        webhooks: { pollIntervalMs: 10, timeoutMs: 600_000 },
      });
      await subscribe();
      const [a, b] = await enroll(2);
      receiver.reply('hang');
      app.worker.start();
      try {
        await sendEvent(a?.leadId as string);
        await receiver.waitFor(1);
        // Answered while the receiver still holds the first delivery open: ingestion never waited on it.
        await sendEvent(b?.leadId as string);
        expect(receiver.holding()).toBe(1);
        await receiver.waitFor(2);
        expect(receiver.requests).toHaveLength(2);
      } finally {
        receiver.release();
        await app.worker.stop();
      }
    });
  });
});
