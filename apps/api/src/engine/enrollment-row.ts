import type { EnrollmentsTable } from '../platform/db/tables/enrollments.js';

/** What a new enrollment row needs besides its defaults. */
export type EnrollmentRowKeys = Pick<
  EnrollmentsTable,
  'workspace_id' | 'id' | 'campaign_id' | 'lead_id' | 'lead_email' | 'next_due_at'
> & { now: number };

/**
 * A new enrollment as stored: Not Contacted, nothing counted, nothing applied. The one place that
 * lists every column's starting value, so a column added to the table is added here once.
 */
export function freshEnrollmentRow({ now, ...keys }: EnrollmentRowKeys): EnrollmentsTable {
  return {
    ...keys,
    status: 'not_contacted',
    status_reason: null,
    base_status: 'not_contacted',
    base_reason: null,
    paused: 0,
    pause_reason: null,
    paused_until: null,
    label: null,
    label_changed_at: null,
    soft_bounce_streak: 0,
    sent_count: 0,
    opened_count: 0,
    clicked_count: 0,
    replied_count: 0,
    auto_replied_count: 0,
    machine_opened_count: 0,
    machine_clicked_count: 0,
    soft_bounced_count: 0,
    contacted: 0,
    current_step: 0,
    last_event_at: 0,
    status_changed_at: now,
    version: 0,
    created_at: now,
    updated_at: now,
  };
}
