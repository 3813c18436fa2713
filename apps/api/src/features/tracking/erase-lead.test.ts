import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { CHROME, createTrackingApp } from './test-support/tracking-app.js';

describeEachDatabase('erasing a lead with tracked messages', ({ database }) => {
  it("deletes its messages (which hold the address) and clicks, and no other lead's", async () => {
    const t = createTrackingApp(database.handle);
    const { workspaceId, key, campaignId, leads } = await t.setup(2);
    const [ann, bob] = leads as [(typeof leads)[number], (typeof leads)[number]];
    const messages = [];
    for (const lead of [ann, bob]) {
      const sent = await t.sendMessage(key, {
        campaign_id: campaignId,
        lead_id: lead.leadId,
        step: 1,
        links: ['https://example.com/pricing'],
      });
      expect(sent.status).toBe(201);
      messages.push(sent.body);
    }
    for (const message of messages) {
      const url = Object.values(message.click_urls as Record<string, string>)[0] as string;
      t.clock.advance(60_000);
      expect((await t.request(url, { headers: { 'User-Agent': CHROME } })).status).toBe(302);
    }
    const rows = async (table: 'tracking_messages' | 'tracking_clicks') =>
      (
        await database.handle.db
          .selectFrom(table)
          .select('enrollment_id')
          .where('workspace_id', '=', workspaceId)
          .execute()
      ).map((r) => r.enrollment_id);

    expect((await t.request(`/v1/leads/${ann.leadId}`, { method: 'DELETE', key })).status).toBe(204);
    expect(await rows('tracking_messages')).toEqual([bob.enrollmentId]);
    expect(await rows('tracking_clicks')).toEqual([bob.enrollmentId]);
  });
});
