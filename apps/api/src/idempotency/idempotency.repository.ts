import type { DbOrTrx } from '../db/database.js';
import type { IdempotencyKeysTable } from '../db/tables/idempotency.js';
import { isUniqueViolation } from '../db/unique-violation.js';

export type Claim =
  | { kind: 'claimed' }
  | {
      kind: 'existing';
      row: Pick<IdempotencyKeysTable, 'request_hash' | 'state' | 'response_status' | 'response_body'>;
    };

/**
 * Claims a key with one atomic insert: of two concurrent requests with the same key exactly one
 * inserts, the other sees its row. An expired row is removed and the claim tried again.
 */
export async function claimKey(
  db: DbOrTrx,
  input: { workspaceId: string; key: string; requestHash: string; now: number; ttlMs: number },
): Promise<Claim> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await db
        .insertInto('idempotency_keys')
        .values({
          workspace_id: input.workspaceId,
          idempotency_key: input.key,
          request_hash: input.requestHash,
          state: 'running',
          response_status: null,
          response_body: null,
          created_at: input.now,
          expires_at: input.now + input.ttlMs,
        })
        .execute();
      return { kind: 'claimed' };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const row = await db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'state', 'response_status', 'response_body', 'expires_at'])
      .where('workspace_id', '=', input.workspaceId)
      .where('idempotency_key', '=', input.key)
      .executeTakeFirst();
    if (row && row.expires_at > input.now) return { kind: 'existing', row };
    await db
      .deleteFrom('idempotency_keys')
      .where('workspace_id', '=', input.workspaceId)
      .where('idempotency_key', '=', input.key)
      .where('expires_at', '<=', input.now)
      .execute();
  }
  throw new Error(`could not claim idempotency key ${input.key}`);
}

export async function completeKey(
  db: DbOrTrx,
  input: { workspaceId: string; key: string; status: number; body: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ state: 'done', response_status: input.status, response_body: input.body })
    .where('workspace_id', '=', input.workspaceId)
    .where('idempotency_key', '=', input.key)
    .execute();
}

/** Forgets a key whose request failed on our side, so the client's retry runs it again. */
export async function releaseKey(db: DbOrTrx, workspaceId: string, key: string): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('workspace_id', '=', workspaceId)
    .where('idempotency_key', '=', key)
    .where('state', '=', 'running')
    .execute();
}

/** Removes a workspace's expired keys; called now and then so the table does not grow without bound. */
export async function sweepExpiredKeys(db: DbOrTrx, workspaceId: string, now: number): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('workspace_id', '=', workspaceId)
    .where('expires_at', '<=', now)
    .execute();
}
