import type { Db } from '../../platform/db/database.js';
import type { StatusChangesTable } from '../../platform/db/tables/events.js';

/** The columns a `status.changed` event is made of. */
export type StatusChangeRow = Pick<
  StatusChangesTable,
  | 'id'
  | 'enrollment_id'
  | 'lead_id'
  | 'campaign_id'
  | 'from_status'
  | 'to_status'
  | 'reason'
  | 'paused_until'
  | 'changed_at'
>;

const COLUMNS = [
  'id',
  'enrollment_id',
  'lead_id',
  'campaign_id',
  'from_status',
  'to_status',
  'reason',
  'paused_until',
  'changed_at',
] as const;

/**
 * One workspace's changes after `afterId`, in id order: the primary key (workspace_id, id) answers
 * it, or status_changes_by_campaign (workspace_id, campaign_id, id) when campaigns are named.
 */
export async function changesAfter(
  db: Db,
  workspaceId: string,
  afterId: string,
  options: { campaignIds?: readonly string[] | undefined; limit: number },
): Promise<StatusChangeRow[]> {
  let query = db.selectFrom('status_changes').select(COLUMNS).where('workspace_id', '=', workspaceId);
  if (options.campaignIds !== undefined) {
    if (options.campaignIds.length === 0) return [];
    query = query.where('campaign_id', 'in', options.campaignIds);
  }
  return query.where('id', '>', afterId).orderBy('id').limit(options.limit).execute();
}

/** The ids alone, for marking what already exists as seen. */
export async function changeIdsAfter(
  db: Db,
  workspaceId: string,
  afterId: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('status_changes')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** The workspace's largest change id, if it has any. */
export async function latestChangeId(db: Db, workspaceId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('status_changes')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}
