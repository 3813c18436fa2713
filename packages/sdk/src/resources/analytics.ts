import type { QueryOf } from '../types.js';
import { operation } from './operation.js';
import type { RawClient } from './raw.js';

export type TrendsQuery = QueryOf<'/v1/campaigns/{id}/analytics/trends', 'get'>;

export function analyticsResource(client: RawClient) {
  return {
    /** A campaign's distribution of statuses and its rates. */
    summary: operation(client, 'get', '/v1/campaigns/{id}/analytics'),
    /** The same summary across the workspace. */
    workspace: operation(client, 'get', '/v1/analytics'),
    /** Unique leads per local day (or ISO week) between two dates, zeros included. */
    trends: operation(client, 'get', '/v1/campaigns/{id}/analytics/trends', 'query'),
  };
}
