import type { EventInput, LeadStatusClient } from '@leadstatus/sdk';

/** An open reported by your ESP: its message id makes a redelivered report harmless. */
export async function recordOpen(
  client: LeadStatusClient,
  campaignId: string,
  email: string,
  messageId: string,
) {
  const result = await client.events.send({
    id: `${messageId}:open`,
    type: 'opened',
    campaign_id: campaignId,
    email,
    occurred_at: new Date().toISOString(),
  });
  return result.enrollment.status; // e.g. 'engaged'; `result.duplicate` is true for an id seen before
}

/** Up to 1000 events at once; one bad event does not reject the others. */
export async function recordBatch(client: LeadStatusClient, events: EventInput[]) {
  const { data, summary } = await client.events.sendBatch(events);
  const rejected = data.filter((item) => item.result === 'invalid' || item.result === 'not_found');
  return { applied: summary.applied, rejected };
}
