import { describe, expect, it } from 'vitest';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createTrackingApp, type TrackingApp } from '../../tracking/test-support/tracking-app.js';

const HOUR = 3_600_000;
const STEPS = [
  { subject: 'Hello', delay_hours: 0 },
  { subject: 'Following up', delay_hours: 48 },
  { subject: 'Last one', delay_hours: 24 },
];

describeEachDatabase('GET /v1/campaigns/{id}/due', ({ database }) => {
  let t: TrackingApp;
  const app = () => {
    t ??= createTrackingApp(database.handle);
    return t;
  };
  const due = async (key: string, campaignId: string, query = '') => {
    const response = await app().request(`/v1/campaigns/${campaignId}/due${query}`, { key });
    return { status: response.status, body: await readJson(response) };
  };
  const dueSteps = async (key: string, campaignId: string) =>
    Object.fromEntries(
      (await due(key, campaignId)).body.data.map(
        (d: { enrollment_id: string; step: { position: number } }) => [d.enrollment_id, d.step.position],
      ),
    );

  describe('happy', () => {
    it('follows step delays from the last send, and leaves out leads whose sending stopped', async () => {
      const { key, campaignId, leads } = await app().setup(4, STEPS);
      const [a, b, c, d] = leads as Array<{ leadId: string; enrollmentId: string; email: string }>;
      // Step 1 has no delay: everyone is due at once, with the step.
      const first = await due(key, campaignId);
      expect(first.status).toBe(200);
      expect(first.body.data).toHaveLength(4);
      expect(first.body.data[0]).toMatchObject({
        lead: { email: expect.any(String), first_name: null },
        status: 'not_contacted',
        step: { position: 1, subject: 'Hello' },
      });

      const send = (lead: { leadId: string }, step: number) =>
        app().sendMessage(key, { campaign_id: campaignId, lead_id: lead.leadId, step });
      await send(a as { leadId: string }, 1);
      expect(await dueSteps(key, campaignId)).toEqual({
        [b?.enrollmentId as string]: 1,
        [c?.enrollmentId as string]: 1,
        [d?.enrollmentId as string]: 1,
      });

      // Paused, unsubscribed and replied leads are never due.
      await app().request(`/v1/campaigns/${campaignId}/leads/${b?.leadId}/pause`, { method: 'POST', key });
      await app().request('/v1/events', {
        method: 'POST',
        key,
        json: { type: 'unsubscribed', campaign_id: campaignId, lead_id: c?.leadId },
      });
      await send(d as { leadId: string }, 1);
      await app().request('/v1/events', {
        method: 'POST',
        key,
        json: { type: 'replied', campaign_id: campaignId, lead_id: d?.leadId },
      });
      expect(await dueSteps(key, campaignId)).toEqual({});

      // Step 2 is due 48 h after step 1 was sent.
      app().clock.advance(48 * HOUR - 1_000);
      expect(await dueSteps(key, campaignId)).toEqual({});
      app().clock.advance(1_000);
      expect(await dueSteps(key, campaignId)).toEqual({ [a?.enrollmentId as string]: 2 });
      const row = (await due(key, campaignId)).body.data[0];
      expect(row.due_at).toBe(new Date(app().clock.now()).toISOString());

      // Sent an hour late: step 3 is due 24 h after that send, not after the due time.
      app().clock.advance(HOUR);
      await send(a as { leadId: string }, 2);
      app().clock.advance(24 * HOUR - 1);
      expect(await dueSteps(key, campaignId)).toEqual({});
      app().clock.advance(1);
      expect(await dueSteps(key, campaignId)).toEqual({ [a?.enrollmentId as string]: 3 });

      // After the last step nothing more is due, however long it waits.
      await send(a as { leadId: string }, 3);
      app().clock.advance(500 * HOUR);
      expect(await dueSteps(key, campaignId)).toEqual({});

      // A resumed lead is due again at once.
      await app().request(`/v1/campaigns/${campaignId}/leads/${b?.leadId}/resume`, { method: 'POST', key });
      expect(await dueSteps(key, campaignId)).toEqual({ [b?.enrollmentId as string]: 1 });
    });

    it('honours limit, most overdue first', async () => {
      const { key, campaignId } = await app().setup(3, STEPS);
      const { body } = await due(key, campaignId, '?limit=2');
      expect(body.data).toHaveLength(2);
    });
  });

  describe('errors', () => {
    it.each(['?limit=0', '?limit=1001', '?limit=x'])('rejects %s with a 400 problem', async (query) => {
      const { key, campaignId } = await app().setup(1, STEPS);
      const { status, body } = await due(key, campaignId, query);
      expect(status).toBe(400);
      expect(body.errors[0].path).toBe('query.limit');
    });

    it('answers 404 for another workspace’s campaign', async () => {
      const a = await app().setup(1, STEPS);
      const b = await app().setup(1, STEPS);
      expect((await due(a.key, b.campaignId)).status).toBe(404);
      expect((await due(a.key, 'cmp_nope')).status).toBe(404);
    });
  });
});
