import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { LeadDetailsSchema } from '../schemas.js';
import {
  insertCampaignRow,
  insertEnrollmentRow,
  insertEventRow,
  insertStatusChangeRow,
} from '../test-support/fixtures.js';

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);
const T = (minutes: number) => NOW + minutes * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
/** Ids whose time-ordered part is `n`, so a test controls ties. */
const idOf = (prefix: string, n: number) => `${prefix}_${String(n).padStart(26, '0')}`;

describeEachDatabase('GET /v1/leads/{id}', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle, { clock: fixedClock(NOW) });
    const { apiKey, workspaceId } = await app.newWorkspace();
    const created = await readJson(
      await app.request('/v1/leads', { method: 'POST', key: apiKey, json: { email: 'ann@example.com' } }),
    );
    const get = (id: string, key = apiKey) => app.request(`/v1/leads/${encodeURIComponent(id)}`, { key });
    return { app, apiKey, workspaceId, leadId: created.id as string, get };
  };

  /** A campaign and an enrollment of the lead in it. */
  const enroll = async (workspaceId: string, leadId: string, name: string, extra = {}) => {
    const campaignId = await insertCampaignRow(database.seed, workspaceId, name);
    const enrollmentId = await insertEnrollmentRow(database.seed, workspaceId, {
      campaign_id: campaignId,
      lead_id: leadId,
      lead_email: 'ann@example.com',
      ...extra,
    });
    return { campaignId, enrollmentId };
  };

  describe('happy', () => {
    it('answers the lead with no enrollments and an empty timeline', async () => {
      const { get, leadId } = await setup();
      const response = await get(leadId);
      expect(response.status).toBe(200);
      const body = await readJson(response);
      expect(LeadDetailsSchema.parse(body)).toEqual(body);
      expect(body).toEqual({
        id: leadId,
        email: 'ann@example.com',
        first_name: null,
        last_name: null,
        company: null,
        custom_fields: {},
        created_at: iso(NOW),
        updated_at: iso(NOW),
        enrollments: [],
        timeline: [],
      });
    });

    it('lists each enrollment with its campaign, status and counters', async () => {
      const { get, leadId, workspaceId } = await setup();
      const a = await enroll(workspaceId, leadId, 'Alpha', {
        status: 'engaged',
        base_status: 'engaged',
        sent_count: 2,
        opened_count: 3,
        clicked_count: 1,
        current_step: 2,
        last_event_at: T(5),
        status_changed_at: T(4),
        created_at: 1,
      });
      const b = await enroll(workspaceId, leadId, 'Beta', {
        status: 'paused',
        status_reason: 'out_of_office',
        paused: 1,
        pause_reason: 'out_of_office',
        paused_until: T(100),
        status_changed_at: T(1),
        created_at: 2,
      });
      const body = await readJson(await get(leadId));
      expect(body.enrollments).toEqual([
        {
          enrollment_id: a.enrollmentId,
          campaign: { id: a.campaignId, name: 'Alpha' },
          status: 'engaged',
          status_reason: null,
          paused_until: null,
          label: null,
          label_changed_at: null,
          status_changed_at: iso(T(4)),
          last_event_at: iso(T(5)),
          paused: false,
          current_step: 2,
          counters: { sent: 2, opened: 3, clicked: 1, replied: 0 },
        },
        {
          enrollment_id: b.enrollmentId,
          campaign: { id: b.campaignId, name: 'Beta' },
          status: 'paused',
          status_reason: 'out_of_office',
          paused_until: iso(T(100)),
          label: null,
          label_changed_at: null,
          status_changed_at: iso(T(1)),
          last_event_at: null,
          paused: true,
          current_step: 0,
          counters: { sent: 0, opened: 0, clicked: 0, replied: 0 },
        },
      ]);
    });

    it('merges events and status changes oldest first, by time then id', async () => {
      const { get, leadId, workspaceId } = await setup();
      const db = database.seed;
      const { campaignId, enrollmentId } = await enroll(workspaceId, leadId, 'Alpha');
      const base = { campaign_id: campaignId, enrollment_id: enrollmentId, lead_id: leadId };
      // Inserted out of order on purpose.
      await insertEventRow(db, workspaceId, {
        ...base,
        id: idOf('evt', 30),
        type: 'opened',
        occurred_at: T(10),
        machine: 1,
      });
      await insertStatusChangeRow(db, workspaceId, {
        ...base,
        id: idOf('chg', 11),
        from_status: 'not_contacted',
        to_status: 'sent',
        changed_at: T(1),
      });
      await insertEventRow(db, workspaceId, {
        ...base,
        id: idOf('evt', 10),
        type: 'sent',
        occurred_at: T(1),
        step: 1,
      });
      await insertEventRow(db, workspaceId, {
        ...base,
        id: idOf('evt', 40),
        type: 'bounced',
        occurred_at: T(20),
        bounce_type: 'hard',
      });
      await insertStatusChangeRow(db, workspaceId, {
        ...base,
        id: idOf('chg', 41),
        from_status: 'sent',
        to_status: 'bounced',
        reason: 'hard_bounce',
        changed_at: T(20),
      });
      // An event of another lead never shows.
      await insertEventRow(db, workspaceId, {
        ...base,
        lead_id: 'lead_other',
        id: idOf('evt', 50),
        type: 'sent',
        occurred_at: T(2),
      });

      const body = await readJson(await get(leadId));
      expect(LeadDetailsSchema.parse(body)).toEqual(body);
      const ids = { campaign_id: campaignId, enrollment_id: enrollmentId };
      const event = {
        ...ids,
        kind: 'event',
        step: null,
        bounce_type: null,
        auto_reply: false,
        machine: false,
        reason: null,
        paused_until: null,
        mail: null,
      };
      expect(body.timeline).toEqual([
        { ...event, id: idOf('evt', 10), type: 'sent', occurred_at: iso(T(1)), step: 1 },
        {
          ...ids,
          kind: 'status_change',
          id: idOf('chg', 11),
          from: 'not_contacted',
          to: 'sent',
          reason: null,
          at: iso(T(1)),
        },
        { ...event, id: idOf('evt', 30), type: 'opened', occurred_at: iso(T(10)), machine: true },
        { ...event, id: idOf('evt', 40), type: 'bounced', occurred_at: iso(T(20)), bounce_type: 'hard' },
        {
          ...ids,
          kind: 'status_change',
          id: idOf('chg', 41),
          from: 'sent',
          to: 'bounced',
          reason: 'hard_bounce',
          at: iso(T(20)),
        },
      ]);
    });

    it('keeps the most recent 500 items of a long history', async () => {
      const { get, leadId, workspaceId } = await setup();
      const db = database.seed;
      const { campaignId, enrollmentId } = await enroll(workspaceId, leadId, 'Long');
      const base = {
        workspace_id: workspaceId,
        campaign_id: campaignId,
        enrollment_id: enrollmentId,
        lead_id: leadId,
      };
      const n = 300;
      await db
        .insertInto('events')
        .values(
          Array.from({ length: n }, (_, i) => ({
            ...base,
            id: idOf('evt', 2 * i),
            type: 'opened' as const,
            occurred_at: T(2 * i),
            external_id: null,
            step: null,
            bounce_type: null,
            auto_reply: 0,
            machine: 0,
            propagated: 0,
            reason: null,
            user_agent: null,
            metadata: '{}',
            created_at: T(2 * i),
          })),
        )
        .execute();
      await db
        .insertInto('status_changes')
        .values(
          Array.from({ length: n }, (_, i) => ({
            ...base,
            id: idOf('chg', 2 * i + 1),
            from_status: 'sent',
            to_status: 'engaged',
            reason: null,
            event_id: null,
            changed_at: T(2 * i + 1),
            created_at: T(2 * i + 1),
          })),
        )
        .execute();
      const { timeline } = await readJson(await get(leadId));
      expect(timeline).toHaveLength(500);
      expect(timeline[0].id).toBe(idOf('evt', 100));
      expect(timeline.at(-1).id).toBe(idOf('chg', 599));
      const times = timeline.map(
        (item: { occurred_at?: string; at?: string }) => item.occurred_at ?? item.at,
      );
      expect(times).toEqual([...times].sort());
    });
  });

  describe('errors', () => {
    it.each([
      ['an unknown id', 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F2'],
      ['a malformed id', 'nope'],
      ['an id with other characters', 'lead_é✓'],
      ['a very long id', `lead_${'A'.repeat(200)}`],
      ['a campaign id', 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2'],
    ])('answers 404 problem for %s', async (_, id) => {
      const { get } = await setup();
      const response = await get(id);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await readJson(response)).type).toBe('/problems/not-found');
    });
  });

  describe('security', () => {
    it("answers 404 to another workspace's key", async () => {
      const { app, get, leadId } = await setup();
      const other = await app.newWorkspace('B');
      expect((await get(leadId, other.apiKey)).status).toBe(404);
      expect((await get(leadId)).status).toBe(200);
    });

    it('requires a key', async () => {
      const { get, leadId } = await setup();
      expect((await get(leadId, '')).status).toBe(401);
    });
  });
});
