// A webhook receiver that fails, then hangs, then recovers: ingestion never waits for it, and every
// status change is delivered once it answers again (the failed ones by their scheduled retry).
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../src/features/workspaces/workspaces.repository.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/test-databases.js';
import { apiClient, type Service, startService, waitUntil } from './service.js';

type Mode = 'ok' | 'fail' | 'hang';

/** A real HTTP endpoint on 127.0.0.1 whose behaviour the test switches: 200, 500, or never answering. */
async function startReceiver() {
  let mode: Mode = 'ok';
  const hanging: ServerResponse[] = [];
  const answered = { ok: 0, fail: 0 };
  const delivered = new Set<string>();
  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received += 1;
      if (mode === 'hang') {
        hanging.push(res);
        return;
      }
      if (mode === 'fail') {
        answered.fail += 1;
        res.writeHead(500).end('down for maintenance');
        return;
      }
      answered.ok += 1;
      delivered.add(String(req.headers['webhook-id']));
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    setMode(next: Mode) {
      mode = next;
    },
    hanging: () => hanging.filter((res) => !res.writableEnded && !res.destroyed).length,
    received: () => received,
    answered,
    delivered,
    /** Answers the hanging requests now (as `ok` would). */
    releaseHanging() {
      for (const res of hanging.splice(0)) {
        if (res.writableEnded || res.destroyed) continue;
        answered.ok += 1;
        delivered.add(String(res.req.headers['webhook-id']));
        res.writeHead(200).end('late');
      }
    },
    async close() {
      for (const res of hanging.splice(0)) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('a failing, then hanging webhook receiver [mysql]', () => {
  let database: TestDatabase;
  let service: Service | undefined;
  let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
  beforeAll(async () => {
    database = await createTestDatabase('mysql');
  });
  afterAll(async () => {
    await service?.stop('SIGKILL');
    await receiver?.close();
    await database?.drop();
  });

  it('never holds up ingestion, and delivers every change once the receiver is back', async () => {
    const { workspace, apiKey } = await createWorkspace(database.handle.writer, {
      name: 'Hooks',
      now: Date.now(),
    });
    receiver = await startReceiver();
    service = await startService({
      DATABASE_URL: database.url,
      WEBHOOK_ALLOW_INSECURE: 'true',
      WEBHOOK_POLL_INTERVAL_MS: '100',
      // Long enough that hanging attempts stay stuck through the whole ingestion phase.
      WEBHOOK_TIMEOUT_MS: '40000',
    });
    const api = apiClient(service.url, apiKey);
    const emails = Array.from({ length: 200 }, (_, i) => `hook.${i}@faults.example.com`);
    const campaign = await api.campaignWith('Hooks', emails);
    const hourAgo = Date.now() - 3_600_000;
    const events = (type: string, from: number, to: number, at: number) =>
      campaign.leadIds.slice(from, to).map((leadId, i) => ({
        id: `${type}-${from + i}`,
        type,
        campaign_id: campaign.id,
        lead_id: leadId,
        occurred_at: new Date(at).toISOString(),
      }));
    /** Posts batches of 36 events (each one a status change) one after another; their latencies. */
    const ingest = async (type: string, from: number, to: number, at: number) => {
      const all = events(type, from, to, at);
      const latencies: number[] = [];
      for (let i = 0; i < all.length; i += 36) {
        const answer = await api.post('/v1/events/batch', { events: all.slice(i, i + 36) });
        expect(answer.status).toBe(200);
        expect(answer.body.summary).toMatchObject({ applied: Math.min(36, all.length - i), invalid: 0 });
        latencies.push(answer.ms);
      }
      return latencies;
    };

    // Without any subscription: the reference latencies.
    const without = await ingest('sent', 0, 200, hourAgo);

    // The receiver fails: first attempts get 500 and are scheduled for a retry (30 s later).
    receiver.setMode('fail');
    const created = await api.post('/v1/webhooks', { url: receiver.url });
    expect(created.status).toBe(201);
    await ingest('opened', 0, 20, hourAgo + 1_800_000);
    await waitUntil('the failing first attempts', () => (receiver?.answered.fail ?? 0) >= 20, 20_000);

    // The receiver hangs: every attempt slot for it fills with requests that never answer, and
    // ingestion goes on at its own pace the whole time they are stuck.
    receiver.setMode('hang');
    const stuckEvents = events('replied', 20, 56, hourAgo + 2_400_000);
    expect((await api.post('/v1/events/batch', { events: stuckEvents })).status).toBe(200);
    await waitUntil('attempts stuck on the receiver', () => (receiver?.hanging() ?? 0) >= 2, 20_000);
    const withStuck = await ingest('opened', 20, 200, hourAgo + 1_800_000);
    expect(receiver.hanging(), 'deliveries were still stuck when ingestion finished').toBeGreaterThanOrEqual(
      2,
    );
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    console.log(
      `webhooks: batch of 36 status changes, median ${Math.round(median(without))} ms without a subscription, ` +
        `${Math.round(median(withStuck))} ms with ${receiver.hanging()} deliveries stuck on a hanging receiver`,
    );

    // The receiver recovers: the stuck requests are answered, the queued and the failed deliveries
    // (at their retry time) all arrive.
    receiver.setMode('ok');
    receiver.releaseHanging();
    // Changes since the subscription: 20 engaged, 36 replied, and 144 engaged (the other 36 opens came
    // after those leads had replied, so they changed nothing).
    const expected = 20 + 36 + 144;
    const { db } = database.handle;
    const subscriptionId = created.body.id as string;
    const changes = await db
      .selectFrom('status_changes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspace.id)
      .where('to_status', 'in', ['engaged', 'replied'])
      .executeTakeFirstOrThrow();
    expect(Number(changes.n)).toBe(expected);
    await waitUntil(
      'every status change delivered',
      async () => {
        const rows = await db
          .selectFrom('webhook_deliveries')
          .select(['status'])
          .where('workspace_id', '=', workspace.id)
          .where('subscription_id', '=', subscriptionId)
          .execute();
        return rows.length === expected && rows.every((r) => r.status === 'delivered');
      },
      70_000,
    );
    expect(receiver.delivered.size).toBe(expected);
    expect(await service.stop('SIGTERM')).toBe(0);
  }, 150_000);
});
