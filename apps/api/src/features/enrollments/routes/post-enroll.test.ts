import { describe, expect, it } from 'vitest';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { readCounters } from '../../analytics/counters.repository.js';

describeEachDatabase('POST /v1/campaigns/{id}/leads', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const enroll = (json: unknown, cmp = campaignId, k = key) =>
      app.request(`/v1/campaigns/${cmp}/leads`, { method: 'POST', key: k, json });
    return { app, key, workspaceId, campaignId, enroll };
  };

  describe('happy', () => {
    it('enrolls by e-mail, creating missing leads, Not Contacted and due at the first step', async () => {
      const { campaignId, enroll } = await setup();
      const email = uniqueEmail('new');
      const response = await enroll({ emails: [email, email.toUpperCase()] });
      expect(response.status).toBe(200);
      const body = await readJson(response);
      expect(body.summary).toEqual({
        enrolled: 1,
        blocked: 0,
        already_enrolled: 0,
        not_found: 0,
        leads_created: 1,
      });
      expect(body.data[0]).toMatchObject({
        email,
        status: 'not_contacted',
        status_reason: null,
        result: 'enrolled',
      });
      const row = await database.handle.db
        .selectFrom('enrollments')
        .select(['campaign_id', 'next_due_at', 'created_at'])
        .where('id', '=', body.data[0].enrollment_id)
        .executeTakeFirstOrThrow();
      expect(row.campaign_id).toBe(campaignId);
      expect(row.next_due_at).toBe(row.created_at);
    });

    it('enrolls by lead id, reports unknown ids, and leaves existing enrollments alone', async () => {
      const { app, key, workspaceId, campaignId, enroll } = await setup();
      const [enrolled] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      const other = await seedCampaign(database.seed, workspaceId);
      const [fresh] = await enrollEmails(app, key, other, [uniqueEmail()]);
      const body = await readJson(
        await enroll({ lead_ids: [enrolled?.leadId, fresh?.leadId, 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F9'] }),
      );
      expect(body.summary).toMatchObject({ enrolled: 1, already_enrolled: 1, not_found: 1 });
      const byLead = Object.fromEntries(body.data.map((r: { lead_id: string }) => [r.lead_id, r]));
      expect(byLead[enrolled?.leadId as string]).toMatchObject({
        result: 'already_enrolled',
        enrollment_id: enrolled?.enrollmentId,
      });
      expect(byLead[fresh?.leadId as string]).toMatchObject({ result: 'enrolled', status: 'not_contacted' });
    });

    it("re-engages another campaign's Completed leads by filter; opted-out ones come in blocked", async () => {
      const { app, key, workspaceId, campaignId, enroll } = await setup();
      const leads = await enrollEmails(app, key, campaignId, [uniqueEmail(), uniqueEmail(), uniqueEmail()]);
      const post = (json: object) => app.request('/v1/events', { method: 'POST', key, json });
      for (const lead of leads.slice(0, 2)) {
        await post({ type: 'sent', campaign_id: campaignId, lead_id: lead.leadId });
        await post({ type: 'sequence_completed', campaign_id: campaignId, lead_id: lead.leadId });
      }
      // The second completed lead opts out in another campaign afterwards.
      const elsewhere = await seedCampaign(database.seed, workspaceId);
      await enroll({ lead_ids: [leads[1]?.leadId] }, elsewhere);
      await post({ type: 'unsubscribed', campaign_id: elsewhere, lead_id: leads[1]?.leadId });

      const next = await seedCampaign(database.seed, workspaceId, { name: 'Re-engage' });
      const body = await readJson(
        await enroll({ filter: { campaign_id: campaignId, status: ['completed'] } }, next),
      );
      // The opted-out lead is unsubscribed in the first campaign now, so only one is Completed there.
      expect(body.summary).toMatchObject({ enrolled: 1, blocked: 0 });
      expect(body.data[0].lead_id).toBe(leads[0]?.leadId);

      const all = await readJson(
        await enroll({ filter: { campaign_id: campaignId, status: ['completed', 'unsubscribed'] } }, next),
      );
      expect(all.summary).toMatchObject({ already_enrolled: 1, blocked: 1 });
      expect(all.data.find((r: { result: string }) => r.result === 'blocked')).toMatchObject({
        lead_id: leads[1]?.leadId,
        status: 'bounced',
        status_reason: 'opted_out',
      });
    });

    it('blocks a lead whose domain is listed and keeps the counters right', async () => {
      const { app, key, workspaceId, campaignId, enroll } = await setup();
      await app.request('/v1/dnc', { method: 'POST', key, json: { value: '@nope.example' } });
      const body = await readJson(await enroll({ emails: ['x@nope.example', uniqueEmail()] }));
      expect(body.summary).toMatchObject({ enrolled: 1, blocked: 1 });
      const due = await database.handle.db
        .selectFrom('enrollments')
        .select('next_due_at')
        .where('lead_email', '=', 'x@nope.example')
        .executeTakeFirstOrThrow();
      expect(due.next_due_at).toBeNull();
      const counters = (await readCounters(database.handle.db, workspaceId, [campaignId])).get(campaignId);
      expect(
        Object.fromEntries([...(counters ?? [])].filter(([m, v]) => v !== 0 && m.startsWith('status:'))),
      ).toEqual({
        'status:bounced': 1,
        'status:not_contacted': 1,
      });
    });
  });

  describe('errors', () => {
    it.each([
      [{}, 'body.lead_ids'],
      [{ lead_ids: ['lead_01JDQ7X3M6V1W8A2B4C6D8E0F9'], emails: ['a@b.example'] }, 'body.lead_ids'],
      [{ emails: ['not-an-email'] }, 'body.emails.0'],
      [{ lead_ids: [] }, 'body.lead_ids'],
      [{ filter: { campaign_id: 'cmp_x', status: ['done'] } }, 'body.filter.status.0'],
    ])('answers 400 for %o', async (json, path) => {
      const { enroll } = await setup();
      const response = await enroll(json);
      expect(response.status).toBe(400);
      expect((await readJson(response)).errors.map((e: { path: string }) => e.path)).toContain(path);
    });

    it('answers 404 for an unknown campaign and an unknown filter campaign', async () => {
      const { enroll } = await setup();
      expect((await enroll({ emails: ['a@b.example'] }, 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F9')).status).toBe(404);
      const badFilter = await enroll({
        filter: { campaign_id: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F9', status: ['sent'] },
      });
      expect(badFilter.status).toBe(404);
    });
  });

  describe('security', () => {
    it("cannot enroll into, from, or with another workspace's campaign or leads", async () => {
      const { app, key, campaignId } = await setup();
      const [lead] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      const other = await setup();
      expect((await other.enroll({ emails: ['a@b.example'] }, campaignId)).status).toBe(404);
      expect(
        (await other.enroll({ filter: { campaign_id: campaignId, status: ['not_contacted'] } })).status,
      ).toBe(404);
      const byId = await readJson(await other.enroll({ lead_ids: [lead?.leadId] }));
      expect(byId.summary).toMatchObject({ not_found: 1, enrolled: 0 });
    });
  });
});
