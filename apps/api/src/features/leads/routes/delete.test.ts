import { describe, expect, it } from 'vitest';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { readCounters } from '../../analytics/counters.repository.js';
import {
  insertCampaignRow,
  insertEnrollmentRow,
  insertEventRow,
  insertStatusChangeRow,
} from '../test-support/fixtures.js';

describeEachDatabase('DELETE /v1/leads/{id}', ({ database }) => {
  const countRows = async (workspaceId: string, leadId: string) => {
    const { db } = database.handle;
    const count = async (
      table: 'events' | 'status_changes' | 'enrollments' | 'leads',
      column: 'lead_id' | 'id',
    ) =>
      (
        await db
          .selectFrom(table)
          .select('workspace_id')
          .where('workspace_id', '=', workspaceId)
          .where(column, '=', leadId)
          .execute()
      ).length;
    return {
      leads: await count('leads', 'id'),
      enrollments: await count('enrollments', 'lead_id'),
      events: await count('events', 'lead_id'),
      status_changes: await count('status_changes', 'lead_id'),
    };
  };

  /** A workspace with two campaigns, two leads with history in both, counters, and a DNC entry. */
  const setup = async () => {
    const app = createTestApp(database.handle);
    const { apiKey, workspaceId } = await app.newWorkspace();
    const db = database.seed;
    const createLead = async (email: string) =>
      (await readJson(await app.request('/v1/leads', { method: 'POST', key: apiKey, json: { email } })))
        .id as string;
    const ann = await createLead('ann@example.com');
    const bob = await createLead('bob@example.com');
    const alpha = await insertCampaignRow(db, workspaceId, 'Alpha');
    const beta = await insertCampaignRow(db, workspaceId, 'Beta');
    let n = 0;
    const history = async (
      leadId: string,
      email: string,
      campaignId: string,
      status: 'sent' | 'unsubscribed',
    ) => {
      const enrollmentId = await insertEnrollmentRow(db, workspaceId, {
        campaign_id: campaignId,
        lead_id: leadId,
        lead_email: email,
        status,
        base_status: status,
      });
      const base = { campaign_id: campaignId, enrollment_id: enrollmentId, lead_id: leadId };
      await insertEventRow(db, workspaceId, { ...base, id: `evt_${++n}`, type: 'sent', occurred_at: n });
      await insertStatusChangeRow(db, workspaceId, {
        ...base,
        id: `chg_${++n}`,
        from_status: 'not_contacted',
        to_status: status,
        changed_at: n,
      });
    };
    await history(ann, 'ann@example.com', alpha, 'sent');
    await history(ann, 'ann@example.com', beta, 'unsubscribed');
    await history(bob, 'bob@example.com', alpha, 'sent');
    const counter = (campaign_id: string, metric: string, slot: number, value: number) => ({
      workspace_id: workspaceId,
      campaign_id,
      metric,
      slot,
      value,
    });
    await db
      .insertInto('campaign_counters')
      .values([
        counter(alpha, 'status:sent', 0, 1),
        counter(alpha, 'status:sent', 3, 1),
        counter(beta, 'status:unsubscribed', 5, 1),
      ])
      .execute();
    await db
      .insertInto('dnc_entries')
      .values({
        workspace_id: workspaceId,
        id: 'dnc_1',
        kind: 'email',
        value: 'ann@example.com',
        source: 'unsubscribed',
        created_at: 1,
      })
      .execute();
    const remove = (id: string, key = apiKey) =>
      app.request(`/v1/leads/${encodeURIComponent(id)}`, { method: 'DELETE', key });
    return { app, apiKey, workspaceId, ann, bob, alpha, beta, remove };
  };

  describe('happy', () => {
    it('erases the lead with its enrollments, events and status changes, and decrements the counters', async () => {
      const { app, apiKey, workspaceId, ann, bob, alpha, beta, remove } = await setup();
      const response = await remove(ann);
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');

      expect(await countRows(workspaceId, ann)).toEqual({
        leads: 0,
        enrollments: 0,
        events: 0,
        status_changes: 0,
      });
      expect(await countRows(workspaceId, bob)).toEqual({
        leads: 1,
        enrollments: 1,
        events: 1,
        status_changes: 1,
      });
      expect((await app.request(`/v1/leads/${ann}`, { key: apiKey })).status).toBe(404);

      const counters = await readCounters(database.handle.db, workspaceId);
      expect(counters.get(alpha)?.get('status:sent')).toBe(1);
      expect(counters.get(beta)?.get('status:unsubscribed')).toBe(0);
    });

    it('keeps the do-not-contact entry of the address', async () => {
      const { workspaceId, ann, remove } = await setup();
      await remove(ann);
      const dnc = await database.handle.db
        .selectFrom('dnc_entries')
        .select('value')
        .where('workspace_id', '=', workspaceId)
        .execute();
      expect(dnc).toEqual([{ value: 'ann@example.com' }]);
    });

    it('frees the e-mail for a new lead', async () => {
      const { app, apiKey, ann, remove } = await setup();
      await remove(ann);
      const response = await app.request('/v1/leads', {
        method: 'POST',
        key: apiKey,
        json: { email: 'ann@example.com' },
      });
      expect(response.status).toBe(201);
    });
  });

  describe('errors', () => {
    it.each([['lead_01JDQ7X3M6V1W8A2B4C6D8E0F2'], ['not-an-id'], ['lead_ünïcode']])(
      'answers 404 for the id %s',
      async (id) => {
        const { remove } = await setup();
        const response = await remove(id);
        expect(response.status).toBe(404);
        expect((await readJson(response)).type).toBe('/problems/not-found');
      },
    );

    it('answers 404 the second time', async () => {
      const { ann, remove } = await setup();
      expect((await remove(ann)).status).toBe(204);
      expect((await remove(ann)).status).toBe(404);
    });
  });

  describe('security', () => {
    it("answers 404 to another workspace's key and erases nothing", async () => {
      const { app, workspaceId, ann, alpha, remove } = await setup();
      const other = await app.newWorkspace('B');
      expect((await remove(ann, other.apiKey)).status).toBe(404);
      expect(await countRows(workspaceId, ann)).toEqual({
        leads: 1,
        enrollments: 2,
        events: 2,
        status_changes: 2,
      });
      expect((await readCounters(database.handle.db, workspaceId)).get(alpha)?.get('status:sent')).toBe(2);
    });

    it('requires a key', async () => {
      const { ann, remove } = await setup();
      expect((await remove(ann, '')).status).toBe(401);
    });
  });
});
