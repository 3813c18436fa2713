import { recountCounters } from '../../src/engine/recount.js';
import type { DatabaseHandle } from '../../src/platform/db/open-database.js';

/** How many counter and daily rollup cells a recount from the stored events had to correct. */
export async function countersCorrectedByRecount(
  database: DatabaseHandle,
  workspaceId: string,
): Promise<number> {
  return (await recountCounters(database, { workspaceId })).corrected;
}

/** Stored events of the workspace whose external id starts with `prefix`, by external id. */
export async function storedExternalIds(
  database: DatabaseHandle,
  workspaceId: string,
  prefix: string,
): Promise<Map<string, number>> {
  const rows = await database.db
    .selectFrom('events')
    .select('external_id')
    .where('workspace_id', '=', workspaceId)
    .where('external_id', 'like', `${prefix}%`)
    .execute();
  const counts = new Map<string, number>();
  for (const r of rows) if (r.external_id) counts.set(r.external_id, (counts.get(r.external_id) ?? 0) + 1);
  return counts;
}
