import { paginate } from '../paginate.js';
import type { LeadInput, QueryOf, RequestOptions } from '../types.js';
import { operation } from './operation.js';
import type { RawClient } from './raw.js';

export type LeadListQuery = QueryOf<'/v1/leads', 'get'>;

/** Leads, and the Leads tab: one row per lead per campaign. */
export function leadsResource(client: RawClient) {
  const list = operation(client, 'get', '/v1/leads', 'query');
  const batch = operation(client, 'post', '/v1/leads/batch', 'body');
  return {
    /** One page of the Leads tab; pass `next_cursor` back as `cursor` for the next. */
    list,
    /** Every row of the Leads tab, page after page. */
    iterate: (query: Omit<LeadListQuery, 'cursor'> = {}, options?: RequestOptions) =>
      paginate((cursor) => list({ ...query, cursor }, options)),
    /** A lead with its enrollments and timeline. */
    get: operation(client, 'get', '/v1/leads/{id}'),
    /** 409 when a lead with this e-mail exists (case-insensitive). */
    create: operation(client, 'post', '/v1/leads', 'body'),
    /** Creates or updates up to 1000 leads by e-mail; a result per lead. */
    batch: (leads: LeadInput[], options?: RequestOptions) => batch({ leads }, options),
    update: operation(client, 'patch', '/v1/leads/{id}', 'body'),
    /** Erases the lead and its events (GDPR). */
    delete: operation(client, 'delete', '/v1/leads/{id}'),
  };
}
