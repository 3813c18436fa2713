import { paginate } from '../paginate.js';
import type { QueryOf, RequestOptions } from '../types.js';
import { operation } from './operation.js';
import type { RawClient } from './raw.js';

export type CampaignListQuery = QueryOf<'/v1/campaigns', 'get'>;
export type CampaignLeadsQuery = QueryOf<'/v1/campaigns/{id}/leads', 'get'>;

/** Campaigns: named sequences of e-mail steps. */
export function campaignsResource(client: RawClient) {
  const list = operation(client, 'get', '/v1/campaigns', 'query');
  const leads = operation(client, 'get', '/v1/campaigns/{id}/leads', 'query');
  return {
    list,
    iterate: (query: Omit<CampaignListQuery, 'cursor'> = {}, options?: RequestOptions) =>
      paginate((cursor) => list({ ...query, cursor }, options)),
    get: operation(client, 'get', '/v1/campaigns/{id}'),
    create: operation(client, 'post', '/v1/campaigns', 'body'),
    /** `steps`, when given, replaces every step. */
    update: operation(client, 'patch', '/v1/campaigns/{id}', 'body'),
    /** One page of the Campaign -> Leads view. */
    leads,
    iterateLeads: (id: string, query: Omit<CampaignLeadsQuery, 'cursor'> = {}, options?: RequestOptions) =>
      paginate((cursor) => leads(id, { ...query, cursor }, options)),
  };
}
