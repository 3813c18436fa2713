import { STATUSES, type Status } from '@leadstatus/core';
import { statusMetric } from '../../engine/counters.repository.js';
import type { DbOrTrx } from '../../platform/db/database.js';
import { readCounters } from '../analytics/public.js';

/**
 * How many rows an export of some campaigns and statuses will have, from the status counters (a
 * few rows per campaign, never a scan of enrollments): for a progress bar, so only as exact as the
 * counters. Undefined when they know of none.
 */
export async function expectedRows(
  db: DbOrTrx,
  workspaceId: string,
  filter: { campaignIds?: readonly string[] | undefined; statuses?: readonly Status[] | undefined },
): Promise<number | undefined> {
  const counters = await readCounters(db, workspaceId, filter.campaignIds);
  const metrics = (filter.statuses ?? STATUSES).map(statusMetric);
  let total = 0;
  for (const perCampaign of counters.values()) {
    for (const metric of metrics) total += perCampaign.get(metric) ?? 0;
  }
  return total > 0 ? total : undefined;
}
