import { encodeTime } from 'ulid';
import type { DbOrTrx } from '../../platform/db/database.js';
import type { WebhookSubscriptionsTable } from '../../platform/db/tables/webhooks.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import { newId } from '../../platform/ids.js';
import { lockWorkspace } from '../workspaces/public.js';
import { deleteDeliveries } from './erase-deliveries.js';
import type { WebhookEventType } from './payload.js';

export type SubscriptionRow = WebhookSubscriptionsTable;

/** Ids per `IN (...)` list when deleting a subscription's log. */
const CHUNK = 500;

/**
 * The smallest `chg_` id of this millisecond: every status change created at or after `ms` sorts
 * above it. Used as an outbox cursor ("nothing before this time").
 */
export function changeIdFloor(ms: number): string {
  return `chg_${encodeTime(Math.max(0, Math.floor(ms)), 10)}${'0'.repeat(16)}`;
}

export function eventTypesOf(row: SubscriptionRow): WebhookEventType[] {
  return JSON.parse(row.event_types) as WebhookEventType[];
}

export interface NewSubscription {
  workspaceId: string;
  url: string;
  eventTypes: WebhookEventType[];
  secret: string;
  now: number;
  /** Refused (null) when the workspace already has this many; no limit when absent. */
  maxSubscriptions?: number;
}

/** Subscribes an endpoint; null when the workspace is at `maxSubscriptions` already. */
export function insertSubscription(writer: Writer, input: NewSubscription): Promise<SubscriptionRow | null> {
  return writer.run(insertSubscriptionCommand, input);
}

export const insertSubscriptionCommand = writeCommand(
  import.meta.url,
  'insertSubscriptionCommand',
  ({ db, dialect }, input: NewSubscription): Promise<SubscriptionRow | null> =>
    inTransaction(db, async (trx) => {
      if (input.maxSubscriptions !== undefined) {
        // The workspace's row locked (MySQL; SQLite has one writer): two creations count one after the other.
        await lockWorkspace(trx, dialect, input.workspaceId);
        if ((await countSubscriptions(trx, input.workspaceId)) >= input.maxSubscriptions) return null;
      }
      const row: SubscriptionRow = {
        workspace_id: input.workspaceId,
        id: newId('whk', input.now),
        url: input.url,
        event_types: JSON.stringify(input.eventTypes),
        secret: input.secret,
        enabled: 1,
        disabled_reason: null,
        // Only changes from now on: a new endpoint does not receive the workspace's history.
        last_change_id: changeIdFloor(input.now),
        created_at: input.now,
        updated_at: input.now,
      };
      await trx.insertInto('webhook_subscriptions').values(row).execute();
      return row;
    }),
);

export async function countSubscriptions(db: DbOrTrx, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('webhook_subscriptions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findSubscription(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<SubscriptionRow | undefined> {
  return db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A page of a workspace's subscriptions, newest first, keyset on id. */
export async function listSubscriptions(
  db: DbOrTrx,
  workspaceId: string,
  page: { limit: number; beforeId?: string },
): Promise<SubscriptionRow[]> {
  let query = db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(page.limit);
  if (page.beforeId) query = query.where('id', '<', page.beforeId);
  return query.execute();
}

/**
 * Every enabled subscription of every workspace: the worker's list of what to follow. A global read
 * of a small table (one row per endpoint), like the api_keys lookup; everything after it is scoped
 * by workspace.
 */
export async function listEnabledSubscriptions(db: DbOrTrx): Promise<SubscriptionRow[]> {
  return db.selectFrom('webhook_subscriptions').selectAll().where('enabled', '=', 1).execute();
}

export interface SubscriptionPatch {
  url?: string;
  eventTypes?: WebhookEventType[];
  enabled?: boolean;
  now: number;
}

/**
 * Applies a patch to the subscription as it is when the write runs (the worker may have moved its
 * cursor since the caller read it); undefined when it is gone.
 */
export function updateSubscription(
  writer: Writer,
  input: { workspaceId: string; id: string; patch: SubscriptionPatch },
): Promise<SubscriptionRow | undefined> {
  return writer.run(updateSubscriptionCommand, input);
}

export const updateSubscriptionCommand = writeCommand(
  import.meta.url,
  'updateSubscriptionCommand',
  (
    { db, dialect },
    { workspaceId, id, patch }: { workspaceId: string; id: string; patch: SubscriptionPatch },
  ): Promise<SubscriptionRow | undefined> =>
    inTransaction(db, async (trx) => {
      let query = trx
        .selectFrom('webhook_subscriptions')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id);
      if (dialect === 'mysql') query = query.forUpdate();
      const current = await query.executeTakeFirst();
      if (!current) return undefined;
      const next: SubscriptionRow = { ...current, updated_at: patch.now };
      if (patch.url !== undefined) next.url = patch.url;
      if (patch.eventTypes !== undefined) next.event_types = JSON.stringify(patch.eventTypes);
      if (patch.enabled === false && current.enabled === 1) {
        next.enabled = 0;
        next.disabled_reason = 'manual';
      }
      if (patch.enabled === true && current.enabled === 0) {
        next.enabled = 1;
        next.disabled_reason = null;
        // Changes made while it was disabled are not sent: resume from now.
        const floor = changeIdFloor(patch.now);
        if (floor > current.last_change_id) next.last_change_id = floor;
      }
      await trx
        .updateTable('webhook_subscriptions')
        .set({
          url: next.url,
          event_types: next.event_types,
          enabled: next.enabled,
          disabled_reason: next.disabled_reason,
          last_change_id: next.last_change_id,
          updated_at: next.updated_at,
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', current.id)
        .execute();
      return next;
    }),
);

/** Moves the outbox cursor forward only: two workers racing never move it back. */
export function advanceCursor(
  writer: Writer,
  input: { workspaceId: string; id: string; cursor: string },
): Promise<void> {
  return writer.run(advanceCursorCommand, input);
}

export const advanceCursorCommand = writeCommand(
  import.meta.url,
  'advanceCursorCommand',
  async (
    { db },
    { workspaceId, id, cursor }: { workspaceId: string; id: string; cursor: string },
  ): Promise<void> => {
    await db
      .updateTable('webhook_subscriptions')
      .set({ last_change_id: cursor })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('last_change_id', '<', cursor)
      .execute();
  },
);

/** After a 410 Gone: the endpoint asked for no more deliveries (inside the attempt's transaction). */
export async function disableGone(db: DbOrTrx, workspaceId: string, id: string, now: number): Promise<void> {
  await db
    .updateTable('webhook_subscriptions')
    .set({ enabled: 0, disabled_reason: 'gone', updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/**
 * Deletes a subscription, then its deliveries and their attempts (explicitly: no cascades), a chunk
 * per write command so other writes get turns. False when there was no such subscription.
 */
export async function deleteSubscription(writer: Writer, workspaceId: string, id: string): Promise<boolean> {
  if (!(await writer.run(deleteSubscriptionCommand, { workspaceId, id }))) return false;
  for (;;) {
    if ((await writer.run(deleteSubscriptionLogCommand, { workspaceId, id })) === 0) return true;
  }
}

export const deleteSubscriptionCommand = writeCommand(
  import.meta.url,
  'deleteSubscriptionCommand',
  async ({ db }, { workspaceId, id }: { workspaceId: string; id: string }): Promise<boolean> => {
    const deleted = await db
      .deleteFrom('webhook_subscriptions')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return deleted.numDeletedRows > 0n;
  },
);

/** Deletes up to a chunk of a deleted subscription's deliveries, with their attempts; returns how many. */
export const deleteSubscriptionLogCommand = writeCommand(
  import.meta.url,
  'deleteSubscriptionLogCommand',
  ({ db }, { workspaceId, id }: { workspaceId: string; id: string }): Promise<number> =>
    inTransaction(db, async (trx) => {
      const ids = (
        await trx
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('subscription_id', '=', id)
          .limit(CHUNK)
          .execute()
      ).map((r) => r.id);
      await deleteDeliveries(trx, workspaceId, ids);
      return ids.length;
    }),
);
