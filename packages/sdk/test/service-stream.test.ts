import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusChange } from '../src/index.js';
import {
  campaignWithLeads,
  eventually,
  type InProcessService,
  startService,
  uniqueEmail,
} from './support/service.js';

let service: InProcessService;
beforeAll(async () => {
  service = await startService();
});
afterAll(async () => {
  await service.close();
});

interface Received {
  id: string;
  change: StatusChange;
}

/** Lets the first stream run until it has delivered one status change, then breaks it like a dropped connection. */
function breakFirstStreamAfterOneChange(fetch: (request: Request) => Promise<Response>) {
  const streamRequests: Request[] = [];
  const wrapped = async (request: Request) => {
    const response = await fetch(request);
    if (!new URL(request.url).pathname.startsWith('/v1/stream')) return response;
    streamRequests.push(request);
    if (streamRequests.length > 1 || !response.body) return response;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (/event: status\.changed\n[\s\S]*?\n\n/.test(seen)) {
          await reader.cancel();
          controller.error(new TypeError('terminated: other side closed'));
          return;
        }
        const { done, value } = await reader.read();
        if (done) return controller.close();
        seen += decoder.decode(value, { stream: true });
        controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    });
    return new Response(body, response);
  };
  return { fetch: wrapped, streamRequests };
}

describe('stream.statusChanges, against the real service', () => {
  it('receives status.changed after an event is sent', async () => {
    const client = service.client();
    const { campaign, leadIds } = await campaignWithLeads(client, [uniqueEmail('s1')]);
    const received: Received[] = [];
    let opened = 0;
    const subscription = client.stream.statusChanges(
      { campaignId: campaign.id, onOpen: () => opened++ },
      (change, { id }) => {
        received.push({ id, change });
      },
    );
    await eventually(() => expect(opened).toBe(1));
    await client.events.send({ type: 'sent', campaign_id: campaign.id, lead_id: leadIds[0] ?? '' });
    await eventually(() => expect(received).toHaveLength(1));
    expect(received[0]?.change).toMatchObject({
      lead_id: leadIds[0],
      campaign_id: campaign.id,
      from: 'not_contacted',
      to: 'sent',
    });
    expect(received[0]?.id).toMatch(/^chg_/);
    expect(subscription.lastEventId).toBe(received[0]?.id);
    subscription.close();
    await expect(subscription.done).resolves.toBeUndefined();
  });

  it('reconnects by itself after a dropped connection, with Last-Event-ID, missing nothing and repeating nothing', async () => {
    const { fetch, streamRequests } = breakFirstStreamAfterOneChange(service.fetch);
    const client = service.client();
    const streaming = service.client({ fetch });
    const { campaign, leadIds } = await campaignWithLeads(client, [uniqueEmail('r1'), uniqueEmail('r2')]);
    const received: Received[] = [];
    const disconnects: unknown[] = [];
    let opened = 0;
    const subscription = streaming.stream.statusChanges(
      { campaignId: campaign.id, onOpen: () => opened++, onDisconnect: (error) => disconnects.push(error) },
      (change, { id }) => {
        received.push({ id, change });
      },
    );
    await eventually(() => expect(opened).toBe(1));
    await client.events.send({ type: 'sent', campaign_id: campaign.id, lead_id: leadIds[0] ?? '' });
    await client.events.send({ type: 'sent', campaign_id: campaign.id, lead_id: leadIds[1] ?? '' });
    await eventually(() => expect(received).toHaveLength(2));
    await eventually(() => expect(opened).toBe(2));

    expect(disconnects).toHaveLength(1);
    expect(streamRequests).toHaveLength(2);
    expect(streamRequests[0]?.headers.get('Last-Event-ID')).toBeNull();
    expect(streamRequests[1]?.headers.get('Last-Event-ID')).toBe(received[0]?.id);
    expect(received.map((r) => r.change.lead_id).sort()).toEqual([...leadIds].sort());
    expect(new Set(received.map((r) => r.id)).size).toBe(2);
    subscription.close();
    await subscription.done;
  });

  it('a new subscription resumes from a saved lastEventId', async () => {
    const client = service.client();
    const { campaign, leadIds } = await campaignWithLeads(client, [uniqueEmail('l1'), uniqueEmail('l2')]);
    const first: Received[] = [];
    const one = client.stream.statusChanges({ campaignId: campaign.id }, (change, { id }) => {
      first.push({ id, change });
    });
    await client.events.send({ type: 'sent', campaign_id: campaign.id, lead_id: leadIds[0] ?? '' });
    await eventually(() => expect(first).toHaveLength(1));
    one.close();
    await one.done;
    const saved = one.lastEventId;

    // Missed while no subscription was open.
    await client.events.send({ type: 'sent', campaign_id: campaign.id, lead_id: leadIds[1] ?? '' });
    const second: Received[] = [];
    const two = client.stream.statusChanges(
      { campaignId: campaign.id, lastEventId: saved },
      (change, { id }) => {
        second.push({ id, change });
      },
    );
    await eventually(() => expect(second.map((r) => r.change.lead_id)).toContain(leadIds[1]));
    expect(second.map((r) => r.id)).not.toContain(first[0]?.id);
    two.close();
    await two.done;
  });

  it('ends with the error when reconnecting cannot help (an unknown campaign)', async () => {
    const client = service.client();
    const subscription = client.stream.statusChanges({ campaignId: 'cmp_doesnotexist' }, () => {});
    await expect(subscription.done).rejects.toMatchObject({ name: 'LeadStatusError', status: 404 });
  });

  it('an error thrown by the handler ends the subscription with that error', async () => {
    const client = service.client();
    const { campaign, leadIds } = await campaignWithLeads(client, [uniqueEmail('h1')]);
    let opened = false;
    const subscription = client.stream.statusChanges(
      { campaignId: campaign.id, onOpen: () => (opened = true) },
      () => {
        throw new Error('handler broke');
      },
    );
    await eventually(() => expect(opened).toBe(true));
    await client.events.send({ type: 'sent', campaign_id: campaign.id, lead_id: leadIds[0] ?? '' });
    await expect(subscription.done).rejects.toThrow('handler broke');
  });

  it('stops when the caller’s signal aborts', async () => {
    const client = service.client();
    const controller = new AbortController();
    let opened = false;
    const subscription = client.stream.statusChanges(
      { signal: controller.signal, onOpen: () => (opened = true) },
      () => {},
    );
    await eventually(() => expect(opened).toBe(true));
    controller.abort();
    await expect(subscription.done).resolves.toBeUndefined();
  });
});
