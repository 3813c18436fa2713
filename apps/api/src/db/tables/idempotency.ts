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
