import { describe, expect, it } from 'vitest';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';

describeEachDatabase('pause and resume', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const event = (type: string, leadId: string, extra: object = {}) =>
      app.request('/v1/events', {
        method: 'POST',
        key,
        json: { type, campaign_id: campaignId, lead_id: leadId, ...extra },
      });
    const action = (what: 'pause' | 'resume', leadId: string, k = key, cmp = campaignId) =>
      app.request(`/v1/campaigns/${cmp}/leads/${leadId}/${what}`, { method: 'POST', key: k });
    const bulk = (what: 'pause' | 'resume', json: unknown) =>
      app.request(`/v1/campaigns/${campaignId}/leads/${what}`, { method: 'POST', key, json });
    return { app, key, workspaceId, campaignId, event, action, bulk };
  };

  describe('happy', () => {
    it('pauses a Sent lead, keeps its opens underneath, and resumes it as Engaged', async () => {
      const { app, key, campaignId, event, action } = await setup();
      const [lead] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      const leadId = lead?.leadId as string;
      await event('sent', leadId);
      const paused = await action('pause', leadId);
      expect(paused.status).toBe(200);
      expect(await readJson(paused)).toMatchObject({
        enrollment_id: lead?.enrollmentId,
        status: 'paused',
        campaign: { id: campaignId },
        lead: { id: leadId },
      });
      const due = await database.handle.db
        .selectFrom('enrollments')
        .select('next_due_at')
        .where('id', '=', lead?.enrollmentId as string)
        .executeTakeFirstOrThrow();
      expect(due.next_due_at).toBeNull();
      expect((await readJson(await event('opened', leadId))).enrollment.status).toBe('paused');
      expect((await readJson(await action('resume', leadId))).status).toBe('engaged');
      const resumed = await database.handle.db
        .selectFrom('enrollments')
        .select(['next_due_at', 'updated_at'])
        .where('id', '=', lead?.enrollmentId as string)
        .executeTakeFirstOrThrow();
      expect(resumed.next_due_at).toBe(resumed.updated_at);
    });

    it('ends a pause at once on a reply', async () => {
      const { app, key, campaignId, event, action } = await setup();
      const [lead] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      await action('pause', lead?.leadId as string);
      expect((await readJson(await event('replied', lead?.leadId as string))).enrollment.status).toBe(
        'replied',
      );
    });

    it('pauses in bulk by status filter, reporting what was not allowed', async () => {
      const { app, key, campaignId, event, bulk } = await setup();
      const leads = await enrollEmails(app, key, campaignId, [uniqueEmail(), uniqueEmail(), uniqueEmail()]);
      await event('sent', leads[0]?.leadId as string);
      await event('replied', leads[1]?.leadId as string);
      const byFilter = await readJson(
        await bulk('pause', { filter: { status: ['sent', 'replied', 'not_contacted'] } }),
      );
      expect(byFilter).toMatchObject({ changed: 2, not_allowed: 1, not_found: 0 });
      const resumed = await readJson(
        await bulk('resume', {
          lead_ids: [leads[0]?.leadId, leads[1]?.leadId, 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F9'],
        }),
      );
      expect(resumed).toMatchObject({ changed: 1, not_allowed: 1, not_found: 1 });
    });
  });

  describe('errors', () => {
    it('answers 409 with a clear message where the rules do not allow it', async () => {
      const { app, key, campaignId, event, action } = await setup();
      const [lead] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      const leadId = lead?.leadId as string;
      const resumeActive = await action('resume', leadId);
      expect(resumeActive.status).toBe(409);
      await event('replied', leadId);
      const pauseReplied = await action('pause', leadId);
      expect(pauseReplied.status).toBe(409);
      const body = await readJson(pauseReplied);
      expect(body.type).toBe('/problems/conflict');
      expect(body.detail).toMatch(/Not Contacted, Sent or Engaged/);
      expect(body.detail).toMatch(/Replied/);
      await event('unsubscribed', leadId);
      expect((await action('pause', leadId)).status).toBe(409);
    });

    it('answers 404 for a lead not in the campaign and for an unknown campaign', async () => {
      const { action } = await setup();
      expect((await action('pause', 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F9')).status).toBe(404);
      expect((await action('pause', 'lead_x', undefined, 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F9')).status).toBe(404);
    });

    it('answers 400 for a bulk body without exactly one target', async () => {
      const { bulk } = await setup();
      expect((await bulk('pause', {})).status).toBe(400);
      expect((await bulk('pause', { filter: { status: ['sleepy'] } })).status).toBe(400);
    });
  });

  describe('security', () => {
    it("cannot pause another workspace's lead", async () => {
      const { app, key, campaignId, action } = await setup();
      const [lead] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      const intruder = await app.newWorkspace();
      expect((await action('pause', lead?.leadId as string, intruder.apiKey)).status).toBe(404);
      const row = await database.handle.db
        .selectFrom('enrollments')
        .select('status')
        .where('id', '=', lead?.enrollmentId as string)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('not_contacted');
    });
  });
});
