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

describe('leads, against the real service', () => {
  it('create, get, update and delete a lead', async () => {
    const client = service.client();
    const email = uniqueEmail('ann');
    const lead = await client.leads.create({ email, first_name: 'Ann', custom_fields: { plan: 'pro' } });
    expect(lead).toMatchObject({ email, first_name: 'Ann' });
    expect(lead.id).toMatch(/^lead_/);

    const details = await client.leads.get(lead.id);
    expect(details).toMatchObject({ id: lead.id, email });

    const updated = await client.leads.update(lead.id, { company: 'Acme' });
    expect(updated).toMatchObject({ id: lead.id, company: 'Acme', first_name: 'Ann' });

    await expect(client.leads.delete(lead.id)).resolves.toBeUndefined();
    await expect(client.leads.get(lead.id)).rejects.toMatchObject({
      status: 404,
      type: '/problems/not-found',
    });
  });

  it('a duplicate e-mail is a 409 LeadStatusError; a bad one a 400 with field errors', async () => {
    const client = service.client();
    const email = uniqueEmail('dup');
    await client.leads.create({ email });
    await expect(client.leads.create({ email: email.toUpperCase() })).rejects.toMatchObject({
      status: 409,
      type: '/problems/conflict',
    });
    const invalid = await client.leads.create({ email: 'not-an-email' }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(LeadStatusError);
    expect((invalid as LeadStatusError).status).toBe(400);
    expect((invalid as LeadStatusError).errors.map((e) => e.path)).toContain('body.email');
  });

  it('batch upserts leads with a result each', async () => {
    const client = service.client();
    const result = await client.leads.batch([{ email: uniqueEmail('b1') }, { email: uniqueEmail('b2') }]);
    expect(result.data.map((r) => r.status)).toEqual(['created', 'created']);
  });

  it('list filters by status and campaign; iterate walks every page', async () => {
    const client = service.client();
    const emails = [uniqueEmail('p1'), uniqueEmail('p2'), uniqueEmail('p3')];
    const { campaign, leadIds } = await campaignWithLeads(client, emails);
    await client.events.send({ type: 'sent', campaign_id: campaign.id, lead_id: leadIds[0] ?? '' });

    const page = await client.leads.list({ campaign_id: [campaign.id], status: ['sent', 'engaged'] });
    expect(page.data.map((r) => r.lead.email)).toEqual([emails[0]]);
    expect(page.next_cursor).toBeNull();

    const first = await client.leads.list({ campaign_id: [campaign.id], limit: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.next_cursor).toEqual(expect.any(String));

    const all: string[] = [];
    for await (const row of client.leads.iterate({ campaign_id: [campaign.id], limit: 1, sort: 'email' })) {
      all.push(row.lead.email);
    }
    expect(all).toEqual([...emails].sort());
  });

  it('the same Idempotency-Key twice creates one lead and replays the answer', async () => {
    const client = service.client();
    const email = uniqueEmail('idem');
    const first = await client.leads.create({ email }, { idempotencyKey: `create-${email}` });
    const again = await client.leads.create({ email }, { idempotencyKey: `create-${email}` });
    expect(again).toEqual(first);
  });

  it('a retry after a lost answer never applies an event twice', async () => {
    const client = service.client();
    const { campaign, leadIds } = await campaignWithLeads(client, [uniqueEmail('lost')]);
    const leadId = leadIds[0] ?? '';
    let calls = 0;
    const keys: Array<string | null> = [];
    // The service handles the first attempt, but its answer is lost on the way back.
    const lossy = service.client({
      retries: { baseDelayMs: 1 },
      fetch: async (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        const response = await service.fetch(request);
        if (calls++ === 0) throw new TypeError('fetch failed: connection reset');
        return response;
      },
    });
    // No event id: only the Idempotency-Key can tell the retry from a second event.
    const accepted = await lossy.events.send({ type: 'opened', campaign_id: campaign.id, lead_id: leadId });
    expect(calls).toBe(2);
    expect(keys[0]).toBe(keys[1]);
    const again = await client.leads.get(leadId);
    const opens = again.timeline.filter((item) => item.kind === 'event' && item.type === 'opened');
    expect(opens).toHaveLength(1);
    expect(accepted.enrollment.status).toBe('engaged');
  });
});
