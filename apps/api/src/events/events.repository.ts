import type { LeadEvent } from '@leadstatus/core';
import type { DbOrTrx } from '../db/database.js';
import type { EventsTable } from '../db/tables/events.js';
import type { PendingEvent } from './pending-event.js';

const CHUNK = 500;

export async function insertEventRows(
  trx: DbOrTrx,
  workspaceId: string,
  events: readonly PendingEvent[],
  eventIds: readonly string[],
  now: number,
): Promise<void> {
  const rows: EventsTable[] = events.map((e, i) => ({
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
    reason: e.reason,
    user_agent: e.userAgent,
    metadata: e.metadata,
    created_at: now,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('events')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** An enrollment's stored events in the shape core derives from; the event id (time-ordered) is the arrival order. */
export async function loadEnrollmentHistory(
  db: DbOrTrx,
  workspaceId: string,
  enrollmentId: string,
): Promise<LeadEvent[]> {
  const rows = await db
    .selectFrom('events')
    .select(['id', 'type', 'occurred_at', 'bounce_type', 'auto_reply', 'machine', 'reason'])
    .where('workspace_id', '=', workspaceId)
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    type: r.type,
    occurred_at: r.occurred_at,
    seq: r.id,
    ...(r.bounce_type ? { bounce_type: r.bounce_type } : {}),
    auto_reply: r.auto_reply === 1,
    machine: r.machine === 1,
    ...(r.reason ? { reason: r.reason } : {}),
  }));
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
