import type { QueryOf } from '../types.js';
import { operation } from './operation.js';
import type { RawClient } from './raw.js';

export type WebhookListQuery = QueryOf<'/v1/webhooks', 'get'>;
export type DeliveryListQuery = QueryOf<'/v1/webhooks/{id}/deliveries', 'get'>;

/** Outbound webhook subscriptions and their delivery log. */
export function webhooksResource(client: RawClient) {
  return {
    /** The answer carries the signing `secret` (`whsec_…`), shown only this once. */
    create: operation(client, 'post', '/v1/webhooks', 'body'),
    list: operation(client, 'get', '/v1/webhooks', 'query'),
    get: operation(client, 'get', '/v1/webhooks/{id}'),
    /** The URL, the event types, or `enabled`. */
    update: operation(client, 'patch', '/v1/webhooks/{id}', 'body'),
    delete: operation(client, 'delete', '/v1/webhooks/{id}'),
    /** Deliveries, newest first, each with its attempts. */
    deliveries: operation(client, 'get', '/v1/webhooks/{id}/deliveries', 'query'),
    delivery: operation(client, 'get', '/v1/webhooks/{id}/deliveries/{delivery_id}'),
    /** Queues a delivery to be sent again now, with a fresh round of retries. */
    replay: operation(client, 'post', '/v1/webhooks/{id}/deliveries/{delivery_id}/replay'),
    /** Sends a `webhook.test` message at once. */
    test: operation(client, 'post', '/v1/webhooks/{id}/test'),
  };
}
