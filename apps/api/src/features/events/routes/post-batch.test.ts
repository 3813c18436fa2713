import { describe, expect, it } from 'vitest';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';

describeEachDatabase('POST /v1/events/batch', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const batch = (events: unknown[]) =>
      app.request('/v1/events/batch', { method: 'POST', key, json: { events } });
    return { app, key, workspaceId, campaignId, batch };
  };

  describe('happy', () => {
    it('gives each item its own result, in request order, and applies the valid ones', async () => {
      const { app, key, campaignId, batch } = await setup();
      const [a, b] = await enrollEmails(app, key, campaignId, [uniqueEmail(), uniqueEmail()]);
      const response = await batch([
        { type: 'sent', campaign_id: campaignId, lead_id: a?.leadId, id: 'm1:sent' },
        { type: 'teleported', campaign_id: campaignId, lead_id: a?.leadId },
        { type: 'opened', campaign_id: campaignId, lead_id: a?.leadId, id: 'm1:open' },
        { type: 'sent', campaign_id: campaignId, email: 'stranger@example.com' },
        { type: 'sent', campaign_id: campaignId, lead_id: a?.leadId, id: 'm1:sent' },
        { type: 'replied', campaign_id: campaignId, lead_id: b?.leadId },
      ]);
      expect(response.status).toBe(200);
      const body = await readJson(response);
      expect(body.data.map((r: { result: string }) => r.result)).toEqual([
        'applied',
        'invalid',
        'applied',
        'not_found',
        'duplicate',
        'applied',
      ]);
      expect(body.summary).toEqual({ applied: 3, duplicate: 1, invalid: 1, not_found: 1 });
      expect(body.data[1].errors[0].path).toBe('type');
      expect(body.data[4].event_id).toBe(body.data[0].event_id);
      expect(body.data[2].enrollment).toEqual({
        id: a?.enrollmentId,
        status: 'engaged',
        status_reason: null,
      });
      expect(body.data[5].enrollment.status).toBe('replied');
    });

    it('applies 1000 events in one request', async () => {
      const { app, key, campaignId, batch } = await setup();
      const leads = await enrollEmails(
        app,
        key,
        campaignId,
        Array.from({ length: 100 }, () => uniqueEmail('bulk')),
      );
      const events = leads.flatMap((lead, i) =>
        Array.from({ length: 10 }, (_, j) => ({
          type: j === 0 ? 'sent' : j === 9 && i % 10 === 0 ? 'replied' : 'opened',
          campaign_id: campaignId,
          lead_id: lead.leadId,
          occurred_at: new Date(Date.UTC(2026, 10, 1) + j * 60_000).toISOString(),
          id: `bulk:${i}:${j}`,
        })),
      );
      const body = await readJson(await batch(events));
      expect(body.summary).toEqual({ applied: 1000, duplicate: 0, invalid: 0, not_found: 0 });
      const statuses = await database.handle.db
        .selectFrom('enrollments')
        .select(({ fn }) => ['status', fn.countAll<number>().as('n')])
        .where('campaign_id', '=', campaignId)
        .groupBy('status')
        .orderBy('status')
        .execute();
      expect(statuses.map((s) => [s.status, Number(s.n)])).toEqual([
        ['engaged', 90],
        ['replied', 10],
      ]);
    });
  });

  describe('errors', () => {
    it('answers 400 for an empty batch and for more than 1000 events', async () => {
      const { batch } = await setup();
      expect((await batch([])).status).toBe(400);
      const tooMany = await batch(Array.from({ length: 1001 }, () => ({})));
      expect(tooMany.status).toBe(400);
      expect((await readJson(tooMany)).errors[0].path).toBe('body.events');
    });
  });
});
