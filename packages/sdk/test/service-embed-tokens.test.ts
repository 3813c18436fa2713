import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeadStatusError } from '../src/index.js';
import { campaignWithLeads, type InProcessService, startService, uniqueEmail } from './support/service.js';

let service: InProcessService;
beforeAll(async () => {
  service = await startService();
});
afterAll(async () => {
  await service.close();
});

describe('embed tokens, against the real service', () => {
  it('mints a scoped token that reads its campaign and nothing else, and cannot write', async () => {
    const client = service.client();
    const { campaign } = await campaignWithLeads(client, [uniqueEmail('embed')]);
    const other = await client.campaigns.create({
      name: 'Other',
      steps: [{ subject: 'Hi', delay_hours: 0 }],
    });
    const minted = await client.embedTokens.create({ campaign_ids: [campaign.id], expires_in_seconds: 600 });
    expect(minted.campaign_ids).toEqual([campaign.id]);

    const browser = service.client({ apiKey: undefined, token: minted.token });
    const page = await browser.campaigns.leads(campaign.id);
    expect(page.data).toHaveLength(1);
    await expect(browser.campaigns.get(other.id)).rejects.toMatchObject({ status: 404 });
    const write = browser.campaigns.create({ name: 'Nope', steps: [{ subject: 'Hi', delay_hours: 0 }] });
    await expect(write).rejects.toBeInstanceOf(LeadStatusError);
    await expect(write).rejects.toMatchObject({ status: 403, type: '/problems/forbidden' });
  });
});
