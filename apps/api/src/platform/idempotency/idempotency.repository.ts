import type { IdempotencyKeysTable } from '../db/tables/idempotency.js';
import { inTransaction } from '../db/transaction.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { writeCommand } from '../db/write-command.js';
import type { Writer } from '../db/writer.js';
import type { Subject } from './record-subjects.js';
import { deleteRecords, insertSubjects, subjectsExist } from './subjects.repository.js';

export type Claim =
  | { kind: 'claimed' }
  | {
      kind: 'existing';
      row: Pick<IdempotencyKeysTable, 'request_hash' | 'state' | 'response_status' | 'response_body'>;
    };

/**
 * Claims a key with one atomic insert: of two concurrent requests with the same key exactly one
 * inserts, the other sees its row. The subjects the key and request name are written with the claim,
 * so an erasure that runs while the request does already finds its record. An expired row is removed
 * and the claim tried again.
 */
export function claimKey(writer: Writer, input: ClaimInput): Promise<Claim> {
  return writer.run(claimKeyCommand, input);
}

export interface ClaimInput {
  workspaceId: string;
  key: string;
  requestHash: string;
  now: number;
  ttlMs: number;
  subjects: readonly Subject[];
}

export const claimKeyCommand = writeCommand(
  import.meta.url,
  'claimKeyCommand',
  async ({ db }, input: ClaimInput): Promise<Claim> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await inTransaction(db, async (trx) => {
          await trx
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
          await insertSubjects(trx, input.workspaceId, input.key, input.subjects);
        });
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
      await inTransaction(db, async (trx) => {
        const expired = await trx
          .deleteFrom('idempotency_keys')
          .where('workspace_id', '=', input.workspaceId)
          .where('idempotency_key', '=', input.key)
          .where('expires_at', '<=', input.now)
          .executeTakeFirst();
        if (expired.numDeletedRows > 0n) await deleteRecords(trx, input.workspaceId, [input.key]);
      });
    }
    throw new Error(`could not claim idempotency key ${input.key}`);
  },
);

export type Completion = 'stored' | 'dropped';

/**
 * Stores a request's answer with the subjects it names beyond those of the claim. When the answer
 * names a lead or enrollment that no longer exists (erased while the request ran), or the record
 * itself is gone (erased), nothing is stored and the key is free again: a retry runs anew.
 */
export function completeKey(writer: Writer, input: CompletionInput): Promise<Completion> {
  return writer.run(completeKeyCommand, input);
}

export interface CompletionInput {
  workspaceId: string;
  key: string;
  status: number;
  body: string;
  /** Subjects of the answer not already written with the claim. */
  newSubjects: readonly Subject[];
}

export const completeKeyCommand = writeCommand(
  import.meta.url,
  'completeKeyCommand',
  ({ db, dialect }, input: CompletionInput): Promise<Completion> =>
    inTransaction(db, async (trx) => {
      if (!(await subjectsExist(trx, dialect, input.workspaceId, input.newSubjects))) {
        await deleteRecords(trx, input.workspaceId, [input.key]);
        return 'dropped';
      }
      const updated = await trx
        .updateTable('idempotency_keys')
        .set({ state: 'done', response_status: input.status, response_body: input.body })
        .where('workspace_id', '=', input.workspaceId)
        .where('idempotency_key', '=', input.key)
        .where('state', '=', 'running')
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) return 'dropped';
      await insertSubjects(trx, input.workspaceId, input.key, input.newSubjects);
      return 'stored';
    }),
);

/** Forgets a key whose request failed on our side, so the client's retry runs it again. */
export function releaseKey(writer: Writer, workspaceId: string, key: string): Promise<void> {
  return writer.run(releaseKeyCommand, { workspaceId, key });
}

export const releaseKeyCommand = writeCommand(
  import.meta.url,
  'releaseKeyCommand',
  async ({ db }, { workspaceId, key }: { workspaceId: string; key: string }): Promise<void> => {
    await inTransaction(db, async (trx) => {
      const released = await trx
        .deleteFrom('idempotency_keys')
        .where('workspace_id', '=', workspaceId)
        .where('idempotency_key', '=', key)
        .where('state', '=', 'running')
        .executeTakeFirst();
      if (released.numDeletedRows > 0n) await deleteRecords(trx, workspaceId, [key]);
    });
  },
);

/**
 * Deletes up to `limit` of a workspace's expired records (with their subjects) in one short
 * transaction; the rows are chosen and locked first, so a key claimed again meanwhile is left alone.
 * Returns how many it deleted: the retention sweep calls it until that is below `limit`.
 */
export function deleteExpiredKeys(writer: Writer, input: ExpiredKeysBatch): Promise<number> {
  return writer.run(deleteExpiredKeysCommand, input);
}

export interface ExpiredKeysBatch {
  workspaceId: string;
  now: number;
  limit: number;
}

export const deleteExpiredKeysCommand = writeCommand(
  import.meta.url,
  'deleteExpiredKeysCommand',
  ({ db, dialect }, { workspaceId, now, limit }: ExpiredKeysBatch): Promise<number> =>
    inTransaction(db, async (trx) => {
      let query = trx
        .selectFrom('idempotency_keys')
        .select('idempotency_key')
        .where('workspace_id', '=', workspaceId)
        .where('expires_at', '<=', now)
        .limit(limit);
      if (dialect === 'mysql') query = query.forUpdate();
      const keys = (await query.execute()).map((r) => r.idempotency_key);
      await deleteRecords(trx, workspaceId, keys);
      return keys.length;
    }),
);
