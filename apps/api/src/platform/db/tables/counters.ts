/**
 * Counters that analytics read instead of scanning enrollments, e.g. `status:engaged` or
 * `contacted`. Each counter is spread over a few slots (a random slot per increment, summed on
 * read) so a busy campaign's writers do not all queue on one InnoDB row lock.
 */
export interface CampaignCountersTable {
  workspace_id: string;
  campaign_id: string;
  metric: string;
  slot: number;
  value: number;
}
