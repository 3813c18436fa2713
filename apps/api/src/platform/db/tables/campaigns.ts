import type { Generated } from 'kysely';

/** What a campaign does with an out-of-office reply. */
export const OUT_OF_OFFICE_ACTIONS = ['pause', 'ignore'] as const;
export type OutOfOfficeAction = (typeof OUT_OF_OFFICE_ACTIONS)[number];

export interface CampaignsTable {
  workspace_id: string;
  id: string;
  name: string;
  /** 0 or 1: a human reply pauses the campaign's other leads at the same company (`company_replied`). */
  stop_on_company_reply: Generated<number>;
  /** What an out-of-office reply does: `pause` until the return date, or `ignore`. */
  out_of_office: Generated<OutOfOfficeAction>;
  /** Days an out-of-office hold lasts when the reply gives no return date. */
  out_of_office_default_days: Generated<number>;
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
