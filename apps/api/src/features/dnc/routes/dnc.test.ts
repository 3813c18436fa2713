import { describe, expect, it } from 'vitest';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';

describeEachDatabase('do-not-contact list', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const add = (value: string, k = key) =>
      app.request('/v1/dnc', { method: 'POST', key: k, json: { value } });
    const statusOf = async (enrollmentId: string) =>
      database.handle.db
        .selectFrom('enrollments')
        .select(['status', 'status_reason'])
        .where('id', '=', enrollmentId)
        .executeTakeFirstOrThrow();
    return { app, key, workspaceId, campaignId, add, statusOf };
  };

  describe('happy', () => {
    it('an e-mail entry unsubscribes its lead everywhere (dnc_list), once', async () => {
      const { app, key, workspaceId, campaignId, add, statusOf } = await setup();
      const other = await seedCampaign(database.seed, workspaceId);
      const email = uniqueEmail('dnc');
      const [a] = await enrollEmails(app, key, campaignId, [email]);
      const [b] = await enrollEmails(app, key, other, [email]);
      const response = await add(email.toUpperCase());
      expect(response.status).toBe(201);
      expect(await readJson(response)).toMatchObject({
        id: expect.stringMatching(/^dnc_/),
        value: email,
        kind: 'email',
        source: 'manual',
        affected_enrollments: 2,
      });
      expect(await statusOf(a?.enrollmentId as string)).toEqual({
        status: 'unsubscribed',
        status_reason: 'dnc_list',
      });
      expect(await statusOf(b?.enrollmentId as string)).toEqual({
        status: 'unsubscribed',
        status_reason: 'dnc_list',
      });
      const again = await add(email);
      expect(again.status).toBe(200);
      expect((await readJson(again)).affected_enrollments).toBe(0);
    });

    it('a domain entry blocks the leads at that domain (dnc_rule) and every later enrollment', async () => {
      const { app, key, workspaceId, campaignId, add, statusOf } = await setup();
      const domain = `blocked-${Date.now()}.example`;
      const [hit, replied, miss] = await enrollEmails(app, key, campaignId, [
        `a@${domain}`,
        `b@${domain}`,
        uniqueEmail(),
      ]);
      await app.request('/v1/events', {
        method: 'POST',
        key,
        json: { type: 'replied', campaign_id: campaignId, lead_id: replied?.leadId },
      });
      expect((await readJson(await add(`@${domain.toUpperCase()}`))).affected_enrollments).toBe(2);
      expect(await statusOf(hit?.enrollmentId as string)).toEqual({
        status: 'bounced',
        status_reason: 'dnc_rule',
      });
      // The table decides: a replied lead stays Replied.
      expect(await statusOf(replied?.enrollmentId as string)).toEqual({
        status: 'replied',
        status_reason: null,
      });
      expect(await statusOf(miss?.enrollmentId as string)).toEqual({
        status: 'not_contacted',
        status_reason: null,
      });

      const later = await seedCampaign(database.seed, workspaceId);
      const [blocked] = await enrollEmails(app, key, later, [`c@${domain}`]);
      expect(blocked).toMatchObject({ status: 'bounced', statusReason: 'dnc_rule' });
    });

    it('lists entries newest first with a cursor, filters by kind and text, and deletes', async () => {
      const { app, key, add } = await setup();
      for (const value of ['@one.example', 'two@two.example', '@three.example']) await add(value);
      const first = await readJson(await app.request('/v1/dnc?limit=2', { key }));
      expect(first.data.map((e: { value: string }) => e.value)).toEqual([
        '@three.example',
        'two@two.example',
      ]);
      const second = await readJson(
        await app.request(`/v1/dnc?limit=2&cursor=${first.next_cursor}`, { key }),
      );
      expect(second).toMatchObject({ data: [{ value: '@one.example' }], next_cursor: null });
      const domains = await readJson(await app.request('/v1/dnc?kind=domain&q=thr', { key }));
      expect(domains.data.map((e: { value: string }) => e.value)).toEqual(['@three.example']);

      const id = domains.data[0].id;
      expect((await app.request(`/v1/dnc/${id}`, { method: 'DELETE', key })).status).toBe(204);
      expect((await app.request(`/v1/dnc/${id}`, { method: 'DELETE', key })).status).toBe(404);
    });
  });

  describe('errors', () => {
    it.each(['nobody', '@', '@nodot', 'a@b', '@-bad-.example'])('answers 400 for %s', async (value) => {
      const { add } = await setup();
      const response = await add(value);
      expect(response.status).toBe(400);
      expect((await readJson(response)).errors[0].path).toBe('body.value');
    });

    it('answers 400 for a bad cursor', async () => {
      const { app, key } = await setup();
      const response = await app.request('/v1/dnc?cursor=garbage', { key });
      expect(response.status).toBe(400);
      expect((await readJson(response)).errors[0].path).toBe('query.cursor');
    });
  });

  describe('security', () => {
    it("keeps each workspace's list apart: others cannot see, apply or delete it", async () => {
      const { app, key, campaignId, add, statusOf } = await setup();
      const email = uniqueEmail('tenant');
      const [mine] = await enrollEmails(app, key, campaignId, [email]);
      const intruder = await app.newWorkspace('Intruder');
      // Listing my lead's e-mail in another workspace touches nothing of mine.
      expect((await readJson(await add(email, intruder.apiKey))).affected_enrollments).toBe(0);
      expect(await statusOf(mine?.enrollmentId as string)).toEqual({
        status: 'not_contacted',
        status_reason: null,
      });
      const { id } = await readJson(await add('@mine.example'));
      const theirs = await readJson(await app.request('/v1/dnc', { key: intruder.apiKey }));
      expect(theirs.data.map((e: { value: string }) => e.value)).toEqual([email]);
      expect((await app.request(`/v1/dnc/${id}`, { method: 'DELETE', key: intruder.apiKey })).status).toBe(
        404,
      );
      expect((await readJson(await app.request('/v1/dnc', { key }))).data).toHaveLength(1);
    });
  });
});
