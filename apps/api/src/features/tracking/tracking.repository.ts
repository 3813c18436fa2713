import { ulid } from 'ulid';
import type { DbOrTrx } from '../../platform/db/database.js';
import type { TrackingClicksTable, TrackingMessagesTable } from '../../platform/db/tables/tracking.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';

export interface TrackedMessage {
  id: string;
  enrollmentId: string;
  campaignId: string;
  leadId: string;
  leadEmail: string;
  step: number;
  sentAt: number;
  /** The exact URLs the tracked links redirect to, by link index. */
  links: string[];
  /** The mail's `Message-ID` (`<id@host>`), given by the sender or made for it. */
  rfc822MessageId: string | null;
}

function toMessage(row: TrackingMessagesTable): TrackedMessage {
  let links: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.links);
    if (Array.isArray(parsed)) links = parsed.filter((l): l is string => typeof l === 'string');
  } catch {
    links = [];
  }
  return {
    id: row.id,
    enrollmentId: row.enrollment_id,
    campaignId: row.campaign_id,
    leadId: row.lead_id,
    leadEmail: row.lead_email,
    step: row.step,
    sentAt: row.sent_at,
    links,
    rfc822MessageId: row.rfc822_message_id,
  };
}

/**
 * Stores a message once and answers the stored one: a retry of the same message (same event id)
 * keeps the first row, whose links are the ones signed.
 */
export function insertMessage(
  writer: Writer,
  workspaceId: string,
  message: TrackedMessage,
  now: number,
): Promise<TrackedMessage> {
  return writer.run(insertMessageCommand, { workspaceId, message, now });
}

export const insertMessageCommand = writeCommand(
  import.meta.url,
  'insertMessageCommand',
  async (
    { db },
    { workspaceId, message, now }: { workspaceId: string; message: TrackedMessage; now: number },
  ): Promise<TrackedMessage> => {
    try {
      await db
        .insertInto('tracking_messages')
        .values({
          workspace_id: workspaceId,
          id: message.id,
          enrollment_id: message.enrollmentId,
          campaign_id: message.campaignId,
          lead_id: message.leadId,
          lead_email: message.leadEmail,
          step: message.step,
          sent_at: message.sentAt,
          links: JSON.stringify(message.links),
          rfc822_message_id: message.rfc822MessageId,
          created_at: now,
        })
        .execute();
      return message;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another request stored the same message first.
      return (await findMessage(db, workspaceId, message.id)) ?? message;
    }
  },
);

export async function findMessage(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<TrackedMessage | undefined> {
  const row = await db
    .selectFrom('tracking_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toMessage(row);
}

export async function findMessages(
  db: DbOrTrx,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, TrackedMessage>> {
  const found = new Map<string, TrackedMessage>();
  if (ids.length === 0) return found;
  const rows = await db
    .selectFrom('tracking_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  for (const row of rows) found.set(row.id, toMessage(row));
  return found;
}

/**
 * The messages sent with these `Message-ID`s (a reply's In-Reply-To and References, a bounce's copy of
 * the original), by id; the latest one when a sender reused an id.
 */
export async function findMessagesByRfc822Ids(
  db: DbOrTrx,
  workspaceId: string,
  rfc822Ids: readonly string[],
): Promise<Map<string, TrackedMessage>> {
  const found = new Map<string, TrackedMessage>();
  if (rfc822Ids.length === 0) return found;
  const rows = await db
    .selectFrom('tracking_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('rfc822_message_id', 'in', [...new Set(rfc822Ids)])
    .orderBy('sent_at')
    .execute();
  for (const row of rows) if (row.rfc822_message_id) found.set(row.rfc822_message_id, toMessage(row));
  return found;
}

/** The latest message sent to an address at or before `before` (for ESP events that name no message). */
export async function findLatestMessageTo(
  db: DbOrTrx,
  workspaceId: string,
  emailNormalized: string,
  before: number,
): Promise<TrackedMessage | undefined> {
  const row = await db
    .selectFrom('tracking_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('lead_email', '=', emailNormalized)
    .where('sent_at', '<=', before)
    .orderBy('sent_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toMessage(row);
}

export interface PendingClick {
  id: string;
  messageId: string;
  enrollmentId: string;
  /** -1: the honeypot. */
  linkIndex: number;
  occurredAt: number;
  userAgent: string | null;
  method: string;
}

/** Keeps a click until its verdict; returns its id. */
export function insertClick(
  writer: Writer,
  workspaceId: string,
  click: Omit<PendingClick, 'id'>,
  now: number,
): Promise<string> {
  return writer.run(insertClickCommand, { workspaceId, click, now });
}

export const insertClickCommand = writeCommand(
  import.meta.url,
  'insertClickCommand',
  async (
    { db },
    { workspaceId, click, now }: { workspaceId: string; click: Omit<PendingClick, 'id'>; now: number },
  ): Promise<string> => {
    const id = `clk_${ulid(now)}`;
    const row: TrackingClicksTable = {
      workspace_id: workspaceId,
      id,
      message_id: click.messageId,
      enrollment_id: click.enrollmentId,
      link_index: click.linkIndex,
      occurred_at: click.occurredAt,
      user_agent: click.userAgent,
      method: click.method,
      settled: 0,
      created_at: now,
    };
    await db.insertInto('tracking_clicks').values(row).execute();
    return id;
  },
);

function toClick(row: TrackingClicksTable): PendingClick {
  return {
    id: row.id,
    messageId: row.message_id,
    enrollmentId: row.enrollment_id,
    linkIndex: row.link_index,
    occurredAt: row.occurred_at,
    userAgent: row.user_agent,
    method: row.method,
  };
}

/** Unsettled clicks that happened at or before `until`, oldest first, and how many newer ones wait. */
export async function findSettleableClicks(
  db: DbOrTrx,
  workspaceId: string,
  until: number,
  limit: number,
): Promise<{ ready: PendingClick[]; waiting: number }> {
  const rows = await db
    .selectFrom('tracking_clicks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('settled', '=', 0)
    .orderBy('occurred_at')
    .limit(limit + 1)
    .execute();
  const ready = rows.filter((r) => r.occurred_at <= until).slice(0, limit);
  return { ready: ready.map(toClick), waiting: rows.length - ready.length };
}

/** Every click (settled or not) of these enrollments between two times: the neighbours of a verdict. */
export async function findClicksAround(
  db: DbOrTrx,
  workspaceId: string,
  enrollmentIds: readonly string[],
  from: number,
  to: number,
): Promise<PendingClick[]> {
  if (enrollmentIds.length === 0) return [];
  const rows = await db
    .selectFrom('tracking_clicks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('enrollment_id', 'in', [...new Set(enrollmentIds)])
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<=', to)
    .execute();
  return rows.map(toClick);
}

export function markClicksSettled(
  writer: Writer,
  workspaceId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return Promise.resolve();
  return writer.run(markClicksSettledCommand, { workspaceId, ids: [...ids] });
}

export const markClicksSettledCommand = writeCommand(
  import.meta.url,
  'markClicksSettledCommand',
  async ({ db }, { workspaceId, ids }: { workspaceId: string; ids: string[] }): Promise<void> => {
    if (ids.length === 0) return;
    await db
      .updateTable('tracking_clicks')
      .set({ settled: 1 })
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
  },
);

/** Removes settled clicks older than `before`: once recorded as events, they only serve as neighbours for a moment. */
export function pruneSettledClicks(writer: Writer, workspaceId: string, before: number): Promise<void> {
  return writer.run(pruneSettledClicksCommand, { workspaceId, before });
}

export const pruneSettledClicksCommand = writeCommand(
  import.meta.url,
  'pruneSettledClicksCommand',
  async ({ db }, { workspaceId, before }: { workspaceId: string; before: number }): Promise<void> => {
    await db
      .deleteFrom('tracking_clicks')
      .where('workspace_id', '=', workspaceId)
      .where('settled', '=', 1)
      .where('occurred_at', '<', before)
      .execute();
  },
);
