import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignWithLeads, type InProcessService, startService, uniqueEmail } from './support/service.js';

let service: InProcessService;
beforeAll(async () => {
  service = await startService();
});
afterAll(async () => {
  await service.close();
});

describe('campaigns and enrollments, against the real service', () => {
  it('create, get, update, list and iterate campaigns', async () => {
    const client = service.client();
    const created = await client.campaigns.create({
      name: 'Q4 outreach',
      steps: [{ subject: 'Hi', delay_hours: 0 }],
    });
    expect(created).toMatchObject({ name: 'Q4 outreach' });
    await expect(client.campaigns.get(created.id)).resolves.toMatchObject({ id: created.id });
    const renamed = await client.campaigns.update(created.id, { name: 'Q4 outreach (EU)' });
    expect(renamed.name).toBe('Q4 outreach (EU)');
    await client.campaigns.create({ name: 'Second', steps: [{ subject: 'Hi', delay_hours: 0 }] });

    const page = await client.campaigns.list({ limit: 1 });
    expect(page.data).toHaveLength(1);
    const names: string[] = [];
    for await (const campaign of client.campaigns.iterate({ limit: 1 })) names.push(campaign.name);
    expect(names).toEqual(expect.arrayContaining(['Q4 outreach (EU)', 'Second']));
  });

  it('enroll by e-mail, list the campaign’s leads, pause and resume one lead', async () => {
    const client = service.client();
    const emails = [uniqueEmail('e1'), uniqueEmail('e2')];
    const { campaign, leadIds } = await campaignWithLeads(client, emails);
    const leadId = leadIds[0] ?? '';

    const view = await client.campaigns.leads(campaign.id, { status: ['not_contacted'] });
    expect(view.data).toHaveLength(2);
    const iterated: string[] = [];
    for await (const row of client.campaigns.iterateLeads(campaign.id, { limit: 1 }))
      iterated.push(row.lead.id);
    expect(iterated.sort()).toEqual([...leadIds].sort());

    const paused = await client.enrollments.pause(campaign.id, leadId);
    expect(paused).toMatchObject({ status: 'paused', lead: { id: leadId } });
    const resumed = await client.enrollments.resume(campaign.id, leadId);
    expect(resumed.status).toBe('not_contacted');
    // A replied lead cannot be paused: 409.
    await client.events.send({ type: 'replied', campaign_id: campaign.id, lead_id: leadId });
    await expect(client.enrollments.pause(campaign.id, leadId)).rejects.toMatchObject({ status: 409 });
  });

  it('pause and resume many, by status filter and by lead ids', async () => {
    const client = service.client();
    const { campaign, leadIds } = await campaignWithLeads(client, [uniqueEmail('m1'), uniqueEmail('m2')]);
    const paused = await client.enrollments.pause(campaign.id, { filter: { status: ['not_contacted'] } });
    expect(paused).toMatchObject({ changed: 2, not_allowed: 0, not_found: 0 });
    const resumed = await client.enrollments.resume(campaign.id, { lead_ids: leadIds });
    expect(resumed.changed).toBe(2);
  });

  it('enroll another campaign’s leads by filter', async () => {
    const client = service.client();
    const source = await campaignWithLeads(client, [uniqueEmail('f1')]);
    const target = await client.campaigns.create({
      name: 'Re-engage',
      steps: [{ subject: 'Again', delay_hours: 0 }],
    });
    const result = await client.enrollments.add(target.id, {
      filter: { campaign_id: source.campaign.id, status: ['not_contacted'] },
    });
    expect(result.data.map((r) => r.lead_id)).toEqual(source.leadIds);
  });
});

describe('events and analytics, against the real service', () => {
  it('send, a duplicate send, and a batch with a bad item', async () => {
    const client = service.client();
    const { campaign, leadIds } = await campaignWithLeads(client, [uniqueEmail('ev')]);
    const leadId = leadIds[0] ?? '';
    const event = {
      id: `esp-${leadId}:sent`,
      type: 'sent',
      campaign_id: campaign.id,
      lead_id: leadId,
    } as const;
    const first = await client.events.send(event);
    expect(first).toMatchObject({ duplicate: false, enrollment: { status: 'sent' } });
    const again = await client.events.send(event);
    expect(again.duplicate).toBe(true);

    const batch = await client.events.sendBatch([
      { type: 'opened', campaign_id: campaign.id, lead_id: leadId },
      { type: 'clicked', campaign_id: campaign.id, lead_id: 'lead_doesnotexist' },
    ]);
    expect(batch.summary).toMatchObject({ applied: 1, not_found: 1 });
  });

  it('summary, workspace and trends', async () => {
    const client = service.client();
    const { campaign, leadIds } = await campaignWithLeads(client, [uniqueEmail('an1'), uniqueEmail('an2')]);
    await client.events.sendBatch(
      leadIds.map((lead_id) => ({ type: 'sent', campaign_id: campaign.id, lead_id })),
    );
    await client.events.send({ type: 'replied', campaign_id: campaign.id, lead_id: leadIds[0] ?? '' });

    const summary = await client.analytics.summary(campaign.id);
    expect(summary).toMatchObject({ enrolled: 2, contacted: 2 });
    expect(summary.distribution.replied).toBe(1);
    const workspace = await client.analytics.workspace();
    expect(workspace.enrolled).toBeGreaterThanOrEqual(2);

    const today = new Date().toISOString().slice(0, 10);
    const trends = await client.analytics.trends(campaign.id, { from: today, to: today, tz: 'UTC' });
    expect(trends.points).toEqual([expect.objectContaining({ date: today, sent: 2, replied: 1 })]);
  });
});

describe('exports, do-not-contact and the workspace, against the real service', () => {
  async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
    return new Response(stream).text();
  }

  it('exports CSV and NDJSON as streams, with the list filters', async () => {
    const client = service.client();
    const emails = [uniqueEmail('x1'), uniqueEmail('x2')];
    const { campaign } = await campaignWithLeads(client, emails);
    const csv = await text(await client.exports.csv({ campaign_id: [campaign.id], sort: 'email' }));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^enrollment_id,lead_id,email,/);
    expect(lines).toHaveLength(3);

    const ndjson = await text(await client.exports.ndjson({ campaign_id: [campaign.id], sort: 'email' }));
    const rows = ndjson
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { lead: { email: string } });
    expect(rows.map((r) => r.lead.email)).toEqual([...emails].sort());
  });

  it('a bad export filter is a LeadStatusError before any byte', async () => {
    const client = service.client();
    await expect(client.exports.csv({ q: '' })).rejects.toMatchObject({ status: 400 });
  });

  it('adds, lists, iterates and removes do-not-contact entries', async () => {
    const client = service.client();
    const { campaign } = await campaignWithLeads(client, ['someone@blocked-domain.example']);
    const entry = await client.dnc.add('@blocked-domain.example');
    expect(entry).toMatchObject({ kind: 'domain', affected_enrollments: 1 });
    const blocked = await client.campaigns.leads(campaign.id);
    expect(blocked.data[0]?.status).toBe('bounced');

    await client.dnc.add(uniqueEmail('optout'));
    const page = await client.dnc.list({ kind: 'domain' });
    expect(page.data.map((e) => e.id)).toContain(entry.id);
    const all: string[] = [];
    for await (const e of client.dnc.iterate({ limit: 1 })) all.push(e.id);
    expect(all).toHaveLength(2);
    await expect(client.dnc.remove(entry.id)).resolves.toBeUndefined();
    await expect(client.dnc.remove(entry.id)).rejects.toMatchObject({ status: 404 });
  });

  it('reads and updates the workspace, and lists the statuses', async () => {
    const client = service.client();
    await expect(client.workspace.get()).resolves.toMatchObject({ id: service.workspaceId });
    const updated = await client.workspace.update({ settings: { timezone: 'Europe/Paris' } });
    expect(updated.settings.timezone).toBe('Europe/Paris');
    const statuses = await client.workspace.statuses();
    expect(statuses.data.map((s) => s.value)).toContain('replied');
  });

  it('the raw layer reaches every operation, typed', async () => {
    const client = service.client();
    const { data, response } = await client.GET('/v1/leads', {
      params: { query: { status: ['replied', 'engaged'], limit: 5 } },
    });
    expect(response.status).toBe(200);
    expect(data?.data).toEqual(expect.any(Array));
  });
});
