import { expect, it } from 'vitest';
import { dailyOracle, dailySnapshot } from '../features/analytics/test-support/daily-rollups.js';
import { fixedClock } from '../platform/clock.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../test-support/fixtures.js';
import { readJson } from '../test-support/read-json.js';
import { createTestApp } from '../test-support/test-app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { recountCounters } from './recount.js';

const NOW = Date.parse('2026-11-20T12:00:00Z');

describeEachDatabase('daily rollups', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle, { clock: fixedClock(NOW) });
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const patched = await app.request('/v1/workspace', {
      method: 'PATCH',
      key,
      json: { settings: { timezone: 'Europe/Paris' } },
    });
    expect(patched.status).toBe(200);
    const campaigns = [
      await seedCampaign(database.seed, workspaceId),
      await seedCampaign(database.seed, workspaceId),
    ];
    const emails = [uniqueEmail(), uniqueEmail()];
    const leads: string[] = [];
    for (const campaignId of campaigns) {
      for (const e of await enrollEmails(app, key, campaignId, emails))
        if (!leads.includes(e.leadId)) leads.push(e.leadId);
    }
    const post = async (
      campaignId: string,
      leadId: string,
      events: Array<[string, Record<string, unknown>]>,
    ) => {
      const response = await app.request('/v1/events/batch', {
        method: 'POST',
        key,
        json: {
          events: events.map(([at, fields]) => ({
            campaign_id: campaignId,
            lead_id: leadId,
            occurred_at: at,
            ...fields,
          })),
        },
      });
      expect((await readJson(response)).summary.applied).toBe(events.length);
    };
    return {
      app,
      key,
      workspaceId,
      campaigns: campaigns as [string, string],
      leads: leads as [string, string],
      post,
    };
  };

  it('erasing a lead takes its contributions out, in every maintained zone and campaign', async () => {
    const { app, key, workspaceId, campaigns, leads, post } = await setup();
    const [alpha, beta] = campaigns;
    const [ann, bob] = leads;
    for (const lead of [ann, bob]) {
      await post(alpha, lead, [
        ['2026-11-02T09:00:00Z', { type: 'sent' }],
        ['2026-11-02T23:30:00Z', { type: 'opened' }],
        ['2026-11-03T08:00:00Z', { type: 'opened' }],
      ]);
    }
    // Ann also opts out in beta: the opt-out reaches her alpha enrollment too.
    await post(beta, ann, [
      ['2026-11-02T09:00:00Z', { type: 'sent' }],
      ['2026-11-04T09:00:00Z', { type: 'unsubscribed' }],
    ]);
    const before = await dailySnapshot(database.handle.db, workspaceId);
    expect(before).toEqual(await dailyOracle(database.handle.db, workspaceId, ['UTC', 'Europe/Paris']));
    expect(before[`${alpha} Europe/Paris 2026-11-03 opened`]).toBe(2);
    expect(before[`${alpha} UTC 2026-11-02 opened`]).toBe(2);
    expect(before[`${alpha} UTC 2026-11-04 unsubscribed`]).toBe(1);

    expect((await app.request(`/v1/leads/${ann}`, { method: 'DELETE', key })).status).toBe(204);
    const after = await dailySnapshot(database.handle.db, workspaceId);
    expect(after).toEqual(await dailyOracle(database.handle.db, workspaceId, ['UTC', 'Europe/Paris']));
    expect(after[`${alpha} Europe/Paris 2026-11-03 opened`]).toBe(1);
    expect(Object.keys(after).some((cell) => cell.startsWith(beta))).toBe(false);
    expect(Object.keys(after).some((cell) => cell.endsWith('unsubscribed'))).toBe(false);
    const result = await recountCounters(database.handle, { workspaceId });
    expect(result.dailyCorrected).toBe(0);

    const trend = await readJson(
      await app.request(`/v1/campaigns/${alpha}/analytics/trends?from=2026-11-02&to=2026-11-04`, { key }),
    );
    expect(trend.points.map((p: { opened: number }) => p.opened)).toEqual([0, 1, 0]);
    // Bob is untouched by Ann's erasure.
    expect((await app.request(`/v1/leads/${bob}`, { key })).status).toBe(200);
  });

  it('recount repairs drifted cells and removes cells of zones no longer kept', async () => {
    const { workspaceId, campaigns, leads, post } = await setup();
    const [alpha] = campaigns;
    await post(alpha, leads[0], [['2026-11-02T09:00:00Z', { type: 'sent' }]]);
    const right = await dailySnapshot(database.handle.db, workspaceId);
    const cell = (zone: string, day: number, metric: string, slot: number, value: number) => ({
      workspace_id: workspaceId,
      campaign_id: alpha,
      zone,
      day,
      metric,
      slot,
      value,
    });
    await database.seed
      .insertInto('campaign_daily_counts')
      .values([cell('UTC', 20_000, 'opened', 3, 2), cell('Asia/Tokyo', 20_000, 'sent', 0, 1)])
      .execute();
    const result = await recountCounters(database.handle, { workspaceId });
    expect(result.dailyCorrected).toBe(2);
    expect(result.corrected).toBe(2);
    expect(await dailySnapshot(database.handle.db, workspaceId)).toEqual(right);
  });
});
