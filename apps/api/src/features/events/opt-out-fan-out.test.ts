import { beforeAll, expect, it } from 'vitest';
import { enrollEmails, seedCampaign } from '../../test-support/fixtures.js';
import { readJson } from '../../test-support/read-json.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { MINUTE, post, withMessages } from '../inbound/test-support/inbound-app.js';
import { CHROME, createTrackingApp, type TrackingApp } from '../tracking/test-support/tracking-app.js';

const POSTMARK_SECRET = 'pm-webhook-secret-fan-out-0123';

/**
 * Opting out reaches every campaign whatever door it comes through (DESIGN.md "Opt-out reaches across
 * campaigns"): the RFC 8058 one-click link, a provider's complaint and the batch endpoint, not only
 * `POST /v1/events`.
 */
describeEachDatabase('opt-out fan-out through every door', ({ database }) => {
  let t: TrackingApp;
  beforeAll(() => {
    t = createTrackingApp(database.handle);
  });

  /** One lead sent step 1 of campaign A, also enrolled (not contacted) in B and C; Postmark set up. */
  async function leadInThreeCampaigns() {
    const ctx = await withMessages(t, 1, { name: 'postmark', config: { secret: POSTMARK_SECRET } });
    const lead = ctx.leads[0] as (typeof ctx.leads)[number];
    const others = [];
    for (let i = 0; i < 2; i++) {
      const campaignId = await seedCampaign(database.seed, ctx.workspaceId);
      const [enrolled] = await enrollEmails(t, ctx.key, campaignId, [lead.email]);
      expect(enrolled?.status).toBe('not_contacted');
      others.push({ campaignId, enrollmentId: enrolled?.enrollmentId as string });
    }
    t.clock.advance(30 * MINUTE);
    return { ...ctx, lead, others };
  }

  async function expectOptedOutEverywhere(
    ctx: Awaited<ReturnType<typeof leadInThreeCampaigns>>,
    reason: string,
    dncSource: string,
  ) {
    for (const enrollmentId of [ctx.lead.enrollmentId, ...ctx.others.map((o) => o.enrollmentId)]) {
      const row = await t.enrollment(ctx.workspaceId, enrollmentId);
      expect([row.status, row.status_reason], enrollmentId).toEqual(['unsubscribed', reason]);
    }
    const dnc = await database.handle.db
      .selectFrom('dnc_entries')
      .select(['kind', 'value', 'source'])
      .where('workspace_id', '=', ctx.workspaceId)
      .execute();
    expect(dnc).toEqual([{ kind: 'email', value: ctx.lead.email, source: dncSource }]);
    // And a later campaign never contacts the lead.
    const later = await seedCampaign(database.seed, ctx.workspaceId);
    const [blocked] = await enrollEmails(t, ctx.key, later, [ctx.lead.email]);
    expect([blocked?.status, blocked?.statusReason]).toEqual(['bounced', 'opted_out']);
  }

  it('through the RFC 8058 one-click unsubscribe link', async () => {
    const ctx = await leadInThreeCampaigns();
    const { body } = await t.sendMessage(ctx.key, {
      campaign_id: ctx.campaignId,
      lead_id: ctx.lead.leadId,
      step: 2,
    });
    const response = await t.request(body.unsubscribe_url as string, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': CHROME },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    await expectOptedOutEverywhere(ctx, 'one_click', 'unsubscribed');
  });

  it("through a provider's spam complaint", async () => {
    const ctx = await leadInThreeCampaigns();
    const record = {
      RecordType: 'SpamComplaint',
      ID: 4242,
      Type: 'SpamComplaint',
      Email: ctx.lead.email,
      BouncedAt: new Date(t.clock.now()).toISOString(),
      Metadata: { leadstatus_message: ctx.lead.messageId },
      MessageID: `pm-complaint-${ctx.lead.leadId}`,
    };
    const response = await post(t, `/webhooks/postmark/${ctx.workspaceId}`, JSON.stringify(record), {
      'Content-Type': 'application/json',
      'X-Webhook-Secret': POSTMARK_SECRET,
    });
    expect(response.status).toBe(200);
    expect((await readJson(response)).applied).toBe(1);
    await expectOptedOutEverywhere(ctx, 'complaint', 'complaint');
  });

  it('through POST /v1/events/batch, among other events', async () => {
    const ctx = await leadInThreeCampaigns();
    const at = new Date(t.clock.now()).toISOString();
    const response = await t.request('/v1/events/batch', {
      method: 'POST',
      key: ctx.key,
      json: {
        events: [
          { type: 'opened', campaign_id: ctx.campaignId, lead_id: ctx.lead.leadId, occurred_at: at },
          {
            type: 'unsubscribed',
            reason: 'link',
            campaign_id: ctx.campaignId,
            lead_id: ctx.lead.leadId,
            occurred_at: at,
          },
          // The fanned-out opt-out comes first in its own campaign: a later open there changes nothing.
          {
            type: 'opened',
            campaign_id: ctx.others[0]?.campaignId,
            lead_id: ctx.lead.leadId,
            occurred_at: new Date(t.clock.now() + MINUTE).toISOString(),
          },
        ],
      },
    });
    expect(response.status).toBe(200);
    const results = (await readJson(response)).data as Array<{ result: string }>;
    expect(results.map((r) => r.result)).toEqual(['applied', 'applied', 'applied']);
    await expectOptedOutEverywhere(ctx, 'link', 'unsubscribed');
  });
});
