import type { BaseStatus, PausedReason, Status, StatusReason } from '@leadstatus/core';

/**
 * A lead in a campaign: carries the status (the state of @leadstatus/core, flattened) and the
 * denormalised columns the list queries sort and filter on, so lists never join to sort.
 */
export interface EnrollmentsTable {
  workspace_id: string;
  id: string;
  campaign_id: string;
  lead_id: string;
  /** Copy of the lead's normalised e-mail, for `sort=email` without a join. */
  lead_email: string;
  status: Status;
  status_reason: StatusReason | null;
  base_status: BaseStatus;
  base_reason: StatusReason | null;
  /** 0 or 1. */
  paused: number;
  /** Why it is paused (`manual`, `out_of_office`, `company_replied`); null when not paused. */
  pause_reason: PausedReason | null;
  /** When an out-of-office hold ends (epoch ms): the sweeper resumes it then. */
  paused_until: number | null;
  /** The outcome label's key (built-in or the workspace's own); null when none. */
  label: string | null;
  /** When the label last changed (set, changed or cleared); null when it never had one. */
  label_changed_at: number | null;
  soft_bounce_streak: number;
  sent_count: number;
  opened_count: number;
  clicked_count: number;
  replied_count: number;
  auto_replied_count: number;
  machine_opened_count: number;
  machine_clicked_count: number;
  soft_bounced_count: number;
  /** 0 or 1: some event reached or was tried on the lead (core's `contacted`). */
  contacted: number;
  /** Steps sent so far; the next step is `current_step + 1`. */
  current_step: number;
  /** When the next step is due (epoch ms), or null when nothing is due. */
  next_due_at: number | null;
  /** occurred_at of the latest event (epoch ms); 0 when there is none, so it sorts last without NULL handling. */
  last_event_at: number;
  status_changed_at: number;
  /** Optimistic-concurrency version: every state change increments it. */
  version: number;
  created_at: number;
  updated_at: number;
}
