import type { StatusReason } from '@leadstatus/core';
import { toIso } from '../../platform/time.js';
import type { StatusChangeRow } from './status-changes.repository.js';

/** The `data:` of a `status.changed` event (API.md), the same as a webhook delivery's `data`. */
export interface StatusChangedData {
  enrollment_id: string;
  lead_id: string;
  campaign_id: string;
  from: string;
  to: string;
  reason: StatusReason | null;
  at: string;
}

export const STATUS_CHANGED = 'status.changed';

export function statusChangedData(row: StatusChangeRow): StatusChangedData {
  return {
    enrollment_id: row.enrollment_id,
    lead_id: row.lead_id,
    campaign_id: row.campaign_id,
    from: row.from_status,
    to: row.to_status,
    reason: row.reason,
    at: toIso(row.changed_at),
  };
}
