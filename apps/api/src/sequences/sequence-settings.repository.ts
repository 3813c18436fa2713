import type { DbOrTrx, DialectName } from '../db/database.js';
import { isUniqueViolation } from '../db/unique-violation.js';

export async function findFinalWaitHours(
  db: DbOrTrx,
  workspaceId: string,
  campaignId: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('sequence_settings')
    .select('final_wait_hours')
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  return row?.final_wait_hours;
}

/** Sets a campaign's final wait (insert or update; a concurrent insert is answered by updating). */
export async function saveFinalWaitHours(
  db: DbOrTrx,
  _dialect: DialectName,
  workspaceId: string,
  campaignId: string,
  hours: number,
  now: number,
): Promise<void> {
  const update = () =>
    db
      .updateTable('sequence_settings')
      .set({ final_wait_hours: hours, updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .executeTakeFirst();
  const updated = await update();
  if (Number(updated.numUpdatedRows) > 0) return;
  try {
    await db
      .insertInto('sequence_settings')
      .values({
        workspace_id: workspaceId,
        campaign_id: campaignId,
        final_wait_hours: hours,
        updated_at: now,
      })
      .execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await update();
  }
}
