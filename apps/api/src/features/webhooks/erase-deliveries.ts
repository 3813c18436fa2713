import type { DbOrTrx, DialectName } from '../../platform/db/database.js';

/** Ids per `IN (...)` list. */
const CHUNK = 500;

/**
 * Deletes the deliveries that carry these status changes, with their attempts (a receiver's answer
 * may echo the payload): their payloads name the lead being erased. Found through the change ids, not
 * by reading payloads; on MySQL by a locking read, so a delivery the outbox committed a moment ago is
 * seen (the outbox locks the changes it turns into deliveries, see outbox.ts).
 */
export async function deleteDeliveriesOfChanges(
  trx: DbOrTrx,
  dialect: DialectName,
  workspaceId: string,
  changeIds: readonly string[],
): Promise<void> {
  for (let i = 0; i < changeIds.length; i += CHUNK) {
    let query = trx
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('change_id', 'in', changeIds.slice(i, i + CHUNK));
    if (dialect === 'mysql') query = query.forUpdate();
    await deleteDeliveries(
      trx,
      workspaceId,
      (await query.execute()).map((r) => r.id),
    );
  }
}

/** Deletes these deliveries and their attempts (by key: the attempts first, they point at them). */
export async function deleteDeliveries(
  trx: DbOrTrx,
  workspaceId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .deleteFrom('webhook_attempts')
    .where('workspace_id', '=', workspaceId)
    .where('delivery_id', 'in', ids)
    .execute();
  await trx
    .deleteFrom('webhook_deliveries')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
}
