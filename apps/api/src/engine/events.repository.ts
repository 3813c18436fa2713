import type { LeadEvent } from '@leadstatus/core';
import { CompiledQuery } from 'kysely';
import type { DbOrTrx } from '../platform/db/database.js';
import type { EventsTable } from '../platform/db/tables/events.js';
import type { RecordedEvent } from './recorded-event.js';

/** Ids per `IN (...)` list: a whole batch of 1000 events in one query. */
const CHUNK = 1000;
/**
 * Event rows per INSERT: 18 columns × 1000 = 18,000 parameters, under SQLite's limit of 32,766, and
 * about half a megabyte of SQL for mysql2, well under MySQL's default max_allowed_packet of 16 MiB.
 */
const INSERT_CHUNK = 1000;
/** What core needs of a stored event to derive a status. */
const HISTORY_COLUMNS = [
  'id',
  'type',
  'occurred_at',
  'bounce_type',
  'auto_reply',
  'machine',
  'reason',
  'paused_until',
  'propagated',
] as const;

/** Every column of `events`, in the order `insertEventRows` binds them. */
const EVENT_COLUMNS = [
  'workspace_id',
  'id',
  'enrollment_id',
  'campaign_id',
  'lead_id',
  'type',
  'occurred_at',
  'external_id',
  'step',
  'bounce_type',
  'auto_reply',
  'machine',
  'propagated',
  'reason',
  'paused_until',
  'user_agent',
  'metadata',
  'created_at',
] as const satisfies ReadonlyArray<keyof EventsTable>;
const EVENT_PLACEHOLDERS = `(${EVENT_COLUMNS.map(() => '?').join(', ')})`;

/** Stores the events in multi-row INSERTs built as text (docs/decisions/state-writes.md). */
export async function insertEventRows(
  trx: DbOrTrx,
  workspaceId: string,
  events: readonly RecordedEvent[],
  eventIds: readonly string[],
  now: number,
): Promise<void> {
  const rows = events.map(
    (e, i): EventsTable => ({
      workspace_id: workspaceId,
      id: eventIds[i] as string,
      enrollment_id: e.enrollmentId,
      campaign_id: e.campaignId,
      lead_id: e.leadId,
      type: e.type,
      occurred_at: e.occurredAt,
      external_id: e.externalId,
      step: e.step,
      bounce_type: e.bounceType,
      auto_reply: e.autoReply ? 1 : 0,
      machine: e.machine ? 1 : 0,
      propagated: e.propagated ? 1 : 0,
      reason: e.reason,
      paused_until: e.pausedUntil,
      user_agent: e.userAgent,
      metadata: JSON.stringify(e.metadata),
      created_at: now,
    }),
  );
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await trx.executeQuery(insertEventsStatement(rows.slice(i, i + INSERT_CHUNK)));
  }
}

/** One multi-row INSERT of event rows (at most INSERT_CHUNK); the ingestion benchmark's raw baseline uses it too. */
export function insertEventsStatement(rows: readonly EventsTable[]): CompiledQuery {
  return CompiledQuery.raw(
    `insert into events (${EVENT_COLUMNS.join(', ')}) values ${rows.map(() => EVENT_PLACEHOLDERS).join(', ')}`,
    rows.flatMap((row) => EVENT_COLUMNS.map((column) => row[column])),
  );
}

/** An enrollment's stored events in the shape core derives from; the event id (time-ordered) is the arrival order. */
export async function loadEnrollmentHistory(
  db: DbOrTrx,
  workspaceId: string,
  enrollmentId: string,
): Promise<LeadEvent[]> {
  const rows = await db
    .selectFrom('events')
    .select(HISTORY_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  return rows.map(toLeadEvent);
}

/** The stored events of several enrollments at once, each in the order of `loadEnrollmentHistory`. */
export async function loadEnrollmentHistories(
  db: DbOrTrx,
  workspaceId: string,
  enrollmentIds: readonly string[],
): Promise<Map<string, LeadEvent[]>> {
  const histories = new Map<string, LeadEvent[]>(enrollmentIds.map((id) => [id, []]));
  for (let i = 0; i < enrollmentIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('events')
      .select(['enrollment_id', ...HISTORY_COLUMNS])
      .where('workspace_id', '=', workspaceId)
      .where('enrollment_id', 'in', enrollmentIds.slice(i, i + CHUNK))
      .orderBy('enrollment_id')
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    for (const r of rows) histories.get(r.enrollment_id)?.push(toLeadEvent(r));
  }
  return histories;
}

function toLeadEvent(r: Pick<EventsTable, (typeof HISTORY_COLUMNS)[number]>): LeadEvent {
  return {
    type: r.type,
    occurred_at: r.occurred_at,
    seq: r.id,
    ...(r.bounce_type ? { bounce_type: r.bounce_type } : {}),
    auto_reply: r.auto_reply === 1,
    machine: r.machine === 1,
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.paused_until !== null ? { until: r.paused_until } : {}),
    ...(r.propagated === 1 ? { propagated: true } : {}),
  };
}

/** Events already stored under these external ids (the idempotency keys of events). */
export async function findEventsByExternalIds(
  db: DbOrTrx,
  workspaceId: string,
  externalIds: readonly string[],
): Promise<Map<string, { id: string; enrollmentId: string }>> {
  const found = new Map<string, { id: string; enrollmentId: string }>();
  for (let i = 0; i < externalIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('events')
      .select(['id', 'external_id', 'enrollment_id'])
      .where('workspace_id', '=', workspaceId)
      .where('external_id', 'in', externalIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows)
      if (r.external_id) found.set(r.external_id, { id: r.id, enrollmentId: r.enrollment_id });
  }
  return found;
}
