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
  /** When an out-of-office hold ends, for a change to `paused` by one. */
  paused_until: string | null;
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
    paused_until: row.paused_until === null ? null : toIso(row.paused_until),
    at: toIso(row.changed_at),
  };
}
