import { encodeTime } from 'ulid';
import type { DbOrTrx } from '../db/database.js';
import type { WebhookSubscriptionsTable } from '../db/tables/webhooks.js';
import { newId } from '../ids.js';
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

export async function insertSubscription(
  db: DbOrTrx,
  workspaceId: string,
  input: { url: string; eventTypes: WebhookEventType[]; secret: string; now: number },
): Promise<SubscriptionRow> {
  const row: SubscriptionRow = {
    workspace_id: workspaceId,
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
  await db.insertInto('webhook_subscriptions').values(row).execute();
  return row;
}

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

export async function updateSubscription(
  db: DbOrTrx,
  workspaceId: string,
  current: SubscriptionRow,
  patch: { url?: string; eventTypes?: WebhookEventType[]; enabled?: boolean; now: number },
): Promise<SubscriptionRow> {
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
  await db
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
}

/** Moves the outbox cursor forward only: two workers racing never move it back. */
export async function advanceCursor(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  cursor: string,
): Promise<void> {
  await db
    .updateTable('webhook_subscriptions')
    .set({ last_change_id: cursor })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('last_change_id', '<', cursor)
    .execute();
}

/** After a 410 Gone: the endpoint asked for no more deliveries. */
export async function disableGone(db: DbOrTrx, workspaceId: string, id: string, now: number): Promise<void> {
  await db
    .updateTable('webhook_subscriptions')
    .set({ enabled: 0, disabled_reason: 'gone', updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Deletes a subscription, then its deliveries and their attempts (explicitly: no cascades). */
export async function deleteSubscription(db: DbOrTrx, workspaceId: string, id: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom('webhook_subscriptions')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (deleted.numDeletedRows === 0n) return false;
  for (;;) {
    const ids = (
      await db
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('subscription_id', '=', id)
        .limit(CHUNK)
        .execute()
    ).map((r) => r.id);
    if (ids.length === 0) break;
    await db
      .deleteFrom('webhook_attempts')
      .where('workspace_id', '=', workspaceId)
      .where('delivery_id', 'in', ids)
      .execute();
    await db
      .deleteFrom('webhook_deliveries')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
  }
  return true;
}
