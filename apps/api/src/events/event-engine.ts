import {
  type ApplyOptions,
  applyEvent,
  deriveStatus,
  type EnrollmentState,
  type LeadEvent,
  stopsSending,
} from '@leadstatus/core';
import type { Transaction } from 'kysely';
import {
  applyCounterDeltas,
  type CounterDelta,
  statusMetric,
} from '../counters/campaign-counters.repository.js';
import type { Database, DialectName } from '../db/database.js';
import type { EnrollmentsTable } from '../db/tables/enrollments.js';
import type { StatusChangesTable } from '../db/tables/events.js';
import { rowFromState, stateFromRow } from '../enrollments/enrollment-state.js';
import { newId } from '../ids.js';
import { insertEventRows, loadEnrollmentHistory } from './events.repository.js';
import { propagateOptOuts } from './opt-out.js';
import type { AppliedEvent, PendingEvent } from './pending-event.js';

export interface EngineContext {
  trx: Transaction<Database>;
  dialect: DialectName;
  workspaceId: string;
  now: number;
  options: ApplyOptions;
}

/** Thrown when an enrollment changed under a transaction that held its row lock: a bug, never expected. */
export class LostUpdateError extends Error {
  override name = 'LostUpdateError';
}

const CHUNK = 500;

/**
 * Applies events to their enrollments inside the caller's transaction: locks each enrollment row,
 * applies in-order events one step at a time (re-deriving from the stored history when one is older
 * than what was applied), then writes the events, the new states, the status changes and the counter
 * deltas together. Unsubscribes and complaints fan out to the lead's other enrollments.
 */
export async function applyEvents(
  ctx: EngineContext,
  events: readonly PendingEvent[],
): Promise<AppliedEvent[]> {
  if (events.length === 0) return [];
  const rows = await lockEnrollments(ctx, [...new Set(events.map((e) => e.enrollmentId))]);
  const eventIds = events.map(() => newId('evt', ctx.now));
  const byEnrollment = groupByEnrollment(events);

  const changes: StatusChangesTable[] = [];
  const deltas: CounterDelta[] = [];
  const finalStates = new Map<string, EnrollmentState>();
  for (const [enrollmentId, indexes] of byEnrollment) {
    const row = rows.get(enrollmentId);
    if (!row) throw new LostUpdateError(`enrollment ${enrollmentId} vanished inside its transaction`);
    const before = stateFromRow(row);
    const after = await nextState(ctx, before, enrollmentId, indexes, events, eventIds, changes, row);
    finalStates.set(enrollmentId, after);
    if (after.status !== before.status) {
      deltas.push({ campaignId: row.campaign_id, metric: statusMetric(before.status), delta: -1 });
      deltas.push({ campaignId: row.campaign_id, metric: statusMetric(after.status), delta: 1 });
    }
  }

  await insertEventRows(ctx.trx, ctx.workspaceId, events, eventIds, ctx.now);
  for (const [enrollmentId, state] of finalStates) {
    const row = rows.get(enrollmentId) as EnrollmentsTable;
    await writeState(ctx, row, state);
  }
  for (let i = 0; i < changes.length; i += CHUNK) {
    await ctx.trx
      .insertInto('status_changes')
      .values(changes.slice(i, i + CHUNK))
      .execute();
  }
  await applyCounterDeltas(ctx.trx, ctx.dialect, ctx.workspaceId, deltas);
  await propagateOptOuts(ctx, events, applyEvents);

  return events.map((event, i) => {
    const state = finalStates.get(event.enrollmentId) as EnrollmentState;
    return {
      eventId: eventIds[i] as string,
      enrollmentId: event.enrollmentId,
      status: state.status,
      statusReason: state.reason,
    };
  });
}

function groupByEnrollment(events: readonly PendingEvent[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  events.forEach((event, index) => {
    const group = groups.get(event.enrollmentId);
    if (group) group.push(index);
    else groups.set(event.enrollmentId, [index]);
  });
  return groups;
}

/** Row locks in id order, so two transactions never wait on each other's rows in opposite orders. */
async function lockEnrollments(ctx: EngineContext, ids: string[]): Promise<Map<string, EnrollmentsTable>> {
  const rows = new Map<string, EnrollmentsTable>();
  const sorted = [...ids].sort();
  for (let i = 0; i < sorted.length; i += CHUNK) {
    let query = ctx.trx
      .selectFrom('enrollments')
      .selectAll()
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', 'in', sorted.slice(i, i + CHUNK))
      .orderBy('id');
    // SQLite has no row locks; its single writer already serialises transactions.
    if (ctx.dialect === 'mysql') query = query.forUpdate();
    for (const row of await query.execute()) rows.set(row.id, row);
  }
  return rows;
}

function toLeadEvent(event: PendingEvent, seq: string): LeadEvent {
  return {
    type: event.type,
    occurred_at: event.occurredAt,
    seq,
    ...(event.bounceType ? { bounce_type: event.bounceType } : {}),
    auto_reply: event.autoReply,
    machine: event.machine,
    ...(event.reason ? { reason: event.reason } : {}),
  };
}

/**
 * The enrollment's state after its new events, recording each status change. In order: one
 * `applyEvent` per event. An event older than the last applied one: derive again from the stored
 * history plus the new events, which is what DESIGN.md asks a late event to give.
 */
async function nextState(
  ctx: EngineContext,
  before: EnrollmentState,
  enrollmentId: string,
  indexes: number[],
  events: readonly PendingEvent[],
  eventIds: string[],
  changes: StatusChangesTable[],
  row: EnrollmentsTable,
): Promise<EnrollmentState> {
  let state = before;
  const pendingChanges: StatusChangesTable[] = [];
  for (const i of indexes) {
    const event = events[i] as PendingEvent;
    if (state.lastEventAt !== null && event.occurredAt < state.lastEventAt) {
      const rederived = await rederive(ctx, enrollmentId, indexes, events, eventIds);
      if (rederived.status !== before.status) {
        changes.push(changeRow(ctx, row, before, rederived, eventIds[i] ?? null, rederived.statusChangedAt));
      }
      return rederived;
    }
    const next = applyEvent(state, toLeadEvent(event, eventIds[i] as string), ctx.options);
    if (next.status !== state.status) {
      pendingChanges.push(changeRow(ctx, row, state, next, eventIds[i] ?? null, event.occurredAt));
    }
    state = next;
  }
  changes.push(...pendingChanges);
  return state;
}

async function rederive(
  ctx: EngineContext,
  enrollmentId: string,
  indexes: number[],
  events: readonly PendingEvent[],
  eventIds: string[],
): Promise<EnrollmentState> {
  const stored = await loadEnrollmentHistory(ctx.trx, ctx.workspaceId, enrollmentId);
  const fresh = indexes.map((i) => toLeadEvent(events[i] as PendingEvent, eventIds[i] as string));
  return deriveStatus([...stored, ...fresh], ctx.options);
}

function changeRow(
  ctx: EngineContext,
  row: EnrollmentsTable,
  from: EnrollmentState,
  to: EnrollmentState,
  eventId: string | null,
  at: number | null,
): StatusChangesTable {
  return {
    workspace_id: ctx.workspaceId,
    id: newId('chg', ctx.now),
    enrollment_id: row.id,
    campaign_id: row.campaign_id,
    lead_id: row.lead_id,
    from_status: from.status,
    to_status: to.status,
    reason: to.reason,
    event_id: eventId,
    changed_at: at ?? ctx.now,
    created_at: ctx.now,
  };
}

async function writeState(ctx: EngineContext, row: EnrollmentsTable, state: EnrollmentState): Promise<void> {
  const result = await ctx.trx
    .updateTable('enrollments')
    .set({
      ...rowFromState(state, row.created_at),
      next_due_at: nextDueAt(row, state, ctx.now),
      version: row.version + 1,
      updated_at: ctx.now,
    })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) {
    throw new LostUpdateError(`enrollment ${row.id} changed concurrently (version ${row.version})`);
  }
}

/**
 * Sending stops for replied, bounced, unsubscribed, completed and paused: nothing is due. A resumed
 * enrollment is due at once for its next step; otherwise the schedule stays as it was.
 */
function nextDueAt(row: EnrollmentsTable, state: EnrollmentState, now: number): number | null {
  if (stopsSending(state.status)) return null;
  if (stopsSending(row.status)) return now;
  return row.next_due_at;
}
