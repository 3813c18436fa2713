import type { EnrollmentsTable } from '../platform/db/tables/enrollments.js';
import { newId } from '../platform/ids.js';
import { stopCompaniesOnReply } from './company-stop.js';
import { type EngineContext, EnrollmentGoneError } from './context.js';
import { applyCounterDeltas } from './counters.repository.js';
import { applyDailyRollups } from './daily-rollups.js';
import { EnrollmentBatch } from './enrollment-batch.js';
import { insertEventRows, loadEnrollmentHistories } from './events.repository.js';
import { counterDeltas } from './metric-deltas.js';
import { lockOptingOutLeads, propagateOptOuts } from './opt-out.js';
import type { RecordedEvent } from './recorded-event.js';
import { writeStates } from './state-writes.js';
import { scheduleAfterSends } from './step-schedule.js';

/** Ids per `IN (...)` list and status changes per INSERT (11 columns): a whole batch at once. */
const CHUNK = 1000;

/** What applying one event did to its enrollment. */
export interface AppliedEvent {
  eventId: string;
  enrollmentId: string;
  /** The enrollment's state after the whole batch. */
  state: EnrollmentBatch['after'];
}

/**
 * Applies events to their enrollments inside the caller's transaction, in explicit steps: lock (leads
 * that opt out, then enrollments in id order), apply each enrollment's events, then write their
 * effects (daily rollups, events, states with their next due times, status changes, counters), fan
 * opt-outs out to the leads' other enrollments, and pause the company of a first reply where the
 * campaign asks for it. Duplicates must be filtered out before.
 */
export async function applyEvents(
  ctx: EngineContext,
  events: readonly RecordedEvent[],
): Promise<AppliedEvent[]> {
  if (events.length === 0) return [];
  await lockOptingOutLeads(ctx, events);
  const rows = await lockEnrollments(ctx, [...new Set(events.map((e) => e.enrollmentId))]);
  const identified = events.map((event) => ({ id: newId('evt', ctx.now), event }));
  const batches = groupByEnrollment(rows, identified);

  const late = [...batches.values()].filter((b) => b.mayBeLate).map((b) => b.id);
  const histories = await loadEnrollmentHistories(ctx.trx, ctx.workspaceId, late);
  for (const batch of batches.values()) await batch.apply(ctx, histories.get(batch.id));

  // Rollups read the stored events of the day, so they go before this batch's events are stored.
  await applyDailyRollups(ctx, events, rows);
  await insertEventRows(
    ctx.trx,
    ctx.workspaceId,
    events,
    identified.map((e) => e.id),
    ctx.now,
  );
  await writeStates(ctx, rows, batches, await scheduleAfterSends(ctx, events, rows));
  await insertStatusChanges(ctx, batches);
  await applyCounterDeltas(
    ctx.trx,
    ctx.dialect,
    ctx.workspaceId,
    [...batches.values()].flatMap((b) =>
      counterDeltas(b.row.campaign_id, b.before, b.after, 1, { before: b.row.label, after: b.row.label }),
    ),
  );
  await propagateOptOuts(ctx, events, applyEvents);
  await stopCompaniesOnReply(ctx, batches, applyEvents);

  return identified.map(({ id, event }) => ({
    eventId: id,
    enrollmentId: event.enrollmentId,
    state: (batches.get(event.enrollmentId) as EnrollmentBatch).after,
  }));
}

/** One batch per enrollment, in the order of their first events (status changes are stored in it). */
function groupByEnrollment(
  rows: ReadonlyMap<string, EnrollmentsTable>,
  events: ReadonlyArray<EnrollmentBatch['events'][number]>,
): Map<string, EnrollmentBatch> {
  const batches = new Map<string, EnrollmentBatch>();
  for (const identified of events) {
    const id = identified.event.enrollmentId;
    let batch = batches.get(id);
    if (!batch) {
      const row = rows.get(id);
      if (!row) throw new EnrollmentGoneError(`enrollment ${id} is gone (its lead was erased)`);
      batch = new EnrollmentBatch(row);
      batches.set(id, batch);
    }
    batch.events.push(identified);
  }
  return batches;
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

async function insertStatusChanges(ctx: EngineContext, batches: ReadonlyMap<string, EnrollmentBatch>) {
  const changes = [...batches.values()].flatMap((b) => b.changes);
  for (let i = 0; i < changes.length; i += CHUNK) {
    await ctx.trx
      .insertInto('status_changes')
      .values(changes.slice(i, i + CHUNK))
      .execute();
  }
}
