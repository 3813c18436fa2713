import { subtractLeadRollups } from '../analytics/daily-rollups.js';
import { counterDeltas } from '../analytics/metric-deltas.js';
import { applyCounterDeltas } from '../counters/campaign-counters.repository.js';
import type { Db, DialectName } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { stateFromRow } from '../enrollments/enrollment-state.js';

/**
 * GDPR erasure in one transaction: the lead's events, status changes, tracked messages and clicks,
 * enrollments and the lead go,
 * and each campaign's counters lose the deleted enrollments. DNC entries stay: an address
 * that opted out must stay blocked even after its lead is gone. False when there is no such lead.
 */
export async function eraseLead(db: Db, dialect: DialectName, workspaceId: string, leadId: string) {
  return inTransaction(db, async (trx) => {
    let leadQuery = trx
      .selectFrom('leads')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', leadId);
    // Lock the lead, then its enrollments, so a concurrent event cannot move a status we are about
    // to subtract from the counters (SQLite has a single writer).
    if (dialect === 'mysql') leadQuery = leadQuery.forUpdate();
    if (!(await leadQuery.executeTakeFirst())) return false;

    let enrollmentQuery = trx
      .selectFrom('enrollments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('lead_id', '=', leadId);
    if (dialect === 'mysql') enrollmentQuery = enrollmentQuery.forUpdate();
    const enrollments = await enrollmentQuery.execute();
    const enrollmentIds = enrollments.map((e) => e.id);

    await subtractLeadRollups(trx, dialect, workspaceId, leadId);
    await trx
      .deleteFrom('events')
      .where('workspace_id', '=', workspaceId)
      .where('lead_id', '=', leadId)
      .execute();
    if (enrollmentIds.length > 0) {
      await trx
        .deleteFrom('status_changes')
        .where('workspace_id', '=', workspaceId)
        .where('enrollment_id', 'in', enrollmentIds)
        .execute();
      // Tracked messages keep the address they were sent to, and clicks the user agent: both go.
      await trx
        .deleteFrom('tracking_clicks')
        .where('workspace_id', '=', workspaceId)
        .where('enrollment_id', 'in', enrollmentIds)
        .execute();
      await trx
        .deleteFrom('tracking_messages')
        .where('workspace_id', '=', workspaceId)
        .where('enrollment_id', 'in', enrollmentIds)
        .execute();
    }
    await trx
      .deleteFrom('enrollments')
      .where('workspace_id', '=', workspaceId)
      .where('lead_id', '=', leadId)
      .execute();
    await trx.deleteFrom('leads').where('workspace_id', '=', workspaceId).where('id', '=', leadId).execute();
    await applyCounterDeltas(
      trx,
      dialect,
      workspaceId,
      enrollments.flatMap((e) => counterDeltas(e.campaign_id, stateFromRow(e), null)),
    );
    return true;
  });
}
