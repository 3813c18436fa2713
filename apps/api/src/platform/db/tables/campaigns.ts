export interface CampaignsTable {
  workspace_id: string;
  id: string;
  name: string;
  created_at: number;
  updated_at: number;
}

/** One email of a campaign's sequence; `position` starts at 1. */
export interface CampaignStepsTable {
  workspace_id: string;
  campaign_id: string;
  position: number;
  subject: string;
  /** Hours after the previous step (or after enrollment, for step 1). */
  delay_hours: number;
}
