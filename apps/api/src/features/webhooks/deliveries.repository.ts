import { sql } from 'kysely';
import type { DbOrTrx, DialectName } from '../../platform/db/database.js';
import type {
  WebhookAttemptsTable,
  WebhookDeliveriesTable,
  WebhookDeliveryStatus,
} from '../../platform/db/tables/webhooks.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import { disableGone } from './subscriptions.repository.js';

export type DeliveryRow = WebhookDeliveriesTable;
export type AttemptRow = WebhookAttemptsTable;

/**
 * Inserts deliveries, skipping any whose (subscription, change) already has one: two workers, or one
 * re-scanning its late-commit window, may offer the same change; the unique key keeps one.
 */
export async function insertDeliveries(
  db: DbOrTrx,
  dialect: DialectName,
  rows: DeliveryRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const insert = db.insertInto('webhook_deliveries').values(rows);
  if (dialect === 'mysql') {
    await insert.onDuplicateKeyUpdate({ id: sql`id` }).execute();
  } else {
    await insert
      .onConflict((oc) => oc.columns(['workspace_id', 'subscription_id', 'change_id']).doNothing())
      .execute();
  }
}

/** Queues deliveries made outside the outbox (the test event), skipping any that exist already. */
export function queueDeliveries(writer: Writer, rows: DeliveryRow[]): Promise<void> {
  return writer.run(queueDeliveriesCommand, rows);
}

export const queueDeliveriesCommand = writeCommand(
  import.meta.url,
  'queueDeliveriesCommand',
  ({ db, dialect }, rows: DeliveryRow[]): Promise<void> => insertDeliveries(db, dialect, rows),
);

/** Which of these changes already have a delivery for the subscription (a range read of the unique key). */
export async function changesWithDeliveries(
  db: DbOrTrx,
  workspaceId: string,
  subscriptionId: string,
  range: { first: string; last: string },
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select('change_id')
    .where('workspace_id', '=', workspaceId)
    .where('subscription_id', '=', subscriptionId)
    .where('change_id', '>=', range.first)
    .where('change_id', '<=', range.last)
    .execute();
  return new Set(rows.flatMap((r) => (r.change_id ? [r.change_id] : [])));
}

/** Deliveries of a subscription due by `now` and not claimed by a worker. */
export async function findDueDeliveries(
  db: DbOrTrx,
  workspaceId: string,
  subscriptionId: string,
  now: number,
  limit: number,
): Promise<DeliveryRow[]> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('subscription_id', '=', subscriptionId)
    .where('next_attempt_at', '<=', now)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
}

/**
 * Claims a delivery for one attempt: one UPDATE that succeeds for exactly one worker, whatever the
 * number of processes, because it matches only while the row is unclaimed and unchanged
 * (`attempt_count` as read). The claim lasts until `lockedUntil`, longer than an attempt can take.
 */
export function claimDelivery(
  writer: Writer,
  input: { row: DeliveryRow; now: number; lockedUntil: number },
): Promise<boolean> {
  return writer.run(claimDeliveryCommand, input);
}

export const claimDeliveryCommand = writeCommand(
  import.meta.url,
  'claimDeliveryCommand',
  async (
    { db },
    { row, now, lockedUntil }: { row: DeliveryRow; now: number; lockedUntil: number },
  ): Promise<boolean> => {
    const result = await db
      .updateTable('webhook_deliveries')
      .set({ locked_until: lockedUntil })
      .where('workspace_id', '=', row.workspace_id)
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .where('attempt_count', '=', row.attempt_count)
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
);

export interface AttemptOutcome {
  attempt: AttemptRow;
  status: WebhookDeliveryStatus;
  nextAttemptAt: number | null;
}

export interface RecordedAttempt {
  delivery: DeliveryRow;
  /** The claim the attempt was made under. */
  lockedUntil: number;
  outcome: AttemptOutcome;
  /** Set after a 410 Gone: the subscription to disable, and when. */
  disable: { subscriptionId: string; at: number } | null;
}

/**
 * Records an attempt and the delivery's new state (and disables a gone endpoint) in one transaction,
 * only while this worker's claim still holds. Returns false (and writes nothing) when the claim was lost.
 */
export function recordAttempt(writer: Writer, input: RecordedAttempt): Promise<boolean> {
  return writer.run(recordAttemptCommand, input);
}

export const recordAttemptCommand = writeCommand(
  import.meta.url,
  'recordAttemptCommand',
  ({ db }, { delivery: row, lockedUntil, outcome, disable }: RecordedAttempt): Promise<boolean> =>
    inTransaction(db, async (trx) => {
      const { attempt } = outcome;
      const updated = await trx
        .updateTable('webhook_deliveries')
        .set({
          status: outcome.status,
          attempt_count: row.attempt_count + 1,
          round_attempts: row.round_attempts + 1,
          next_attempt_at: outcome.nextAttemptAt,
          locked_until: null,
          last_status_code: attempt.status_code,
          last_error: attempt.error,
          delivered_at: outcome.status === 'delivered' ? attempt.attempted_at : row.delivered_at,
          updated_at: attempt.attempted_at,
        })
        .where('workspace_id', '=', row.workspace_id)
        .where('id', '=', row.id)
        .where('locked_until', '=', lockedUntil)
        .executeTakeFirst();
      if (updated.numUpdatedRows !== 1n) return false;
      await trx.insertInto('webhook_attempts').values(attempt).execute();
      if (disable) await disableGone(trx, row.workspace_id, disable.subscriptionId, disable.at);
      return true;
    }),
);

export async function findDelivery(
  db: DbOrTrx,
  workspaceId: string,
  subscriptionId: string,
  id: string,
): Promise<DeliveryRow | undefined> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('subscription_id', '=', subscriptionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A page of a subscription's delivery log, newest first, keyset on id. */
export async function listDeliveries(
  db: DbOrTrx,
  workspaceId: string,
  subscriptionId: string,
  page: { limit: number; beforeId?: string; status?: WebhookDeliveryStatus },
): Promise<DeliveryRow[]> {
  let query = db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('subscription_id', '=', subscriptionId)
    .orderBy('id', 'desc')
    .limit(page.limit);
  if (page.beforeId) query = query.where('id', '<', page.beforeId);
  if (page.status) query = query.where('status', '=', page.status);
  return query.execute();
}

/** The attempts of these deliveries, oldest first, in one query. */
export async function attemptsOf(
  db: DbOrTrx,
  workspaceId: string,
  deliveryIds: readonly string[],
): Promise<Map<string, AttemptRow[]>> {
  const byDelivery = new Map<string, AttemptRow[]>();
  if (deliveryIds.length === 0) return byDelivery;
  const rows = await db
    .selectFrom('webhook_attempts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('delivery_id', 'in', deliveryIds)
    .orderBy('delivery_id')
    .orderBy('attempt_number')
    .execute();
  for (const row of rows) {
    const list = byDelivery.get(row.delivery_id) ?? [];
    list.push(row);
    byDelivery.set(row.delivery_id, list);
  }
  return byDelivery;
}

/**
 * Queues a delivery to be sent again now, with a fresh round of retries (replay). Refused (false)
 * while a worker holds it for an attempt.
 */
export function requeueDelivery(
  writer: Writer,
  input: { workspaceId: string; subscriptionId: string; id: string; now: number },
): Promise<boolean> {
  return writer.run(requeueDeliveryCommand, input);
}

export const requeueDeliveryCommand = writeCommand(
  import.meta.url,
  'requeueDeliveryCommand',
  async (
    { db },
    {
      workspaceId,
      subscriptionId,
      id,
      now,
    }: { workspaceId: string; subscriptionId: string; id: string; now: number },
  ): Promise<boolean> => {
    const result = await db
      .updateTable('webhook_deliveries')
      .set({ status: 'pending', next_attempt_at: now, round_attempts: 0, updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('subscription_id', '=', subscriptionId)
      .where('id', '=', id)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
);
