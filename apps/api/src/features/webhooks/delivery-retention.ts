import { inTransaction } from '../../platform/db/transaction.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import { deleteDeliveries } from './erase-deliveries.js';

/** One batch of a retention sweep: up to `limit` rows of a workspace older than `cutoff`. */
export interface RetentionBatch {
  workspaceId: string;
  cutoff: number;
  limit: number;
}

export function deleteOldAttempts(writer: Writer, batch: RetentionBatch): Promise<number> {
  return writer.run(deleteOldAttemptsCommand, batch);
}

/**
 * Deletes up to `limit` of a workspace's webhook attempts made before `cutoff`, by primary key, in
 * one short transaction (a write command: the sweep runs one per batch). Returns how many it deleted.
 */
export const deleteOldAttemptsCommand = writeCommand(
  import.meta.url,
  'deleteOldAttemptsCommand',
  ({ db, dialect }, { workspaceId, cutoff, limit }: RetentionBatch): Promise<number> =>
    inTransaction(db, async (trx) => {
      let query = trx
        .selectFrom('webhook_attempts')
        .select(['delivery_id', 'attempt_number'])
        .where('workspace_id', '=', workspaceId)
        .where('attempted_at', '<', cutoff)
        .limit(limit);
      if (dialect === 'mysql') query = query.forUpdate();
      const keys = await query.execute();
      if (keys.length === 0) return 0;
      // By primary key: the delivery ids give the index range, the pairs the exact rows (a row-value
      // list, not an OR of a thousand terms, which SQLite refuses as too deep).
      await trx
        .deleteFrom('webhook_attempts')
        .where('workspace_id', '=', workspaceId)
        .where('delivery_id', 'in', [...new Set(keys.map((k) => k.delivery_id))])
        .where((eb) =>
          eb(
            eb.refTuple('delivery_id', 'attempt_number'),
            'in',
            keys.map((k) => eb.tuple(k.delivery_id, k.attempt_number)),
          ),
        )
        .execute();
      return keys.length;
    }),
);

export function deleteFinishedDeliveries(writer: Writer, batch: RetentionBatch): Promise<number> {
  return writer.run(deleteFinishedDeliveriesCommand, batch);
}

/**
 * Deletes up to `limit` of a workspace's finished deliveries (delivered, or failed for good) last
 * touched before `cutoff`, with any attempts they still have, in one short transaction. Pending ones
 * stay whatever their age: they are still to be sent. Returns how many deliveries it deleted.
 */
export const deleteFinishedDeliveriesCommand = writeCommand(
  import.meta.url,
  'deleteFinishedDeliveriesCommand',
  ({ db, dialect }, { workspaceId, cutoff, limit }: RetentionBatch): Promise<number> =>
    inTransaction(db, async (trx) => {
      let query = trx
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('status', 'in', ['delivered', 'failed'])
        .where('updated_at', '<', cutoff)
        .limit(limit);
      if (dialect === 'mysql') query = query.forUpdate();
      const ids = (await query.execute()).map((r) => r.id);
      await deleteDeliveries(trx, workspaceId, ids);
      return ids.length;
    }),
);
