import type { DbOrTrx } from '../../platform/db/database.js';
import { problems } from '../../platform/http/problem.js';
import { isCampaignIdShape } from './schemas.js';

/** 404 unless the campaign exists in this workspace (another workspace's is "not found" too). */
export async function requireCampaign(db: DbOrTrx, workspaceId: string, campaignId: string): Promise<void> {
  // No query for what cannot be an id: MySQL refuses to compare non-ASCII text with the ASCII id column.
  if (!isCampaignIdShape(campaignId)) throw problems.notFound(`No campaign ${campaignId}.`);
  const row = await db
    .selectFrom('campaigns')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', campaignId)
    .executeTakeFirst();
  if (!row) throw problems.notFound(`No campaign ${campaignId}.`);
}
