import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.js';
import { claimKey, completeKey } from '../../platform/idempotency/idempotency.repository.js';
import { seedCampaign } from '../../test-support/fixtures.js';
import { readJson } from '../../test-support/read-json.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { type Receiver, startReceiver } from '../webhooks/test-support/receiver.js';
import { createWebhookTestApp } from '../webhooks/test-support/webhook-test-app.js';

/** Each store that kept a copy of an erased lead's data (issue 12, item 8), one test each. */
describeEachDatabase('erasing a lead removes its copies', ({ database }) => {
  const receivers: Receiver[] = [];
  afterEach(async () => {
    // The worker follows every enabled subscription of the database: stop this test's.
    await database.seed.updateTable('webhook_subscriptions').set({ enabled: 0 }).execute();
    for (const receiver of receivers.splice(0)) await receiver.close();
  });

  const setup = async () => {
    const clock = fixedClock(Date.now());
    const app = createWebhookTestApp(database.handle, { clock });
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const post = (path: string, json: unknown, idempotencyKey?: string) =>
      app.request(path, {
        method: 'POST',
        key,
        json,
        ...(idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : {}),
      });
    const erase = (leadId: string) => app.request(`/v1/leads/${leadId}`, { method: 'DELETE', key });
    const keys = async () =>
      (
        await database.handle.db
          .selectFrom('idempotency_keys')
          .select('idempotency_key')
          .where('workspace_id', '=', workspaceId)
          .execute()
      )
        .map((r) => r.idempotency_key)
        .sort();
    return { app, clock, key, workspaceId, post, erase, keys };
  };

  describe('idempotency records', () => {
    it('a replay of the creating POST after the erasure runs anew instead of answering the erased lead', async () => {
      const { post, erase } = await setup();
      const json = { email: 'Erased.Ann@Example.com', first_name: 'Annabel', last_name: 'Quist' };
      const created = await post('/v1/leads', json, 'create-ann');
      expect(created.status).toBe(201);
      const ann = await readJson(created);
      expect((await post('/v1/leads', json, 'create-ann')).headers.get('idempotent-replayed')).toBe('true');

      expect((await erase(ann.id)).status).toBe(204);
      const replay = await post('/v1/leads', json, 'create-ann');
      expect(replay.headers.get('idempotent-replayed')).toBeNull();
      expect(replay.status).toBe(201);
      expect((await readJson(replay)).id).not.toBe(ann.id);
    });

    it('deletes every record whose key, path, request or answer names the lead, whole, and no other', async () => {
      const { post, erase, keys, workspaceId } = await setup();
      const campaignId = await seedCampaign(database.seed, workspaceId);
      const batch = await post(
        '/v1/leads/batch',
        { leads: [{ email: 'ann@example.com' }, { email: 'bob@example.com', first_name: 'Bob' }] },
        'batch-ann-bob',
      );
      const [ann, bob] = (await readJson(batch)).data.map((r: { lead_id: string }) => r.lead_id);
      // Named by id in the request; the answer also carries its enrollment and address.
      await post(`/v1/campaigns/${campaignId}/leads`, { lead_ids: [ann] }, 'enroll-ann');
      // Named in the path only.
      await post(`/v1/campaigns/${campaignId}/leads/${ann}/pause`, {}, 'pause-ann');
      // Named by address (another spelling) in a request whose answer is a 404 naming nobody.
      const unknownCampaign = 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2';
      await post(
        '/v1/events',
        { type: 'opened', campaign_id: unknownCampaign, email: 'ANN@example.com' },
        'event-ann',
      );
      // Named in the key only.
      await post('/v1/dnc', { value: '@blocked.example' }, `dnc-for-${ann}`);
      // About bob alone: stays.
      await post(`/v1/campaigns/${campaignId}/leads`, { lead_ids: [bob] }, 'enroll-bob');
      expect(await keys()).toHaveLength(6);

      expect((await erase(ann)).status).toBe(204);
      expect(await keys()).toEqual(['enroll-bob']);
      const subjects = await database.handle.db
        .selectFrom('idempotency_subjects')
        .select(['idempotency_key', 'value'])
        .where('workspace_id', '=', workspaceId)
        .execute();
      expect(new Set(subjects.map((s) => s.idempotency_key))).toEqual(new Set(['enroll-bob']));
      expect(subjects.map((s) => s.value)).toContain(bob);
    });

    it('does not store an answer naming a lead erased while its request ran', async () => {
      const { post, erase, keys, workspaceId } = await setup();
      const ann = (await readJson(await post('/v1/leads', { email: 'ann@example.com' }))).id;
      const bob = (await readJson(await post('/v1/leads', { email: 'bob@example.com' }))).id;
      const { writer } = database.handle;
      const claim = async (key: string) =>
        claimKey(writer, {
          workspaceId,
          key,
          requestHash: 'h',
          now: Date.now(),
          ttlMs: 60_000,
          subjects: [],
        });
      const complete = (key: string, lead: string) =>
        completeKey(writer, {
          workspaceId,
          key,
          status: 200,
          body: JSON.stringify({ contentType: 'application/json', body: JSON.stringify({ lead_id: lead }) }),
          newSubjects: [{ kind: 'lead', value: lead }],
        });
      // A request by filter, claimed with no subject, whose lead is erased before its answer is stored.
      await claim('filtered-ann');
      await claim('filtered-bob');
      expect((await erase(ann)).status).toBe(204);
      expect(await complete('filtered-ann', ann)).toBe('dropped');
      expect(await complete('filtered-bob', bob)).toBe('stored');
      expect(await keys()).toEqual(['filtered-bob']);
    });
  });

  describe('webhook deliveries', () => {
    it("deletes the deliveries carrying the lead's status changes and their attempts, and no other lead's", async () => {
      const { app, clock, post, erase, workspaceId } = await setup();
      const receiver = await startReceiver();
      receivers.push(receiver);
      const subscribed = await post('/v1/webhooks', { url: `${receiver.url}/hook` });
      expect(subscribed.status).toBe(201);
      const campaignId = await seedCampaign(database.seed, workspaceId);
      const enrolled = await readJson(
        await post(`/v1/campaigns/${campaignId}/leads`, { emails: ['ann@example.com', 'bob@example.com'] }),
      );
      const [ann, bob] = enrolled.data.map((r: { lead_id: string }) => r.lead_id);
      clock.advance(1000);
      for (const lead of [ann, bob]) {
        expect(
          (await post('/v1/events', { type: 'sent', campaign_id: campaignId, lead_id: lead })).status,
        ).toBe(202);
      }
      // The receiver answers with the payload it got, as some do: the attempt log then holds it too.
      // (Echoed, not scripted per lead: the two deliveries may reach it in either order.)
      receiver.reply({ status: 500, echo: true }, { status: 500, echo: true });
      await app.worker.runOnce();
      const stored = async () => {
        const { db } = database.handle;
        const deliveries = await db
          .selectFrom('webhook_deliveries')
          .select(['id', 'payload'])
          .where('workspace_id', '=', workspaceId)
          .execute();
        const attempts = await db
          .selectFrom('webhook_attempts')
          .select(['delivery_id', 'response_body'])
          .where('workspace_id', '=', workspaceId)
          .execute();
        return { deliveries, attempts };
      };
      const before = await stored();
      expect(before.deliveries).toHaveLength(2);
      expect(before.attempts.map((a) => a.response_body).sort()).toEqual(
        before.deliveries.map((d) => d.payload).sort(),
      );

      expect((await erase(ann)).status).toBe(204);
      const after = await stored();
      expect(after.deliveries).toHaveLength(1);
      expect(after.deliveries[0]?.payload).toContain(bob);
      expect(after.attempts).toHaveLength(1);
      expect(after.attempts[0]?.response_body).toContain(bob);
      expect(after.attempts[0]?.response_body).not.toContain(ann);
    });
  });
});
