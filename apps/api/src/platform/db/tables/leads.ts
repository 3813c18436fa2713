export interface LeadsTable {
  workspace_id: string;
  id: string;
  /** As given by the user, for display. */
  email: string;
  /** Lower-cased and trimmed: uniqueness and look-ups use this. */
  email_normalized: string;
  /** The part after the @, for DNC domain rules. */
  email_domain: string;
  first_name: string | null;
  last_name: string | null;
  company: string | null;
  /** JSON object of string, number or boolean values. */
  custom_fields: string;
  created_at: number;
  updated_at: number;
}
