import type { DbOrTrx } from '../../platform/db/database.js';

/** Read-only: the engine writes the counters (engine/counters.repository.ts). */
/** Every counter of some campaigns (or the whole workspace), summed over slots. */
export async function readCounters(
  db: DbOrTrx,
  workspaceId: string,
  campaignIds?: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  let query = db
    .selectFrom('campaign_counters')
    .select(['campaign_id', 'metric', (eb) => eb.fn.sum<number>('value').as('total')])
    .where('workspace_id', '=', workspaceId)
    .groupBy(['campaign_id', 'metric']);
  if (campaignIds) {
    if (campaignIds.length === 0) return new Map();
    query = query.where('campaign_id', 'in', campaignIds);
  }
  const result = new Map<string, Map<string, number>>();
  for (const row of await query.execute()) {
    const perCampaign = result.get(row.campaign_id) ?? new Map<string, number>();
    perCampaign.set(row.metric, Number(row.total));
    result.set(row.campaign_id, perCampaign);
  }
  return result;
}
