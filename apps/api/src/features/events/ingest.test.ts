import { expect, it } from 'vitest';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../test-support/fixtures.js';
import { readJson } from '../../test-support/read-json.js';
import { createTestApp } from '../../test-support/test-app.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';

describeEachDatabase('ingesting a batch that names many campaigns', ({ database }) => {
  it('finds each (campaign, lead) enrollment exactly, over more campaigns than one lookup query takes', async () => {
    const app = createTestApp(database.handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const email = uniqueEmail('many');
    const campaigns: Array<{ campaignId: string; enrollmentId: string; leadId: string }> = [];
    for (let i = 0; i < 105; i++) {
      const campaignId = await seedCampaign(database.seed, workspaceId, { name: `C${i}` });
      const [enrolled] = await enrollEmails(app, key, campaignId, [email]);
      campaigns.push({
        campaignId,
        enrollmentId: enrolled?.enrollmentId ?? '',
        leadId: enrolled?.leadId ?? '',
      });
    }
    const other = await seedCampaign(database.seed, workspaceId, { name: 'Not enrolled' });
    const leadId = campaigns[0]?.leadId;
    const events = [
      ...campaigns.map((c) => ({ type: 'sent', campaign_id: c.campaignId, lead_id: leadId })),
      { type: 'sent', campaign_id: other, lead_id: leadId },
      { type: 'opened', campaign_id: campaigns[7]?.campaignId, email: email.toUpperCase() },
    ];
    const response = await app.request('/v1/events/batch', { method: 'POST', key, json: { events } });
    const body = await readJson(response);
    expect(body.summary).toEqual({ applied: 106, duplicate: 0, invalid: 0, not_found: 1 });
    campaigns.forEach((c, i) => {
      expect(body.data[i].enrollment.id, `campaign ${i}`).toBe(c.enrollmentId);
    });
    expect(body.data[105].result).toBe('not_found');
    expect(body.data[106].enrollment).toEqual({
      id: campaigns[7]?.enrollmentId,
      status: 'engaged',
      status_reason: null,
    });
  }, 60_000);
});
