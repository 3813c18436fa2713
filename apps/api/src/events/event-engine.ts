import {
  type ApplyOptions,
  applyEvent,
  deriveStatus,
  type EnrollmentState,
  type LeadEvent,
  stopsSending,
} from '@leadstatus/core';
import { CompiledQuery, type Transaction } from 'kysely';
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
import { insertEventRows, loadEnrollmentHistories, loadEnrollmentHistory } from './events.repository.js';
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
    if (after.status !== before.status) {
      deltas.push({ campaignId: row.campaign_id, metric: statusMetric(before.status), delta: -1 });
      deltas.push({ campaignId: row.campaign_id, metric: statusMetric(after.status), delta: 1 });
    }
  }

  await insertEventRows(ctx.trx, ctx.workspaceId, events, eventIds, ctx.now);
  await writeStates(ctx, rows, finalStates);
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

/** The columns an applied event can change: the stored state, the schedule and `updated_at`. */
const STATE_COLUMNS = [
  'status',
  'status_reason',
  'base_status',
  'base_reason',
  'paused',
  'soft_bounce_streak',
  'sent_count',
  'opened_count',
  'clicked_count',
  'replied_count',
  'auto_replied_count',
  'machine_opened_count',
  'machine_clicked_count',
  'soft_bounced_count',
  'last_event_at',
  'status_changed_at',
  'next_due_at',
  'updated_at',
] as const;
type StateColumn = (typeof STATE_COLUMNS)[number];
/** Those that some index of `enrollments` contains: the list views sort and filter on them. */
const INDEXED_COLUMNS: ReadonlySet<StateColumn> = new Set([
  'status',
  'last_event_at',
  'status_changed_at',
  'next_due_at',
  'updated_at',
]);

/** Rows per multi-row UPDATE: at most 3 + 18 parameters a row, so 21,000 (SQLite allows 32,766). */
const UPDATE_CHUNK = 1000;

/**
 * Writes the new states with a few multi-row UPDATEs instead of one per enrollment (one round trip
 * each on MySQL). On SQLite an indexed column is written only where its value changes, grouping rows
 * by which of them do: SQLite rewrites the entries of every index on an assigned column even when the
 * value stays the same, and most events move `last_event_at` and `updated_at` but not the status.
 * InnoDB compares old and new values itself, so on MySQL one statement writes every column. Each row
 * still carries the version read under its lock and matches only while that version is unchanged,
 * so a lost update still shows as a row count short of the rows written, as the single-row check did.
 */
async function writeStates(
  ctx: EngineContext,
  rows: Map<string, EnrollmentsTable>,
  states: Map<string, EnrollmentState>,
): Promise<void> {
  const groups = new Map<string, { columns: StateColumn[]; rows: EnrollmentsTable[] }>();
  // In id order (the order `rows` was read in): the rows are then visited in primary-key order.
  for (const [enrollmentId, row] of rows) {
    const state = states.get(enrollmentId);
    if (!state) continue;
    const next: EnrollmentsTable = {
      ...row,
      ...rowFromState(state, row.created_at),
      next_due_at: nextDueAt(row, state, ctx.now),
      updated_at: ctx.now,
    };
    const columns =
      ctx.dialect === 'mysql'
        ? [...STATE_COLUMNS]
        : STATE_COLUMNS.filter((column) => !INDEXED_COLUMNS.has(column) || next[column] !== row[column]);
    const key = columns.join();
    const group = groups.get(key) ?? { columns, rows: [] };
    group.rows.push(next);
    groups.set(key, group);
  }
  for (const { columns, rows: updated } of groups.values()) {
    for (let i = 0; i < updated.length; i += UPDATE_CHUNK) {
      const chunk = updated.slice(i, i + UPDATE_CHUNK);
      const result = await ctx.trx.executeQuery(updateStates(ctx, columns, chunk));
      if (result.numAffectedRows !== BigInt(chunk.length)) {
        throw new LostUpdateError(
          `${chunk.length - Number(result.numAffectedRows ?? 0n)} of ${chunk.length} enrollments changed concurrently`,
        );
      }
    }
  }
}

/**
 * One UPDATE of many enrollments from a derived table of (id, expected version, new values); the
 * syntax differs: SQLite updates FROM a VALUES list, MySQL joins a UNION ALL of SELECTs (MariaDB and
 * MySQL disagree on how the columns of a VALUES table are named). `version` moves up by one, as before.
 * Built as text, like `insertEventRows`, from fixed column names: Kysely's builder would spend more
 * time turning up to 21,000 values into nodes and back than the database spends on the UPDATE.
 */
function updateStates(ctx: EngineContext, columns: StateColumn[], rows: EnrollmentsTable[]): CompiledQuery {
  const parameters: unknown[] = [];
  const placeholders = `(${['?', '?', '?', ...columns.map(() => '?')].join(', ')})`;
  if (ctx.dialect === 'sqlite') {
    // The workspace id comes from v too: joined on v's columns only, SQLite's planner always walks v
    // and looks each row up by primary key (with a constant workspace_id and statistics from ANALYZE,
    // it may instead walk the workspace's enrollments and scan v for each).
    for (const row of rows)
      parameters.push(ctx.workspaceId, row.id, row.version, ...columns.map((c) => row[c]));
    const assignments = [...columns.map((c) => `${c} = v.${c}`), 'version = enrollments.version + 1'];
    return CompiledQuery.raw(
      `with v (workspace_id, id, expected_version${columns.map((c) => `, ${c}`).join('')}) as ` +
        `(values ${rows.map(() => placeholders).join(', ')}) ` +
        `update enrollments set ${assignments.join(', ')} from v ` +
        'where enrollments.workspace_id = v.workspace_id and enrollments.id = v.id ' +
        'and enrollments.version = v.expected_version',
      parameters,
    );
  }
  for (const row of rows) parameters.push(row.id, row.version, ...columns.map((c) => row[c]));
  parameters.push(ctx.workspaceId);
  const first = `select ${['? as id', '? as expected_version', ...columns.map((c) => `? as ${c}`)].join(', ')}`;
  const other = `select ${['?', '?', ...columns.map(() => '?')].join(', ')}`;
  const assignments = [...columns.map((c) => `e.${c} = v.${c}`), 'e.version = e.version + 1'];
  return CompiledQuery.raw(
    `update enrollments e join (${[first, ...rows.slice(1).map(() => other)].join(' union all ')}) v ` +
      'on e.workspace_id = ? and e.id = v.id and e.version = v.expected_version ' +
      `set ${assignments.join(', ')}`,
    parameters,
  );
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
