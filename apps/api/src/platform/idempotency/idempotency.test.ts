import { describe, expect, it } from 'vitest';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../test-support/fixtures.js';
import { readJson } from '../../test-support/read-json.js';
import { createTestApp } from '../../test-support/test-app.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { fixedClock } from '../clock.js';
import { hashRequest, IDEMPOTENCY_TTL_MS } from './idempotency.middleware.js';
import { claimKey } from './idempotency.repository.js';

describeEachDatabase('Idempotency-Key', ({ database }) => {
  const setup = async () => {
    const clock = fixedClock(Date.now());
    const app = createTestApp(database.handle, { clock });
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const [lead] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
    const event = { type: 'bounced', bounce_type: 'soft', campaign_id: campaignId, lead_id: lead?.leadId };
    const post = (json: unknown, idempotencyKey: string, k = key) =>
      app.request('/v1/events', {
        method: 'POST',
        key: k,
        json,
        headers: { 'Idempotency-Key': idempotencyKey },
      });
    const softBounces = async () =>
      (
        await database.handle.db
          .selectFrom('enrollments')
          .select('soft_bounced_count')
          .where('id', '=', lead?.enrollmentId as string)
          .executeTakeFirstOrThrow()
      ).soft_bounced_count;
    return { app, key, workspaceId, clock, event, post, softBounces };
  };

  describe('happy', () => {
    it('replays the stored response for the same key and body, applying the event once', async () => {
      const { event, post, softBounces } = await setup();
      const first = await post(event, 'retry-1');
      expect(first.status).toBe(202);
      const replay = await post(event, 'retry-1');
      expect(replay.status).toBe(202);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.headers.get('content-type')).toContain('application/json');
      expect(await readJson(replay)).toEqual(await readJson(first));
      expect(await softBounces()).toBe(1);
    });

    it('runs a request again once its key has expired', async () => {
      const { event, post, softBounces, clock } = await setup();
      await post(event, 'old-key');
      clock.advance(IDEMPOTENCY_TTL_MS + 1);
      expect((await post(event, 'old-key')).headers.get('idempotent-replayed')).toBeNull();
      expect(await softBounces()).toBe(2);
    });

    it('stores client errors too, so a replayed 404 stays a 404', async () => {
      const { post, event } = await setup();
      const missing = { ...event, lead_id: 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F9' };
      expect((await post(missing, 'k404')).status).toBe(404);
      const again = await post(missing, 'k404');
      expect(again.status).toBe(404);
      expect(again.headers.get('content-type')).toBe('application/problem+json');
    });
  });

  describe('errors', () => {
    it('answers 422 when the key is reused with another body', async () => {
      const { event, post } = await setup();
      await post(event, 'reused');
      const response = await post({ ...event, bounce_type: 'hard' }, 'reused');
      expect(response.status).toBe(422);
      expect((await readJson(response)).type).toBe('/problems/unprocessable');
    });

    it('answers 409 while the first request with the key is still running', async () => {
      const { event, post, workspaceId, clock } = await setup();
      // A claimed, unfinished key is what a request in flight leaves behind.
      await claimKey(database.handle.writer, {
        workspaceId,
        key: 'in-flight',
        requestHash: hashRequest('POST', '/v1/events', JSON.stringify(event)),
        now: clock.now(),
        ttlMs: IDEMPOTENCY_TTL_MS,
        subjects: [],
      });
      const response = await post(event, 'in-flight');
      expect(response.status).toBe(409);
    });

    it('answers 400 for a key that is too long or not visible ASCII', async () => {
      const { event, post } = await setup();
      expect((await post(event, 'x'.repeat(256))).status).toBe(400);
      expect((await post(event, 'with space')).status).toBe(400);
    });

    it('lets exactly one of many concurrent requests with the same key run', async () => {
      const { event, post, softBounces } = await setup();
      const responses = await Promise.all(Array.from({ length: 8 }, () => post(event, 'race')));
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 202).length).toBeGreaterThanOrEqual(1);
      expect(statuses.every((s) => s === 202 || s === 409)).toBe(true);
      expect(await softBounces()).toBe(1);
    });
  });

  describe('security', () => {
    it('scopes keys to the workspace: the same key in two workspaces is two requests', async () => {
      const a = await setup();
      const b = await setup();
      expect((await a.post(a.event, 'shared')).status).toBe(202);
      expect((await b.post(b.event, 'shared')).status).toBe(202);
      expect((await b.post(b.event, 'shared')).headers.get('idempotent-replayed')).toBe('true');
    });
  });
});
