import { applyEvent, deriveStatus, type EnrollmentState, type LeadEvent } from '@leadstatus/core';
import type { EnrollmentsTable } from '../db/tables/enrollments.js';
import type { StatusChangesTable } from '../db/tables/events.js';
import { newId } from '../ids.js';
import { type EngineContext, LostUpdateError } from './context.js';
import { applyCounterDeltas, type CounterDelta } from './counters.repository.js';
import { applyDailyRollups } from './daily-rollups.js';
import { stateFromRow } from './enrollment-state.js';
import { insertEventRows, loadEnrollmentHistories, loadEnrollmentHistory } from './events.repository.js';
import { counterDeltas } from './metric-deltas.js';
import { lockOptingOutLeads, propagateOptOuts } from './opt-out.js';
import type { AppliedEvent, PendingEvent } from './recorded-event.js';
import { writeStates } from './state-writes.js';
import { scheduleAfterSends } from './step-schedule.js';

/** Ids per `IN (...)` list and status changes per INSERT (11 columns): a whole batch at once. */
const CHUNK = 1000;

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
  await lockOptingOutLeads(ctx, events);
  const rows = await lockEnrollments(ctx, [...new Set(events.map((e) => e.enrollmentId))]);
  const eventIds = events.map(() => newId('evt', ctx.now));
  const byEnrollment = groupByEnrollment(events);
  const histories = await loadEnrollmentHistories(
    ctx.trx,
    ctx.workspaceId,
    lateEnrollments(rows, byEnrollment, events),
  );

  const changes: StatusChangesTable[] = [];
  const deltas: CounterDelta[] = [];
  const finalStates = new Map<string, EnrollmentState>();
  for (const [enrollmentId, indexes] of byEnrollment) {
    const row = rows.get(enrollmentId);
    if (!row) throw new LostUpdateError(`enrollment ${enrollmentId} vanished inside its transaction`);
    const before = stateFromRow(row);
    const history = histories.get(enrollmentId);
    const after = await nextState(ctx, before, indexes, events, eventIds, changes, row, history);
    finalStates.set(enrollmentId, after);
    deltas.push(...counterDeltas(row.campaign_id, before, after));
  }

  await applyDailyRollups(ctx, events, rows);
  await insertEventRows(ctx.trx, ctx.workspaceId, events, eventIds, ctx.now);
  await writeStates(ctx, rows, finalStates, sentSteps(events), await scheduleAfterSends(ctx, events, rows));
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

/** The highest step each enrollment was sent in these events: `current_step` never moves back. */
function sentSteps(events: readonly PendingEvent[]): Map<string, number> {
  const steps = new Map<string, number>();
  for (const e of events) {
    if (e.type === 'sent' && e.step !== null)
      steps.set(e.enrollmentId, Math.max(steps.get(e.enrollmentId) ?? 0, e.step));
  }
  return steps;
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

/**
 * The enrollments that will re-derive: one of their new events is older than the latest event applied
 * before it (the condition `nextState` checks), so their stored histories are loaded in one query.
 */
function lateEnrollments(
  rows: Map<string, EnrollmentsTable>,
  byEnrollment: Map<string, number[]>,
  events: readonly PendingEvent[],
): string[] {
  const late: string[] = [];
  for (const [enrollmentId, indexes] of byEnrollment) {
    const row = rows.get(enrollmentId);
    if (!row) continue;
    let last = stateFromRow(row).lastEventAt;
    for (const i of indexes) {
      const at = (events[i] as PendingEvent).occurredAt;
      if (last !== null && at < last) {
        late.push(enrollmentId);
        break;
      }
      last = at;
    }
  }
  return late;
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
    ...(event.propagated ? { propagated: true } : {}),
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
  indexes: number[],
  events: readonly PendingEvent[],
  eventIds: string[],
  changes: StatusChangesTable[],
  row: EnrollmentsTable,
  history: LeadEvent[] | undefined,
): Promise<EnrollmentState> {
  let state = before;
  const pendingChanges: StatusChangesTable[] = [];
  for (const i of indexes) {
    const event = events[i] as PendingEvent;
    if (state.lastEventAt !== null && event.occurredAt < state.lastEventAt) {
      const stored = history ?? (await loadEnrollmentHistory(ctx.trx, ctx.workspaceId, row.id));
      const rederived = rederive(ctx, stored, indexes, events, eventIds);
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

function rederive(
  ctx: EngineContext,
  stored: readonly LeadEvent[],
  indexes: number[],
  events: readonly PendingEvent[],
  eventIds: string[],
): EnrollmentState {
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
