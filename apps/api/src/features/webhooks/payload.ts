import type { StatusChangesTable } from '../../platform/db/tables/events.js';
import { toIso } from '../../platform/time.js';

/** The event types a subscription may ask for today. */
export const WEBHOOK_EVENT_TYPES = ['lead.status_changed'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent by `POST /v1/webhooks/{id}/test` whatever the subscription's event types. */
export const TEST_EVENT_TYPE = 'webhook.test';

/** The body of a `lead.status_changed` delivery (API.md); `id` is also the `webhook-id` header. */
export function statusChangedBody(deliveryId: string, change: StatusChangesTable): string {
  return JSON.stringify({
    id: deliveryId,
    type: 'lead.status_changed',
    created_at: toIso(change.created_at),
    data: {
      enrollment_id: change.enrollment_id,
      lead_id: change.lead_id,
      campaign_id: change.campaign_id,
      from: change.from_status,
      to: change.to_status,
      reason: change.reason,
      paused_until: change.paused_until === null ? null : toIso(change.paused_until),
      at: toIso(change.changed_at),
    },
  });
}

export function testEventBody(deliveryId: string, subscriptionId: string, now: number): string {
  return JSON.stringify({
    id: deliveryId,
    type: TEST_EVENT_TYPE,
    created_at: toIso(now),
    data: { webhook_id: subscriptionId, message: 'A test event from Lead Status.' },
  });
}
