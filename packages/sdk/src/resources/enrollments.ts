import type { LeadListRow, RequestOptions, Schemas } from '../types.js';
import { operation } from './operation.js';
import type { RawClient } from './raw.js';

type BulkTarget = Schemas['BulkPauseRequest'];
type BulkResult = Schemas['BulkPauseResult'];

export interface PauseOrResume {
  /** One lead: the enrollment after the change; 409 where its status does not allow it. */
  (campaignId: string, leadId: string, options?: RequestOptions): Promise<LeadListRow>;
  /** Many leads, by `lead_ids` or by status `filter`: how many changed and how many were not allowed. */
  (campaignId: string, target: BulkTarget, options?: RequestOptions): Promise<BulkResult>;
}

/** Leads in campaigns: enroll, pause and resume. */
export function enrollmentsResource(client: RawClient) {
  const pauseOrResume = (action: 'pause' | 'resume'): PauseOrResume => {
    const one = operation(client, 'post', `/v1/campaigns/{id}/leads/{lead_id}/${action}`);
    const many = operation(client, 'post', `/v1/campaigns/{id}/leads/${action}`, 'body');
    return ((campaignId: string, target: string | BulkTarget, options?: RequestOptions) =>
      typeof target === 'string'
        ? one(campaignId, target, options)
        : many(campaignId, target, options)) as PauseOrResume;
  };
  return {
    /** Enrolls `{lead_ids}`, `{emails}` (creating leads as needed) or `{filter: {campaign_id, status}}`. */
    add: operation(client, 'post', '/v1/campaigns/{id}/leads', 'body'),
    pause: pauseOrResume('pause'),
    resume: pauseOrResume('resume'),
  };
}
