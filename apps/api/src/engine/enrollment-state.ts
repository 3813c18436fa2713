import type { EnrollmentState } from '@leadstatus/core';
import type { EnrollmentsTable } from '../platform/db/tables/enrollments.js';

type StateColumns = Pick<
  EnrollmentsTable,
  | 'status'
  | 'status_reason'
  | 'base_status'
  | 'base_reason'
  | 'paused'
  | 'pause_reason'
  | 'paused_until'
  | 'soft_bounce_streak'
  | 'sent_count'
  | 'opened_count'
  | 'clicked_count'
  | 'replied_count'
  | 'auto_replied_count'
  | 'machine_opened_count'
  | 'machine_clicked_count'
  | 'soft_bounced_count'
  | 'contacted'
  | 'last_event_at'
  | 'status_changed_at'
>;

/** The core state stored in an enrollment row. `last_event_at` 0 means "no event yet". */
export function stateFromRow(row: StateColumns): EnrollmentState {
  return {
    status: row.status,
    reason: row.status_reason,
    base: row.base_status,
    baseReason: row.base_reason,
    paused: row.paused === 1,
    pauseReason: row.pause_reason,
    pausedUntil: row.paused_until,
    softBounceStreak: row.soft_bounce_streak,
    counters: {
      sent: row.sent_count,
      opened: row.opened_count,
      clicked: row.clicked_count,
      replied: row.replied_count,
      auto_replied: row.auto_replied_count,
      machine_opened: row.machine_opened_count,
      machine_clicked: row.machine_clicked_count,
      soft_bounced: row.soft_bounced_count,
    },
    contacted: row.contacted === 1,
    lastEventAt: row.last_event_at === 0 ? null : row.last_event_at,
    statusChangedAt: row.status_changed_at,
  };
}

/** The columns that store a core state; `statusChangedAt` falls back to `since` for a state with no change yet. */
export function rowFromState(state: EnrollmentState, since: number): StateColumns {
  return {
    status: state.status,
    status_reason: state.reason,
    base_status: state.base,
    base_reason: state.baseReason,
    paused: state.paused ? 1 : 0,
    pause_reason: state.pauseReason,
    paused_until: state.pausedUntil,
    soft_bounce_streak: state.softBounceStreak,
    sent_count: state.counters.sent,
    opened_count: state.counters.opened,
    clicked_count: state.counters.clicked,
    replied_count: state.counters.replied,
    auto_replied_count: state.counters.auto_replied,
    machine_opened_count: state.counters.machine_opened,
    machine_clicked_count: state.counters.machine_clicked,
    soft_bounced_count: state.counters.soft_bounced,
    contacted: state.contacted ? 1 : 0,
    last_event_at: state.lastEventAt ?? 0,
    status_changed_at: state.statusChangedAt ?? since,
  };
}
