import type { StatusChangeRow } from './status-changes.repository.js';

/** Which status changes a stream sends: its campaigns (a query's or an embed token's) and statuses. */
export interface ChangeFilter {
  /** undefined: every campaign of the workspace; empty: none. */
  campaignIds: readonly string[] | undefined;
  /** undefined: every status. A change is sent when it leaves or enters one of them. */
  statuses: readonly string[] | undefined;
}

export const NO_FILTER: ChangeFilter = { campaignIds: undefined, statuses: undefined };

export function changeMatches(filter: ChangeFilter, row: StatusChangeRow): boolean {
  if (filter.campaignIds !== undefined && !filter.campaignIds.includes(row.campaign_id)) return false;
  if (filter.statuses === undefined) return true;
  return filter.statuses.includes(row.from_status) || filter.statuses.includes(row.to_status);
}
