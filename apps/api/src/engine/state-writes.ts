import { type EnrollmentState, stopsSending } from '@leadstatus/core';
import { CompiledQuery } from 'kysely';
import type { EnrollmentsTable } from '../platform/db/tables/enrollments.js';
import { type EngineContext, LostUpdateError } from './context.js';
import type { EnrollmentBatch } from './enrollment-batch.js';
import { rowFromState } from './enrollment-state.js';

/** The columns an applied event can change: the stored state, the schedule and `updated_at`. */
const STATE_COLUMNS = [
  'status',
  'status_reason',
  'base_status',
  'base_reason',
  'paused',
  'pause_reason',
  'paused_until',
  'soft_bounce_streak',
  'sent_count',
  'opened_count',
  'clicked_count',
  'replied_count',
  'auto_replied_count',
  'machine_opened_count',
  'machine_clicked_count',
  'soft_bounced_count',
  'contacted',
  'current_step',
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
  'paused_until',
  'updated_at',
]);

/** Rows per multi-row UPDATE: at most 3 + 22 parameters a row, so 25,000 (SQLite allows 32,766). */
const UPDATE_CHUNK = 1000;

/**
 * Writes the batch's new states in a few multi-row UPDATEs, each row guarded by the version read under
 * its lock (docs/decisions/state-writes.md). On SQLite, indexed columns are set only where they change.
 */
export async function writeStates(
  ctx: EngineContext,
  rows: ReadonlyMap<string, EnrollmentsTable>,
  batches: ReadonlyMap<string, EnrollmentBatch>,
  /** Next due times set by this batch's sends (step-schedule.ts). */
  dueAfterSends: ReadonlyMap<string, number>,
): Promise<void> {
  const groups = new Map<string, { columns: StateColumn[]; rows: EnrollmentsTable[] }>();
  // In id order (the order `rows` was read in): the rows are then visited in primary-key order.
  for (const [enrollmentId, row] of rows) {
    const batch = batches.get(enrollmentId);
    if (!batch) continue;
    const state = batch.after;
    const next: EnrollmentsTable = {
      ...row,
      ...rowFromState(state, row.created_at),
      current_step: Math.max(row.current_step, batch.sentStep),
      next_due_at: nextDueAt(row, state, ctx.now, dueAfterSends.get(enrollmentId)),
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

/** One UPDATE of many enrollments from a derived table of (id, expected version, new values). */
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
 * Sending stops for replied, bounced, unsubscribed, completed and paused: nothing is due. A send
 * schedules the next step (or the sequence's end) from its time; a resumed enrollment is due at once;
 * otherwise the schedule stays as it was.
 */
function nextDueAt(
  row: EnrollmentsTable,
  state: EnrollmentState,
  now: number,
  dueAfterSend: number | undefined,
): number | null {
  if (stopsSending(state.status)) return null;
  if (dueAfterSend !== undefined) return dueAfterSend;
  if (stopsSending(row.status)) return now;
  return row.next_due_at;
}
