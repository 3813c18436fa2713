import { type Selectable, sql } from 'kysely';
import { compiledOnce } from '../../platform/db/compiled-once.js';
import type { DbOrTrx } from '../../platform/db/database.js';
import type { EventsTable, StatusChangesTable } from '../../platform/db/tables/events.js';

export const TIMELINE_LIMIT = 500;

const leadEnrollments = compiledOnce((db, workspaceId: string, leadId: string) =>
  db
    .selectFrom('enrollments as e')
    .leftJoin('campaigns as c', (join) =>
      join.onRef('c.workspace_id', '=', 'e.workspace_id').onRef('c.id', '=', 'e.campaign_id'),
    )
    .select([
      'e.id',
      'e.campaign_id',
      'c.name as campaign_name',
      'e.status',
      'e.status_reason',
      'e.paused_until',
      'e.label',
      'e.label_changed_at',
      'e.status_changed_at',
      'e.last_event_at',
      'e.paused',
      'e.current_step',
      'e.sent_count',
      'e.opened_count',
      'e.clicked_count',
      'e.replied_count',
    ])
    .where('e.workspace_id', '=', workspaceId)
    .where('e.lead_id', '=', leadId)
    .orderBy('e.created_at')
    .orderBy('e.id'),
);

/** The lead's enrollments with their campaign names, oldest enrollment first (one query, compiled once). */
export async function findLeadEnrollments(db: DbOrTrx, workspaceId: string, leadId: string) {
  const enrollments = await leadEnrollments(db, workspaceId, leadId);
  return enrollments.map((e) => ({ ...e, campaign_name: e.campaign_name ?? '' }));
}

/** The columns the timeline shows (fewer columns, less work turning rows into objects). */
const EVENT_COLUMNS = [
  'id',
  'campaign_id',
  'enrollment_id',
  'type',
  'occurred_at',
  'step',
  'bounce_type',
  'auto_reply',
  'machine',
  'reason',
  'paused_until',
  'metadata',
] as const satisfies ReadonlyArray<keyof EventsTable>;
const CHANGE_COLUMNS = [
  'id',
  'campaign_id',
  'enrollment_id',
  'from_status',
  'to_status',
  'reason',
  'changed_at',
] as const satisfies ReadonlyArray<keyof StatusChangesTable>;

export type TimelineEntry =
  | { kind: 'event'; at: number; row: Pick<Selectable<EventsTable>, (typeof EVENT_COLUMNS)[number]> }
  | {
      kind: 'status_change';
      at: number;
      row: Pick<Selectable<StatusChangesTable>, (typeof CHANGE_COLUMNS)[number]>;
    };

/** Ids are `<prefix>_<ulid>`: the ulid part orders an event before the status change it caused. */
const ulidOf = (id: string) => id.slice(id.indexOf('_') + 1);

export function compareTimelineEntries(a: TimelineEntry, b: TimelineEntry): number {
  if (a.at !== b.at) return a.at - b.at;
  const [ua, ub] = [ulidOf(a.row.id), ulidOf(b.row.id)];
  if (ua !== ub) return ua < ub ? -1 : 1;
  return a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1;
}

// The limit is part of the SQL (a literal), so each query has one shape per number of enrollments.
const leadEvents = compiledOnce((db, workspaceId: string, leadId: string, enrollmentIds: readonly string[]) =>
  db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('lead_id', '=', leadId)
    // Only the enrollments the caller may read: an embed token's scope covers the timeline too.
    .where('enrollment_id', 'in', enrollmentIds)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(sql.lit(TIMELINE_LIMIT)),
);
const leadChanges = compiledOnce(
  (db, workspaceId: string, leadId: string, enrollmentIds: readonly string[]) =>
    db
      .selectFrom('status_changes')
      .select(CHANGE_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .where('enrollment_id', 'in', enrollmentIds)
      .where('lead_id', '=', leadId)
      .orderBy('changed_at', 'desc')
      .orderBy('id', 'desc')
      .limit(sql.lit(TIMELINE_LIMIT)),
);

/**
 * The most recent events and status changes of the lead, merged oldest first. Events are read by
 * lead (index events_by_lead); status changes by the lead's enrollments (status_changes_by_enrollment).
 */
export async function findLeadTimeline(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
  enrollmentIds: readonly string[],
): Promise<TimelineEntry[]> {
  if (enrollmentIds.length === 0) return [];
  const events = await leadEvents(db, workspaceId, leadId, enrollmentIds);
  const changes = await leadChanges(db, workspaceId, leadId, enrollmentIds);
  const entries: TimelineEntry[] = [
    ...events.map((row) => ({ kind: 'event' as const, at: row.occurred_at, row })),
    ...changes.map((row) => ({ kind: 'status_change' as const, at: row.changed_at, row })),
  ];
  return entries.sort(compareTimelineEntries).slice(-TIMELINE_LIMIT);
}
