import { isUniqueViolation } from '../platform/db/unique-violation.js';
import { writeCommand } from '../platform/db/write-command.js';
import { applyEvents } from './apply-events.js';
import { type EngineContext, type EngineDeps, inEngineTransaction } from './context.js';
import { findEventsByExternalIds } from './events.repository.js';
import type {
  EnrollmentStatus,
  RecordEventsCommand,
  RecordedEvent,
  RecordOutcome,
} from './recorded-event.js';

/**
 * The door: records a batch of resolved events in one transaction and answers, for each event in
 * order, whether it was applied or a duplicate, with its enrollment's status afterwards. Nothing
 * else writes events, enrollment states, status changes, counters or rollups.
 */
export async function recordEvents(deps: EngineDeps, command: RecordEventsCommand): Promise<RecordOutcome[]> {
  if (command.events.length === 0) return [];
  return deps.writer.run(recordEventsCommand, { ...command, now: deps.clock.now() });
}

/** The door as a write command (on SQLite it runs on the writer thread). */
export const recordEventsCommand = writeCommand(
  import.meta.url,
  'recordEventsCommand',
  (scope, command: RecordEventsCommand & { now: number }): Promise<RecordOutcome[]> =>
    inEngineTransaction(
      scope,
      command,
      (ctx) => recordEventsIn(ctx, command),
      // Another transaction stored the same external id between our check and our insert: run again
      // and the event is a duplicate.
      { isRetryable: isUniqueViolation },
    ),
);

/**
 * The same inside a transaction a command already holds (enrollment, pause, DNC): an event whose
 * external id is stored, or came earlier in the batch, is a duplicate and is not applied again.
 */
export async function recordEventsIn(
  ctx: EngineContext,
  command: RecordEventsCommand,
): Promise<RecordOutcome[]> {
  const { events } = command;
  const externalIds = [...new Set(events.flatMap((e) => (e.externalId === null ? [] : [e.externalId])))];
  const seen = await findEventsByExternalIds(ctx.trx, ctx.workspaceId, externalIds);
  const fresh: RecordedEvent[] = [];
  const firstInBatch = new Set<string>();
  const isDuplicate = events.map((event) => {
    const { externalId } = event;
    if (externalId !== null && (seen.has(externalId) || firstInBatch.has(externalId))) return true;
    if (externalId !== null) firstInBatch.add(externalId);
    fresh.push(event);
    return false;
  });

  const applied = await applyEvents(ctx, fresh);
  const statuses = new Map<string, EnrollmentStatus>();
  const original = new Map(seen);
  applied.forEach((a, i) => {
    statuses.set(a.enrollmentId, {
      id: a.enrollmentId,
      status: a.state.status,
      status_reason: a.state.reason,
    });
    const externalId = fresh[i]?.externalId;
    if (externalId) original.set(externalId, { id: a.eventId, enrollmentId: a.enrollmentId });
  });
  await loadStatuses(
    ctx,
    statuses,
    [...seen.values()].map((s) => s.enrollmentId),
  );

  let next = 0;
  return events.map((event, i): RecordOutcome => {
    if (isDuplicate[i]) {
      const first = original.get(event.externalId as string) as { id: string; enrollmentId: string };
      return {
        result: 'duplicate',
        eventId: first.id,
        enrollment: statuses.get(first.enrollmentId) as EnrollmentStatus,
      };
    }
    const a = applied[next++] as (typeof applied)[number];
    return {
      result: 'applied',
      eventId: a.eventId,
      enrollment: statuses.get(a.enrollmentId) as EnrollmentStatus,
    };
  });
}

/** The current status of the enrollments of stored duplicates that this batch did not touch. */
async function loadStatuses(ctx: EngineContext, statuses: Map<string, EnrollmentStatus>, ids: string[]) {
  const missing = [...new Set(ids)].filter((id) => !statuses.has(id));
  if (missing.length === 0) return;
  const rows = await ctx.trx
    .selectFrom('enrollments')
    .select(['id', 'status', 'status_reason'])
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', 'in', missing)
    .execute();
  for (const r of rows) statuses.set(r.id, { id: r.id, status: r.status, status_reason: r.status_reason });
}
