import type { EventInput, RequestOptions } from '../types.js';
import { operation } from './operation.js';
import type { RawClient } from './raw.js';

/** What happened to leads; statuses follow from events. */
export function eventsResource(client: RawClient) {
  const batch = operation(client, 'post', '/v1/events/batch', 'body');
  return {
    /**
     * One event. Give it your own `id` (e.g. the ESP's message id and the event type): the same id
     * again is acknowledged with `duplicate: true` and changes nothing.
     */
    send: operation(client, 'post', '/v1/events', 'body'),
    /** Up to 1000 events; each is validated on its own, with a result per event. */
    sendBatch: (events: EventInput[], options?: RequestOptions) => batch({ events }, options),
  };
}
