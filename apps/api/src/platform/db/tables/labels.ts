import type { LabelSentiment } from '@leadstatus/core';

/** A workspace's own outcome label (the built-in ones are in @leadstatus/core). */
export interface LabelsTable {
  workspace_id: string;
  key: string;
  name: string;
  sentiment: LabelSentiment;
  created_at: number;
  updated_at: number;
}

/** Every change of an enrollment's label: its history. */
export interface LabelChangesTable {
  workspace_id: string;
  /** `lch_<ulid>`. */
  id: string;
  enrollment_id: string;
  campaign_id: string;
  lead_id: string;
  from_label: string | null;
  to_label: string | null;
  source: 'api' | 'embed' | 'label_deleted';
  changed_at: number;
}
