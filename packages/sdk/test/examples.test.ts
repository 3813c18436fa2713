import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBrowserClient } from '../examples/browser.js';
import { exportUnsubscribed, unsubscribedRows } from '../examples/export-csv.js';
import { addLead } from '../examples/handle-errors.js';
import { postEml, triage } from '../examples/inbound-mail.js';
import { emailsOfRepliedLeads, firstPage } from '../examples/list-leads.js';
import { importRow, patientClient, quickCount } from '../examples/retries-and-timeouts.js';
import { recordBatch, recordOpen } from '../examples/send-events.js';
import { followCampaign } from '../examples/stream-status-changes.js';
import { handleLeadStatusWebhook, recorded } from '../examples/verify-webhook.js';
import type { StatusChange } from '../src/index.js';
import {
  BASE_URL,
  campaignWithLeads,
  eventually,
  type InProcessService,
  sendStep1,
  startService,
  uniqueEmail,
} from './support/service.js';

// Every example of docs/sdk.md, run as written against the real service in-process.
let service: InProcessService;
beforeAll(async () => {
  service = await startService();
});
afterAll(async () => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  await service.close();
});

describe('the examples of docs/sdk.md', () => {
  it('create-client: a client from the environment', async () => {
    vi.stubEnv('LEADSTATUS_URL', BASE_URL);
    vi.stubEnv('LEADSTATUS_API_KEY', service.apiKey);
    vi.stubGlobal('fetch', service.fetch);
    const { whoAmI } = await import('../examples/create-client.js');
    await expect(whoAmI()).resolves.toBe('SDK tests');
    vi.unstubAllGlobals();
  });

  it('list-leads: a page and every page', async () => {
    const client = service.client();
    const emails = [uniqueEmail('l1'), uniqueEmail('l2')];
    const { campaign, leadIds } = await campaignWithLeads(client, emails);
    await client.events.send({ type: 'replied', campaign_id: campaign.id, lead_id: leadIds[0] ?? '' });
    const page = await firstPage(client, campaign.id);
    expect(page.rows.map((r) => r.lead.email)).toEqual([emails[0]]);
    expect(page.next).toBeNull();
    await expect(emailsOfRepliedLeads(client, campaign.id)).resolves.toEqual([emails[0]]);
  });

  it('send-events: one event (twice) and a batch', async () => {
    const client = service.client();
    const email = uniqueEmail('ev');
    const { campaign } = await campaignWithLeads(client, [email]);
    await expect(recordOpen(client, campaign.id, email, 'msg-1')).resolves.toBe('engaged');
    await expect(recordOpen(client, campaign.id, email, 'msg-1')).resolves.toBe('engaged');
    const batch = await recordBatch(client, [
      { type: 'clicked', campaign_id: campaign.id, email },
      { type: 'clicked', campaign_id: campaign.id, email: uniqueEmail('stranger') },
    ]);
    expect(batch.applied).toBe(1);
    expect(batch.rejected).toHaveLength(1);
  });

  it('handle-errors: created, conflict, validation', async () => {
    const client = service.client();
    const email = uniqueEmail('err');
    await expect(addLead(client, email)).resolves.toMatchObject({ ok: true });
    await expect(addLead(client, email)).resolves.toEqual({
      ok: false,
      reason: 'a lead with this e-mail exists',
    });
    const invalid = await addLead(client, 'nope');
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.reason).toMatch(/^body\.email: /);
  });

  it('retries-and-timeouts: a patient client, a chosen idempotency key, a deadline', async () => {
    const client = patientClient(BASE_URL, service.apiKey, service.fetch);
    const email = uniqueEmail('imp');
    const first = await importRow(client, 'imp1', 7, email);
    const again = await importRow(client, 'imp1', 7, email);
    expect(again).toEqual(first);
    const { campaign } = await campaignWithLeads(client, [uniqueEmail('q')]);
    await expect(quickCount(client, campaign.id)).resolves.toBe(1);
  });

  it('stream-status-changes: follow a campaign', async () => {
    const client = service.client();
    const { campaign, leadIds } = await campaignWithLeads(client, [uniqueEmail('st')]);
    const changes: StatusChange[] = [];
    const subscription = followCampaign(client, campaign.id, (change) => changes.push(change));
    // Sent until a change arrives: the first may go out before the stream is live.
    await eventually(async () => {
      await client.events.send({
        id: 'st-sent',
        type: 'sent',
        campaign_id: campaign.id,
        lead_id: leadIds[0] ?? '',
      });
      expect(changes).toHaveLength(1);
    });
    expect(changes[0]).toMatchObject({ to: 'sent' });
    subscription.close();
    await subscription.done;
    expect(subscription.lastEventId).toMatch(/^chg_/);
  });

  it('export-csv: a CSV file and NDJSON rows', async () => {
    const client = service.client();
    const emails = [uniqueEmail('u1'), uniqueEmail('u2')];
    const { campaign, leadIds } = await campaignWithLeads(client, emails);
    for (const lead_id of leadIds)
      await client.events.send({ type: 'unsubscribed', campaign_id: campaign.id, lead_id });
    const path = join(mkdtempSync(join(tmpdir(), 'sdk-export-')), 'unsubscribed.csv');
    await exportUnsubscribed(client, campaign.id, path);
    expect(readFileSync(path, 'utf8').trim().split('\r\n')).toHaveLength(3);
    const rows = [];
    for await (const row of unsubscribedRows(client, campaign.id)) rows.push(row.lead.email);
    expect(rows.sort()).toEqual([...emails].sort());
  });

  it('verify-webhook: a real delivery is accepted once, a forged one refused', async () => {
    const client = service.client();
    const hook = await client.webhooks.create({ url: 'https://hooks.partner.example/example' });
    const { campaign, leadIds } = await campaignWithLeads(client, [uniqueEmail('wh')]);
    await client.events.send({ type: 'replied', campaign_id: campaign.id, lead_id: leadIds[0] ?? '' });
    await service.deliverWebhooks();
    const delivery = service.deliveries.find((d) => d.url.pathname === '/example');
    if (!delivery) throw new Error('no delivery was sent');
    const request = () =>
      new Request('https://me.example/hook', {
        method: 'POST',
        headers: delivery.headers,
        body: delivery.body,
      });
    const seen = new Set<string>();
    expect((await handleLeadStatusWebhook(request(), hook.secret, seen)).status).toBe(204);
    expect((await handleLeadStatusWebhook(request(), hook.secret, seen)).status).toBe(204);
    expect(recorded.filter((r) => r.leadId === leadIds[0])).toEqual([
      { leadId: leadIds[0], from: 'not_contacted', to: 'replied' },
    ]);
    const forged = new Request('https://me.example/hook', {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.body.replace('replied', 'engaged'),
    });
    expect((await handleLeadStatusWebhook(forged, hook.secret, seen)).status).toBe(400);
  });

  it('inbound-mail: an .eml file posted twice, and the triage list matched by hand', async () => {
    const client = service.client();
    const [ann, other] = [uniqueEmail('ann'), uniqueEmail('ann-private')];
    const { campaign, leadIds } = await campaignWithLeads(client, [ann]);
    const leadId = leadIds[0] ?? '';
    await sendStep1(client, campaign.id, leadId, '<example-ann-1@mail.acme.test>');
    const mail = (from: string, id: string, extra: string[] = []) =>
      [
        `From: Ann <${from}>`,
        'Subject: Re: Hello',
        `Message-ID: <${id}@mail.example>`,
        ...extra,
        '',
        'Yes!',
        '',
      ].join('\r\n');
    const path = join(mkdtempSync(join(tmpdir(), 'sdk-inbound-')), 'reply.eml');
    writeFileSync(path, mail(ann, 'example-reply-1', ['In-Reply-To: <example-ann-1@mail.acme.test>']));
    await expect(postEml(client, path)).resolves.toEqual({
      kind: 'reply',
      status: 'replied',
      duplicate: false,
    });
    await expect(postEml(client, path)).resolves.toMatchObject({ duplicate: true });

    await client.inbound.messages.create(mail(other, 'example-reply-2'));
    const known = new Map([[other, { lead_id: leadId, campaign_id: campaign.id }]]);
    await expect(triage(client, known)).resolves.toBe(1);
    await expect(triage(client, known)).resolves.toBe(0);
  });

  it('browser: a token provider, refreshed after a 401', async () => {
    vi.stubGlobal('fetch', service.fetch);
    const tokens = ['lsk_expired_token', service.apiKey];
    const fetchToken = vi.fn(async () => tokens.shift() ?? '');
    const client = createBrowserClient(BASE_URL, fetchToken);
    await expect(client.workspace.get()).resolves.toMatchObject({ id: service.workspaceId });
    await client.workspace.get();
    expect(fetchToken).toHaveBeenCalledTimes(2);
    vi.unstubAllGlobals();
  });
});

describe('the raw layer example', () => {
  it('raw-layer: a typed GET and its problem', async () => {
    const { statusesByPath } = await import('../examples/raw-layer.js');
    const client = service.client();
    const { campaign } = await campaignWithLeads(client, [uniqueEmail('raw')]);
    await expect(statusesByPath(client, campaign.id)).resolves.toEqual({ statuses: [] });
    await expect(statusesByPath(client, 'cmp_unknown')).resolves.toEqual({ failed: 'Not found.' });
  });
});
