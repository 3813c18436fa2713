import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { recountCounters } from '../../engine/recount.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../test-support/fixtures.js';
import { readJson } from '../../test-support/read-json.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';

const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

/**
 * Issue 12, item 7: a sending engine that reports replies and opens but not sends (or whose sends
 * arrive late) showed `contacted: 0` and a null reply rate, and with some sends reported a rate
 * passed 1 and was capped. Contacted now means any event that reached or was tried on the lead.
 */
describeEachDatabase('contacted counts every lead a message reached', ({ database }) => {
  let app: TestApp;

  const setup = async () => {
    app = createTestApp(database.handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    return { key, workspaceId };
  };

  const post = async (key: string, campaignId: string, leadId: string, event: Record<string, unknown>) => {
    const response = await app.request('/v1/events', {
      method: 'POST',
      key,
      json: { campaign_id: campaignId, lead_id: leadId, ...event },
    });
    expect(response.status, JSON.stringify(event)).toBe(202);
  };

  const summary = async (key: string, campaignId: string) => {
    const response = await app.request(`/v1/campaigns/${campaignId}/analytics`, { key });
    expect(response.status).toBe(200);
    return readJson(response);
  };

  it('replies and opens with no `sent` make leads contacted, and the reply rate is a number', async () => {
    const { key, workspaceId } = await setup();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const leads = await enrollEmails(app, key, campaignId, [uniqueEmail(), uniqueEmail(), uniqueEmail()]);
    await post(key, campaignId, leads[0]?.leadId as string, { type: 'replied', occurred_at: at(1) });
    await post(key, campaignId, leads[1]?.leadId as string, { type: 'opened', occurred_at: at(1) });

    const body = await summary(key, campaignId);
    expect(body.contacted).toBe(2);
    expect(body.rates).toMatchObject({ reply_rate: 0.5, open_rate: 0.5, engagement_rate: 1 });
  });

  it('with some sends reported, every rate is its true share of contacted leads, under 1 with no cap', async () => {
    const { key, workspaceId } = await setup();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const leads = await enrollEmails(
      app,
      key,
      campaignId,
      [1, 2, 3, 4].map(() => uniqueEmail()),
    );
    const id = (i: number) => leads[i]?.leadId as string;
    await post(key, campaignId, id(0), { type: 'sent', occurred_at: at(1) });
    await post(key, campaignId, id(1), { type: 'replied', occurred_at: at(2) });
    await post(key, campaignId, id(2), { type: 'replied', occurred_at: at(2) });
    await post(key, campaignId, id(3), { type: 'opened', occurred_at: at(2) });
    // A send that arrives late, after the reply it led to: still one contacted lead.
    await post(key, campaignId, id(1), { type: 'sent', occurred_at: at(1) });

    const body = await summary(key, campaignId);
    expect(body.contacted).toBe(4);
    expect(body.rates).toMatchObject({ reply_rate: 0.5, open_rate: 0.25, engagement_rate: 0.75 });
    for (const rate of Object.values(body.rates)) expect(rate as number).toBeLessThanOrEqual(1);

    await recountCounters(database.handle, { workspaceId });
    expect(await summary(key, campaignId)).toEqual(body);
  });

  it('DNC blocks, DNC-list and manual unsubscribes and opt-outs fanned out from another campaign contact no one', async () => {
    const { key, workspaceId } = await setup();
    const [first, second] = [
      await seedCampaign(database.seed, workspaceId),
      await seedCampaign(database.seed, workspaceId),
    ];
    const domain = `blk-${randomBytes(4).toString('hex')}.example`;
    const optingOut = uniqueEmail();
    const listed = uniqueEmail();
    const manual = uniqueEmail();
    const inSecond = await enrollEmails(app, key, second as string, [optingOut, listed, manual]);
    const [outInFirst] = await enrollEmails(app, key, first as string, [optingOut]);

    // Replies and unsubscribes by link in the first campaign: the second gets a propagated opt-out.
    await post(key, first as string, outInFirst?.leadId as string, { type: 'replied', occurred_at: at(1) });
    await post(key, first as string, outInFirst?.leadId as string, {
      type: 'unsubscribed',
      occurred_at: at(2),
    });
    expect((await app.request('/v1/dnc', { method: 'POST', key, json: { value: listed } })).status).toBe(201);
    await post(key, second as string, inSecond[2]?.leadId as string, {
      type: 'unsubscribed',
      reason: 'manual',
      occurred_at: at(3),
    });
    expect(
      (await app.request('/v1/dnc', { method: 'POST', key, json: { value: `@${domain}` } })).status,
    ).toBe(201);
    const [blocked] = await enrollEmails(app, key, second as string, [`ann@${domain}`]);
    expect(blocked?.statusReason).toBe('dnc_rule');

    const body = await summary(key, second as string);
    expect(body.enrolled).toBe(4);
    expect(body.distribution).toMatchObject({ unsubscribed: 3, bounced: 1 });
    expect(body.contacted).toBe(0);
    expect(body.blocked).toBe(1);
    expect(Object.values(body.rates).every((rate) => rate === null)).toBe(true);

    const firstBody = await summary(key, first as string);
    expect(firstBody.contacted).toBe(1);
    expect(firstBody.rates).toMatchObject({ reply_rate: 1, unsubscribe_rate: 1, bounce_rate: 0 });
  });

  it('the bounce rate counts delivery bounces among contacted leads; blocked leads are counted apart', async () => {
    const { key, workspaceId } = await setup();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const domain = `blk-${randomBytes(4).toString('hex')}.example`;
    const leads = await enrollEmails(app, key, campaignId, [uniqueEmail(), uniqueEmail(), `bo@${domain}`]);
    // A bounce with no send reported: the send was tried.
    await post(key, campaignId, leads[0]?.leadId as string, { type: 'bounced', occurred_at: at(1) });
    await post(key, campaignId, leads[1]?.leadId as string, { type: 'sent', occurred_at: at(1) });
    expect(
      (await app.request('/v1/dnc', { method: 'POST', key, json: { value: `@${domain}` } })).status,
    ).toBe(201);

    const body = await summary(key, campaignId);
    expect(body).toMatchObject({ contacted: 2, blocked: 1, distribution: { bounced: 2 } });
    expect(body.rates.bounce_rate).toBe(0.5);
  });
});
