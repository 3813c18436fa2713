import type { Transaction } from 'kysely';
import type { Database, DialectName } from '../platform/db/database.js';
import type { EnrollmentsTable } from '../platform/db/tables/enrollments.js';
import { applyCounterDeltas } from './counters.repository.js';
import { subtractLeadRollups } from './daily-rollups.js';
import { stateFromRow } from './enrollment-state.js';
import { counterDeltas } from './metric-deltas.js';

/** What erasure needs of the engine: the caller's transaction, which already locks the lead. */
export interface EraseContext {
  trx: Transaction<Database>;
  dialect: DialectName;
  workspaceId: string;
}

/** A lead's records in the engine's tables, locked until the erasure commits. */
export interface LeadRecords {
  leadId: string;
  enrollments: EnrollmentsTable[];
  statusChangeIds: string[];
}

/**
 * Locks the lead's enrollments, then their status changes (in that order, after the lead): a
 * concurrent event can then neither move a status about to be subtracted from the counters, nor the
 * webhook outbox turn a change into a delivery the erasure would miss. SQLite has a single writer.
 */
export async function lockLeadRecords(ctx: EraseContext, leadId: string): Promise<LeadRecords> {
  let enrollmentQuery = ctx.trx
    .selectFrom('enrollments')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('lead_id', '=', leadId);
  if (ctx.dialect === 'mysql') enrollmentQuery = enrollmentQuery.forUpdate();
  const enrollments = await enrollmentQuery.execute();
  if (enrollments.length === 0) return { leadId, enrollments, statusChangeIds: [] };
  let changeQuery = ctx.trx
    .selectFrom('status_changes')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where(
      'enrollment_id',
      'in',
      enrollments.map((e) => e.id),
    );
  if (ctx.dialect === 'mysql') changeQuery = changeQuery.forUpdate();
  const statusChangeIds = (await changeQuery.execute()).map((r) => r.id);
  return { leadId, enrollments, statusChangeIds };
}

/**
 * Erases the lead's events, status changes and enrollments, and takes what they counted out of the
 * daily rollups and the campaign counters, so analytics read as if the lead had never been enrolled.
 */
export async function eraseLeadRecords(ctx: EraseContext, records: LeadRecords): Promise<void> {
  const { trx, dialect, workspaceId } = ctx;
  // The rollups are recounted from the events, so they go first.
  await subtractLeadRollups(trx, dialect, workspaceId, records.leadId);
  await trx
    .deleteFrom('events')
    .where('workspace_id', '=', workspaceId)
    .where('lead_id', '=', records.leadId)
    .execute();
  if (records.enrollments.length > 0) {
    await trx
      .deleteFrom('status_changes')
      .where('workspace_id', '=', workspaceId)
      .where(
        'enrollment_id',
        'in',
        records.enrollments.map((e) => e.id),
      )
      .execute();
  }
  await trx
    .deleteFrom('enrollments')
    .where('workspace_id', '=', workspaceId)
    .where('lead_id', '=', records.leadId)
    .execute();
  await applyCounterDeltas(
    trx,
    dialect,
    workspaceId,
    records.enrollments.flatMap((e) =>
      counterDeltas(e.campaign_id, stateFromRow(e), null, 1, { before: e.label, after: null }),
    ),
  );
}
