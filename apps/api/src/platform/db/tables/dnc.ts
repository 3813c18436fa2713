/** Do-not-contact entries: an exact e-mail address or a whole domain. */
export interface DncEntriesTable {
  workspace_id: string;
  id: string;
  kind: 'email' | 'domain';
  /** Normalised: a lower-cased e-mail, or a lower-cased domain without the @. */
  value: string;
  /** Why it is there: `manual`, `unsubscribed`, `complaint`, ... */
  source: string;
  created_at: number;
}
