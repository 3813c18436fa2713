import type { DbOrTrx } from '../platform/db/database.js';

/**
 * Keeps the lead's enrollments in step with a change of the lead: their copy of the e-mail (lists
 * sort and search on it) and their `updated_at`, so `updated_since` list queries see the change.
 */
export async function syncLeadEmail(
  trx: DbOrTrx,
  workspaceId: string,
  leadId: string,
  emailNormalized: string,
  now: number,
): Promise<void> {
  await trx
    .updateTable('enrollments')
    .set({ lead_email: emailNormalized, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('lead_id', '=', leadId)
    .execute();
}
