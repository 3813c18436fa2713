import type { Selectable } from 'kysely';
import type { DbOrTrx } from '../db/database.js';
import type { EventsTable, StatusChangesTable } from '../db/tables/events.js';

export const TIMELINE_LIMIT = 500;

/** The lead's enrollments with their campaign names, oldest enrollment first. */
export async function findLeadEnrollments(db: DbOrTrx, workspaceId: string, leadId: string) {
  const enrollments = await db
    .selectFrom('enrollments')
    .select([
      'id',
      'campaign_id',
      'status',
      'status_reason',
      'status_changed_at',
      'last_event_at',
      'paused',
      'current_step',
      'sent_count',
      'opened_count',
      'clicked_count',
      'replied_count',
    ])
    .where('workspace_id', '=', workspaceId)
    .where('lead_id', '=', leadId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const campaignIds = [...new Set(enrollments.map((e) => e.campaign_id))];
  const campaigns =
    campaignIds.length === 0
      ? []
      : await db
          .selectFrom('campaigns')
          .select(['id', 'name'])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', campaignIds)
          .execute();
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  return enrollments.map((e) => ({ ...e, campaign_name: names.get(e.campaign_id) ?? '' }));
}

export type TimelineEntry =
  | { kind: 'event'; at: number; row: Selectable<EventsTable> }
  | { kind: 'status_change'; at: number; row: Selectable<StatusChangesTable> };

/** Ids are `<prefix>_<ulid>`: the ulid part orders an event before the status change it caused. */
const ulidOf = (id: string) => id.slice(id.indexOf('_') + 1);

export function compareTimelineEntries(a: TimelineEntry, b: TimelineEntry): number {
  if (a.at !== b.at) return a.at - b.at;
  const [ua, ub] = [ulidOf(a.row.id), ulidOf(b.row.id)];
  if (ua !== ub) return ua < ub ? -1 : 1;
  return a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1;
}

/**
 * The most recent events and status changes of the lead, merged oldest first. Events are read by
 * lead (index events_by_lead); status changes by the lead's enrollments (status_changes_by_enrollment).
 */
export async function findLeadTimeline(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
  enrollmentIds: readonly string[],
  limit = TIMELINE_LIMIT,
): Promise<TimelineEntry[]> {
  if (enrollmentIds.length === 0) return [];
  const events = await db
    .selectFrom('events')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('lead_id', '=', leadId)
    // Only the enrollments the caller may read: an embed token's scope covers the timeline too.
    .where('enrollment_id', 'in', enrollmentIds)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const changes = await db
    .selectFrom('status_changes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('enrollment_id', 'in', enrollmentIds)
    .where('lead_id', '=', leadId)
    .orderBy('changed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const entries: TimelineEntry[] = [
    ...events.map((row) => ({ kind: 'event' as const, at: row.occurred_at, row })),
    ...changes.map((row) => ({ kind: 'status_change' as const, at: row.changed_at, row })),
  ];
  return entries.sort(compareTimelineEntries).slice(-limit);
}
