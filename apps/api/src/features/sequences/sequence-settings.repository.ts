import type { DbOrTrx } from '../../platform/db/database.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';

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

export interface FinalWait {
  workspaceId: string;
  campaignId: string;
  hours: number;
  now: number;
}

/** Sets a campaign's final wait (insert or update). */
export function saveFinalWaitHours(writer: Writer, input: FinalWait): Promise<void> {
  return writer.run(saveFinalWaitHoursCommand, input);
}

/** Updates the row, or inserts it; a concurrent insert is answered by updating. */
export const saveFinalWaitHoursCommand = writeCommand(
  import.meta.url,
  'saveFinalWaitHoursCommand',
  async ({ db }, { workspaceId, campaignId, hours, now }: FinalWait): Promise<void> => {
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
  },
);
