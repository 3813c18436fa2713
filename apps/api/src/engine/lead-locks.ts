import type { DbOrTrx, DialectName } from '../platform/db/database.js';

const CHUNK = 1000;

/**
 * Locks lead rows for the rest of the transaction (MySQL; SQLite has a single writer), in id order so
 * two transactions never take them in opposite orders. Whatever decides for a lead's enrollments
 * from its opt-out state (enrolling it, opting it out, listing its address) takes this lock before it
 * reads that state, so one such transaction sees the other's committed result: without it, under READ
 * COMMITTED, an enrollment could act on a DNC check the opt-out had made stale, and the opt-out miss
 * an enrollment it could not see yet. Lead rows come before enrollment rows in every transaction.
 */
export async function lockLeads(
  trx: DbOrTrx,
  dialect: DialectName,
  workspaceId: string,
  leadIds: readonly string[],
): Promise<void> {
  if (dialect !== 'mysql' || leadIds.length === 0) return;
  const sorted = [...new Set(leadIds)].sort();
  for (let i = 0; i < sorted.length; i += CHUNK) {
    await trx
      .selectFrom('leads')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', sorted.slice(i, i + CHUNK))
      .orderBy('id')
      .forUpdate()
      .execute();
  }
}
