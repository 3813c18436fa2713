import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../src/webhooks.js';
import { campaignWithLeads, type InProcessService, startService, uniqueEmail } from './support/service.js';

let service: InProcessService;
beforeAll(async () => {
  service = await startService();
});
afterAll(async () => {
  await service.close();
});

describe('webhooks, against the real service', () => {
  it('create, get, list, update, deliveries, replay, test and delete', async () => {
    const client = service.client();
    const created = await client.webhooks.create({ url: 'https://hooks.partner.example/leadstatus' });
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.event_types).toEqual(['lead.status_changed']);
    await expect(client.webhooks.get(created.id)).resolves.toMatchObject({ id: created.id });
    const listed = await client.webhooks.list();
    expect(listed.data.map((w) => w.id)).toContain(created.id);

    const queued = await client.webhooks.test(created.id);
    expect(queued).toMatchObject({ type: 'webhook.test', status: 'pending' });
    await service.deliverWebhooks();
    const delivered = await client.webhooks.delivery(created.id, queued.id);
    expect(delivered.status).toBe('delivered');
    const log = await client.webhooks.deliveries(created.id, { status: 'delivered' });
    expect(log.data.map((d) => d.id)).toContain(queued.id);

    const replayed = await client.webhooks.replay(created.id, queued.id);
    expect(replayed.id).toBe(queued.id);

    const disabled = await client.webhooks.update(created.id, { enabled: false });
    expect(disabled.enabled).toBe(false);
    await expect(client.webhooks.delete(created.id)).resolves.toBeUndefined();
    await expect(client.webhooks.get(created.id)).rejects.toMatchObject({ status: 404 });
  });

  it('verifyWebhook accepts the deliveries the service really sends, and only with their secret', async () => {
    const client = service.client();
    const hook = await client.webhooks.create({ url: 'https://hooks.partner.example/verify' });
    const { campaign, leadIds } = await campaignWithLeads(client, [uniqueEmail('wh')]);
    await client.events.send({ type: 'replied', campaign_id: campaign.id, lead_id: leadIds[0] ?? '' });
    await service.deliverWebhooks();

    const sent = service.deliveries.filter((d) => d.url.pathname === '/verify');
    expect(sent.length).toBeGreaterThan(0);
    const changes = [];
    for (const delivery of sent) {
      const event = await verifyWebhook(delivery.body, delivery.headers, hook.secret);
      if (event.type === 'lead.status_changed') changes.push(event.data);
      await expect(
        verifyWebhook(delivery.body, delivery.headers, `whsec_${btoa('another secret')}`),
      ).rejects.toThrow();
    }
    expect(changes).toContainEqual(expect.objectContaining({ lead_id: leadIds[0], to: 'replied' }));
  });
});
