import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import { newId } from '../../platform/ids.js';
import { changesWithDeliveries, type DeliveryRow, insertDeliveries } from './deliveries.repository.js';
import { statusChangedBody } from './payload.js';
import {
  advanceCursor,
  changeIdFloor,
  eventTypesOf,
  type SubscriptionRow,
} from './subscriptions.repository.js';

export interface OutboxOptions {
  /**
   * How long after its id was made a status change may still commit. Ids are made when the
   * transaction starts (`chg_<ulid>` of the request's clock), so with several writers a change can
   * become visible after one with a greater id; the cursor therefore trails "now" by this much and
   * each pass re-reads that window, the unique key dropping what already has a delivery.
   */
  lateCommitWindowMs: number;
  /** Ids per read. */
  pageSize: number;
  /**
   * Pages per read per pass, so one busy workspace cannot hold up the others. The late-commit re-read
   * covers up to pageSize × maxPages changes after the cursor per pass; beyond that the window still
   * slides forward with the horizon, so a very busy workspace gets a shorter effective window.
   */
  maxPages: number;
}

/** Where the outbox reads (status changes, what has a delivery) and how it writes. */
export interface OutboxDeps {
  db: Db;
  writer: Writer;
}

/**
 * Creates the deliveries of one subscription for the workspace's status changes after its cursor
 * (keyset on the status_changes primary key: `workspace_id = ? and id > ?`), then moves the cursor
 * forward, never past the late-commit horizon. Two reads, so a busy window never holds up new changes:
 * the changes after the newest one already delivered, then the window between the cursor and that one
 * again, for changes that committed late. Returns how many deliveries it created.
 */
export async function enqueueChanges(
  deps: OutboxDeps,
  subscription: SubscriptionRow,
  now: number,
  options: OutboxOptions,
): Promise<number> {
  const cursor = subscription.last_change_id;
  const latest = await latestChangeDelivered(deps.db, subscription);
  const newFrom = latest !== null && latest > cursor ? latest : cursor;
  const fresh = await enqueueRange(deps, subscription, now, options, newFrom, null);
  let settled = fresh.reached;
  let created = fresh.created;
  if (newFrom > cursor) {
    const late = await enqueueRange(deps, subscription, now, options, cursor, newFrom);
    settled = late.reached;
    created += late.created;
  }
  const horizon = changeIdFloor(now - options.lateCommitWindowMs);
  // Ids compare as strings (byte-wise on both dialects): the older of the two.
  const next = [settled, horizon].sort()[0] as string;
  if (next > cursor) {
    await advanceCursor(deps.writer, {
      workspaceId: subscription.workspace_id,
      id: subscription.id,
      cursor: next,
    });
  }
  return created;
}

async function latestChangeDelivered(db: Db, subscription: SubscriptionRow): Promise<string | null> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.max('change_id').as('latest'))
    .where('workspace_id', '=', subscription.workspace_id)
    .where('subscription_id', '=', subscription.id)
    .executeTakeFirst();
  return row?.latest ?? null;
}

/**
 * Creates the missing deliveries for the changes after `from` (up to `until`, or all), a page of ids at a
 * time, at most `maxPages`. Returns how far it read: `until` (or the last id) when it read everything.
 */
async function enqueueRange(
  { db, writer }: OutboxDeps,
  subscription: SubscriptionRow,
  now: number,
  options: OutboxOptions,
  from: string,
  until: string | null,
): Promise<{ created: number; reached: string }> {
  const { workspace_id: workspaceId } = subscription;
  const wanted = eventTypesOf(subscription).includes('lead.status_changed');
  let after = from;
  let created = 0;
  for (let page = 0; page < options.maxPages; page++) {
    let query = db
      .selectFrom('status_changes')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(options.pageSize);
    if (until !== null) query = query.where('id', '<=', until);
    const ids = (await query.execute()).map((r) => r.id);
    const first = ids[0];
    const last = ids[ids.length - 1];
    if (first === undefined || last === undefined) return { created, reached: until ?? after };
    if (wanted) {
      const existing = await changesWithDeliveries(db, workspaceId, subscription.id, { first, last });
      const missing = ids.filter((id) => !existing.has(id));
      if (missing.length > 0) {
        created += await writer.run(createDeliveriesCommand, { subscription, changeIds: missing, now });
      }
    }
    after = last;
    if (ids.length < options.pageSize) return { created, reached: until ?? after };
  }
  return { created, reached: after };
}

/**
 * Creates the deliveries of these changes in one transaction that locks the changes first (MySQL;
 * SQLite has one writer): an erasure deleting one of them either waits for the delivery to exist
 * and deletes it too, or has deleted the change and no delivery is made from it.
 */
export const createDeliveriesCommand = writeCommand(
  import.meta.url,
  'createDeliveriesCommand',
  (
    { db, dialect },
    { subscription, changeIds, now }: { subscription: SubscriptionRow; changeIds: string[]; now: number },
  ): Promise<number> =>
    inTransaction(db, async (trx) => {
      let query = trx
        .selectFrom('status_changes')
        .selectAll()
        .where('workspace_id', '=', subscription.workspace_id)
        .where('id', 'in', changeIds)
        .orderBy('id');
      if (dialect === 'mysql') query = query.forUpdate();
      const changes = await query.execute();
      const rows = changes.map((change): DeliveryRow => {
        const id = newId('dlv', now);
        return {
          workspace_id: subscription.workspace_id,
          id,
          subscription_id: subscription.id,
          change_id: change.id,
          event_type: 'lead.status_changed',
          payload: statusChangedBody(id, change),
          status: 'pending',
          attempt_count: 0,
          round_attempts: 0,
          next_attempt_at: now,
          locked_until: null,
          last_status_code: null,
          last_error: null,
          delivered_at: null,
          created_at: now,
          updated_at: now,
        };
      });
      await insertDeliveries(trx, dialect, rows);
      return rows.length;
    }),
);
