/** Idempotency keys (IETF draft): claimed by one atomic insert, kept at least 24 hours. */
export interface IdempotencyKeysTable {
  workspace_id: string;
  idempotency_key: string;
  /** SHA-256 of method, path and body: the same key with another request is a 422. */
  request_hash: string;
  state: 'running' | 'done';
  response_status: number | null;
  response_body: string | null;
  created_at: number;
  expires_at: number;
}

export type IdempotencySubjectKind = 'lead' | 'enrollment' | 'email';

/**
 * Whom an idempotency record is about: every lead id, enrollment id and normalised e-mail its key,
 * request or stored answer names, written with the record. Erasing a lead finds the records that hold
 * its data here (an index look-up) and deletes them whole.
 */
export interface IdempotencySubjectsTable {
  workspace_id: string;
  idempotency_key: string;
  kind: IdempotencySubjectKind;
  value: string;
}
