/**
 * Daily rollups the trends endpoint reads instead of scanning events: how many enrollments of a
 * campaign had at least one event of a kind (`metric`, e.g. `opened`) on a local `day` in `zone`.
 * Spread over slots like `campaign_counters` (a random slot per increment, summed on read).
 */
export interface CampaignDailyCountsTable {
  workspace_id: string;
  campaign_id: string;
  /** `UTC`, or the workspace's reporting zone as stored in its settings. */
  zone: string;
  /** Days since 1970-01-01 of the local calendar date in `zone`. */
  day: number;
  metric: string;
  slot: number;
  value: number;
}
