import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { METRIC_DEFINITIONS } from '../definitions.js';

const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

const EMPTY = {
  enrolled: 0,
  contacted: 0,
  blocked: 0,
  distribution: {
    not_contacted: 0,
    sent: 0,
    engaged: 0,
    replied: 0,
    bounced: 0,
    unsubscribed: 0,
    completed: 0,
    paused: 0,
  },
  rates: {
    reply_rate: null,
    engagement_rate: null,
    open_rate: null,
    click_rate: null,
    bounce_rate: null,
    completion_rate: null,
    unsubscribe_rate: null,
  },
  opens: { human: 0, machine: 0 },
  replies_automatic: 0,
  out_of_office_holds: 0,
  company_stops: 0,
};

describeEachDatabase('analytics endpoints', ({ database }) => {
  let app: TestApp;

  const setup = async () => {
    app = createTestApp(database.handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    return { key, workspaceId, campaignId };
  };

  const send = async (
    key: string,
    campaignId: string,
    leadId: string,
    events: Array<Record<string, unknown>>,
  ) => {
    for (const [i, event] of events.entries()) {
      const response = await app.request('/v1/events', {
        method: 'POST',
        key,
        json: { campaign_id: campaignId, lead_id: leadId, occurred_at: at(i), ...event },
      });
      expect(response.status, JSON.stringify(event)).toBe(202);
    }
  };

  /** Seven enrollments, one per outcome, one of them blocked by a DNC domain rule. */
  const seed = async (key: string, campaignId: string) => {
    const leads = await enrollEmails(
      app,
      key,
      campaignId,
      [1, 2, 3, 4, 5, 6].map(() => uniqueEmail()),
    );
    const id = (i: number) => leads[i]?.leadId as string;
    await send(key, campaignId, id(0), [{ type: 'sent' }, { type: 'opened' }, { type: 'opened' }]);
    await send(key, campaignId, id(1), [{ type: 'sent' }, { type: 'replied' }]);
    await send(key, campaignId, id(2), [{ type: 'sent' }, { type: 'bounced', bounce_type: 'hard' }]);
    await send(key, campaignId, id(3), [{ type: 'sent' }, { type: 'sequence_completed' }]);
    await send(key, campaignId, id(5), [{ type: 'unsubscribed' }]);
    const domain = `blk-${randomBytes(4).toString('hex')}.example`;
    const dnc = await app.request('/v1/dnc', { method: 'POST', key, json: { value: `@${domain}` } });
    expect(dnc.status).toBe(201);
    const [blocked] = await enrollEmails(app, key, campaignId, [`ann@${domain}`]);
    expect(blocked?.statusReason).toBe('dnc_rule');
  };

  // Contacted: the four sent to and the one that unsubscribed by link (an unsubscribe reached it).
  const SEEDED = {
    enrolled: 7,
    contacted: 5,
    blocked: 1,
    distribution: {
      not_contacted: 1,
      sent: 0,
      engaged: 1,
      replied: 1,
      bounced: 2,
      unsubscribed: 1,
      completed: 1,
      paused: 0,
    },
    rates: {
      reply_rate: 0.2,
      engagement_rate: 0.4,
      open_rate: 0.2,
      click_rate: 0,
      bounce_rate: 0.2,
      completion_rate: 0.2,
      unsubscribe_rate: 0.2,
    },
    opens: { human: 1, machine: 0 },
    replies_automatic: 0,
    out_of_office_holds: 0,
    company_stops: 0,
  };

  it('a new campaign has zero counts and null rates', async () => {
    const { key, campaignId } = await setup();
    const response = await app.request(`/v1/campaigns/${campaignId}/analytics`, { key });
    expect(response.status).toBe(200);
    expect(await readJson(response)).toEqual(EMPTY);
  });

  it('counts a seeded campaign exactly, and the workspace sums its campaigns', async () => {
    const { key, campaignId, workspaceId } = await setup();
    await seed(key, campaignId);
    const response = await app.request(`/v1/campaigns/${campaignId}/analytics`, { key });
    expect(response.status).toBe(200);
    expect(await readJson(response)).toEqual(SEEDED);

    const other = await seedCampaign(database.seed, workspaceId);
    await enrollEmails(app, key, other, [uniqueEmail()]);
    const all = await readJson(await app.request('/v1/analytics', { key }));
    expect(all.enrolled).toBe(8);
    expect(all.distribution.not_contacted).toBe(2);
    expect(all.rates.reply_rate).toBe(0.2);
    const one = await readJson(await app.request(`/v1/analytics?campaign_id=${campaignId}`, { key }));
    expect(one).toEqual(SEEDED);
    const both = await readJson(
      await app.request(`/v1/analytics?campaign_id=${campaignId},${other}`, { key }),
    );
    expect(both).toEqual(all);
    const repeated = await readJson(
      await app.request(`/v1/analytics?campaign_id=${campaignId}&campaign_id=${other}`, { key }),
    );
    expect(repeated).toEqual(all);
    const onlyOther = await readJson(await app.request(`/v1/analytics?campaign_id=${other}`, { key }));
    expect(onlyOther.enrolled).toBe(1);
    expect(onlyOther.rates.reply_rate).toBeNull();
  });

  it('keeps tenants apart: 404 for another workspace campaign, nothing of it in the workspace summary', async () => {
    const { key, campaignId } = await setup();
    await seed(key, campaignId);
    const { apiKey: otherKey } = await app.newWorkspace('Other');
    const response = await app.request(`/v1/campaigns/${campaignId}/analytics`, { key: otherKey });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await readJson(await app.request('/v1/analytics', { key: otherKey }))).toEqual(EMPTY);
    expect(
      await readJson(await app.request(`/v1/analytics?campaign_id=${campaignId}`, { key: otherKey })),
    ).toEqual(EMPTY);
    const unknown = await app.request('/v1/campaigns/cmp_00000000000000000000000000/analytics', { key });
    expect(unknown.status).toBe(404);
    expect((await app.request('/v1/campaigns/nope/analytics', { key })).status).toBe(404);
    expect((await app.request(`/v1/campaigns/${campaignId}/analytics`)).status).toBe(401);
  });

  it('answers 400 for a bad campaign_id list', async () => {
    const { key, campaignId } = await setup();
    const tooMany = Array.from({ length: 51 }, (_, i) => `cmp_${String(i).padStart(26, '0')}`).join(',');
    for (const query of [
      'campaign_id=nope',
      `campaign_id=${campaignId},x`,
      'campaign_id=',
      `campaign_id=${tooMany}`,
    ]) {
      const response = await app.request(`/v1/analytics?${query}`, { key });
      expect(response.status, query).toBe(400);
      const body = await readJson(response);
      expect(body.type).toContain('validation');
      expect(body.errors?.length).toBeGreaterThan(0);
    }
  });

  it('erasing a lead subtracts what it counted', async () => {
    const { key, campaignId } = await setup();
    const [lead] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
    await send(key, campaignId, lead?.leadId as string, [{ type: 'sent' }, { type: 'replied' }]);
    const before = await readJson(await app.request(`/v1/campaigns/${campaignId}/analytics`, { key }));
    expect(before.rates.reply_rate).toBe(1);
    expect((await app.request(`/v1/leads/${lead?.leadId}`, { method: 'DELETE', key })).status).toBe(204);
    expect(await readJson(await app.request(`/v1/campaigns/${campaignId}/analytics`, { key }))).toEqual(
      EMPTY,
    );
  });

  it('lists every metric definition, rates with a denominator', async () => {
    const { key } = await setup();
    const response = await app.request('/v1/metrics/definitions', { key });
    expect(response.status).toBe(200);
    const body = await readJson(response);
    expect(body.data).toEqual(METRIC_DEFINITIONS);
    const names = body.data.map((d: { name: string }) => d.name);
    for (const rate of Object.keys(EMPTY.rates)) expect(names).toContain(rate);
    for (const d of body.data) if (d.kind === 'rate') expect(d.denominator).toBeTruthy();
  });
});
