import {
  type BaseStatus,
  TRANSITION_COLUMNS,
  TRANSITION_ROWS,
  TRANSITIONS,
  type TransitionColumn,
} from '@leadstatus/core';
import { describe, expect, it } from 'vitest';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { readCounters } from '../../analytics/counters.repository.js';

/** Events that bring a new enrollment to each base status. */
const REACH: Record<BaseStatus, Array<Record<string, unknown>>> = {
  not_contacted: [],
  sent: [{ type: 'sent' }],
  engaged: [{ type: 'sent' }, { type: 'opened' }],
  completed: [{ type: 'sent' }, { type: 'sequence_completed' }],
  replied: [{ type: 'sent' }, { type: 'replied' }],
  bounced: [{ type: 'sent' }, { type: 'bounced', bounce_type: 'hard' }],
  unsubscribed: [{ type: 'unsubscribed' }],
};

/** One event of each column of the table. */
const COLUMN_EVENT: Record<TransitionColumn, Record<string, unknown>> = {
  sent: { type: 'sent' },
  engagement: { type: 'clicked' },
  replied: { type: 'replied' },
  bounced: { type: 'rejected' },
  blocked: { type: 'blocked', reason: 'dnc_rule' },
  unsubscribed: { type: 'complained' },
  sequence_completed: { type: 'sequence_completed' },
};

const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

describeEachDatabase('POST /v1/events', ({ database }) => {
  let app: TestApp;
  let key: string;
  let workspaceId: string;
  let campaignId: string;

  const setup = async () => {
    app = createTestApp(database.handle);
    ({ apiKey: key, workspaceId } = await app.newWorkspace());
    campaignId = await seedCampaign(database.seed, workspaceId);
  };
  const post = (event: Record<string, unknown>, headers?: Record<string, string>) =>
    app.request('/v1/events', { method: 'POST', key, json: event, ...(headers ? { headers } : {}) });
  const send = async (leadId: string, events: Array<Record<string, unknown>>, cmp = campaignId) => {
    let last: Record<string, unknown> = {};
    for (const [i, event] of events.entries()) {
      const response = await post({ campaign_id: cmp, lead_id: leadId, occurred_at: at(i), ...event });
      expect(response.status, JSON.stringify(event)).toBe(202);
      last = await readJson(response);
    }
    return last;
  };

  describe('happy', () => {
    it('applies every cell of the status table through the API', async () => {
      await setup();
      for (const from of TRANSITION_ROWS) {
        for (const column of TRANSITION_COLUMNS) {
          const [enrollment] = await enrollEmails(app, key, campaignId, [uniqueEmail(`${from}-${column}`)]);
          const leadId = enrollment?.leadId as string;
          const body = await send(leadId, [...REACH[from], COLUMN_EVENT[column]]);
          const expected = TRANSITIONS[from][column].to;
          expect((body.enrollment as { status: string }).status, `${from} + ${column}`).toBe(expected);
        }
      }
    });

    it('answers 202 with the event id and the new status, and records a status change', async () => {
      await setup();
      const [e] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      const response = await post({ type: 'sent', campaign_id: campaignId, lead_id: e?.leadId, step: 1 });
      expect(response.status).toBe(202);
      const body = await readJson(response);
      expect(body).toEqual({
        event_id: expect.stringMatching(/^evt_/),
        duplicate: false,
        enrollment: { id: e?.enrollmentId, status: 'sent', status_reason: null },
      });
      const changes = await database.handle.db
        .selectFrom('status_changes')
        .selectAll()
        .where('enrollment_id', '=', e?.enrollmentId as string)
        .execute();
      expect(changes).toMatchObject([
        { from_status: 'not_contacted', to_status: 'sent', event_id: body.event_id },
      ]);
    });

    it('names a lead by e-mail, case-insensitively', async () => {
      await setup();
      const email = uniqueEmail('Case');
      await enrollEmails(app, key, campaignId, [email]);
      const response = await post({ type: 'opened', campaign_id: campaignId, email: email.toUpperCase() });
      expect(response.status).toBe(202);
      expect((await readJson(response)).enrollment.status).toBe('engaged');
    });

    it('acknowledges a repeated event id as a duplicate and changes nothing', async () => {
      await setup();
      const [e] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      const event = {
        type: 'bounced',
        bounce_type: 'soft',
        campaign_id: campaignId,
        lead_id: e?.leadId,
        id: 'esp:1',
      };
      const first = await readJson(await post(event));
      const again = await post(event);
      expect(again.status).toBe(200);
      expect(await readJson(again)).toEqual({ ...first, duplicate: true });
      await post({ ...event, id: 'esp:2' });
      await post({ ...event, id: 'esp:2' });
      const row = await database.handle.db
        .selectFrom('enrollments')
        .select(['soft_bounced_count', 'status'])
        .where('id', '=', e?.enrollmentId as string)
        .executeTakeFirst();
      expect(row).toEqual({ soft_bounced_count: 2, status: 'not_contacted' });
    });

    it('places a late event by occurred_at: a late human open breaks a soft-bounce streak', async () => {
      await setup();
      const [e] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      const soft = { type: 'bounced', bounce_type: 'soft' };
      await send(e?.leadId as string, [{ type: 'sent' }]);
      for (const minute of [10, 30, 40]) {
        await post({ ...soft, campaign_id: campaignId, lead_id: e?.leadId, occurred_at: at(minute) });
      }
      const bounced = await database.handle.db
        .selectFrom('enrollments')
        .select(['status', 'status_reason'])
        .where('id', '=', e?.enrollmentId as string)
        .executeTakeFirst();
      expect(bounced).toEqual({ status: 'bounced', status_reason: 'repeated_soft_bounce' });
      const late = await post({
        type: 'opened',
        campaign_id: campaignId,
        lead_id: e?.leadId,
        occurred_at: at(20),
      });
      expect((await readJson(late)).enrollment).toMatchObject({ status: 'engaged', status_reason: null });
    });

    it('records the highest step sent, and when the change happened in the history', async () => {
      await setup();
      const [e] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      const lead = e?.leadId as string;
      await post({ type: 'sent', step: 2, campaign_id: campaignId, lead_id: lead, occurred_at: at(30) });
      await post({ type: 'sent', step: 1, campaign_id: campaignId, lead_id: lead, occurred_at: at(10) });
      const row = () =>
        database.handle.db
          .selectFrom('enrollments')
          .select(['current_step', 'status', 'status_changed_at'])
          .where('id', '=', e?.enrollmentId as string)
          .executeTakeFirstOrThrow();
      expect(await row()).toMatchObject({
        current_step: 2,
        status: 'sent',
        status_changed_at: T0 + 10 * 60_000,
      });
      // A late open engages the lead as of its own time (docs/lists.md: such a row may move behind a cursor).
      await post({ type: 'opened', campaign_id: campaignId, lead_id: lead, occurred_at: at(20) });
      expect(await row()).toMatchObject({ status: 'engaged', status_changed_at: T0 + 20 * 60_000 });
    });

    it('keeps machine opens from engaging a lead, but counts them', async () => {
      await setup();
      const [e] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      await send(e?.leadId as string, [{ type: 'sent' }, { type: 'opened', machine: true }]);
      const row = await database.handle.db
        .selectFrom('enrollments')
        .select(['status', 'machine_opened_count', 'opened_count'])
        .where('id', '=', e?.enrollmentId as string)
        .executeTakeFirst();
      expect(row).toEqual({ status: 'sent', machine_opened_count: 1, opened_count: 0 });
    });

    it('unsubscribes the lead from every campaign, lists its e-mail, and blocks it from new campaigns', async () => {
      await setup();
      const other = await seedCampaign(database.seed, workspaceId, { name: 'Other' });
      const email = uniqueEmail('optout');
      const [a] = await enrollEmails(app, key, campaignId, [email]);
      const [b] = await enrollEmails(app, key, other, [email]);
      await send(b?.leadId as string, [{ type: 'sent' }, { type: 'opened' }], other);
      await post({ type: 'unsubscribed', reason: 'one_click', campaign_id: campaignId, lead_id: a?.leadId });

      const rows = await database.handle.db
        .selectFrom('enrollments')
        .select(['campaign_id', 'status', 'status_reason'])
        .where('lead_id', '=', a?.leadId as string)
        .orderBy('campaign_id')
        .execute();
      expect(rows.map((r) => [r.status, r.status_reason])).toEqual([
        ['unsubscribed', 'one_click'],
        ['unsubscribed', 'one_click'],
      ]);
      const dnc = await database.handle.db
        .selectFrom('dnc_entries')
        .select(['kind', 'value', 'source'])
        .where('workspace_id', '=', workspaceId)
        .execute();
      expect(dnc).toEqual([{ kind: 'email', value: email, source: 'unsubscribed' }]);

      const third = await seedCampaign(database.seed, workspaceId, { name: 'Third' });
      const [c] = await enrollEmails(app, key, third, [email]);
      expect(c).toMatchObject({ status: 'bounced', statusReason: 'opted_out' });
    });

    it('keeps the campaign status counters equal to the enrollments', async () => {
      await setup();
      const leads = await enrollEmails(app, key, campaignId, [uniqueEmail(), uniqueEmail(), uniqueEmail()]);
      await send(leads[0]?.leadId as string, [{ type: 'sent' }, { type: 'replied' }]);
      await send(leads[1]?.leadId as string, [{ type: 'sent' }]);
      const counters = (await readCounters(database.handle.db, workspaceId, [campaignId])).get(campaignId);
      const fromCounters = Object.fromEntries(
        [...(counters ?? [])].filter(([m, v]) => v !== 0 && m.startsWith('status:')),
      );
      expect(fromCounters).toEqual({ 'status:replied': 1, 'status:sent': 1, 'status:not_contacted': 1 });
    });
  });

  describe('errors', () => {
    it.each([
      [{ type: 'kissed' }, 'body.type'],
      [{ type: 'opened', email: 'x@example.com' }, 'body.lead_id'],
      [{ type: 'opened', occurred_at: 'yesterday' }, 'body.occurred_at'],
      [{ type: 'opened', occurred_at: '2026-11-27T10:00:00' }, 'body.occurred_at'],
      [{ type: 'opened', reason: 'link' }, 'body.reason'],
      [{ type: 'blocked', reason: 'one_click' }, 'body.reason'],
      [{ type: 'opened', bounce_type: 'soft' }, 'body.bounce_type'],
      [{ type: 'opened', step: 0 }, 'body.step'],
      [{ type: 'opened', campaign_id: 'nope' }, 'body.campaign_id'],
    ])('answers 400 for %o at %s', async (patch, path) => {
      await setup();
      const response = await post({
        campaign_id: campaignId,
        lead_id: 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F2',
        ...patch,
      });
      expect(response.status).toBe(400);
      const body = await readJson(response);
      expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
    });

    it('answers 400 for an event more than 15 minutes in the future', async () => {
      await setup();
      const [e] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      const future = new Date(Date.now() + 3_600_000).toISOString();
      const response = await post({
        type: 'opened',
        campaign_id: campaignId,
        lead_id: e?.leadId,
        occurred_at: future,
      });
      expect(response.status).toBe(400);
    });

    it('answers 404 for an unknown lead and for a lead not in the campaign', async () => {
      await setup();
      const other = await seedCampaign(database.seed, workspaceId);
      const [e] = await enrollEmails(app, key, other, [uniqueEmail()]);
      const unknown = await post({ type: 'opened', campaign_id: campaignId, email: 'nobody@example.com' });
      expect(unknown.status).toBe(404);
      const notEnrolled = await post({ type: 'opened', campaign_id: campaignId, lead_id: e?.leadId });
      expect(notEnrolled.status).toBe(404);
      expect((await readJson(notEnrolled)).detail).toContain('is not enrolled in campaign');
    });
  });

  describe('security', () => {
    it("answers 404 for another workspace's lead and campaign, and changes nothing", async () => {
      await setup();
      const [e] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      const intruder = await app.newWorkspace('Intruder');
      const response = await app.request('/v1/events', {
        method: 'POST',
        key: intruder.apiKey,
        json: { type: 'unsubscribed', campaign_id: campaignId, lead_id: e?.leadId },
      });
      expect(response.status).toBe(404);
      const row = await database.handle.db
        .selectFrom('enrollments')
        .select('status')
        .where('id', '=', e?.enrollmentId as string)
        .executeTakeFirst();
      expect(row?.status).toBe('not_contacted');
    });

    it('requires a key', async () => {
      await setup();
      expect((await app.request('/v1/events', { method: 'POST', json: {} })).status).toBe(401);
    });
  });
});
