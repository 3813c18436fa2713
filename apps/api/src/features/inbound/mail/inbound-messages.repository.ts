import type { Status, StatusReason } from '@leadstatus/core';
import { inEngineTransaction } from '../../../engine/context.js';
import { recordEventsIn } from '../../../engine/record-events.js';
import type { RecordedEvent } from '../../../engine/recorded-event.js';
import type { DbOrTrx } from '../../../platform/db/database.js';
import type { InboundMessagesTable } from '../../../platform/db/tables/inbound.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { writeCommand } from '../../../platform/db/write-command.js';

/** An enrollment's status as the answer about a mail shows it. */
export interface MailEnrollment {
  id: string;
  status: Status;
  status_reason: StatusReason | null;
  paused_until: number | null;
}

/** What recording a mail did: its stored row (the first one, for a duplicate) and its enrollment now. */
export interface RecordedMail {
  duplicate: boolean;
  row: InboundMessagesTable;
  enrollment: MailEnrollment | null;
}

export async function findInboundMessage(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<InboundMessagesTable | undefined> {
  return db
    .selectFrom('inbound_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findInboundByDedupeKey(
  db: DbOrTrx,
  workspaceId: string,
  dedupeKey: string,
): Promise<InboundMessagesTable | undefined> {
  return db
    .selectFrom('inbound_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirst();
}

export async function findMailEnrollment(
  db: DbOrTrx,
  workspaceId: string,
  enrollmentId: string | null,
): Promise<MailEnrollment | null> {
  if (enrollmentId === null) return null;
  return (await findMailEnrollments(db, workspaceId, [enrollmentId])).get(enrollmentId) ?? null;
}

interface RecordMailInput {
  workspaceId: string;
  now: number;
  /** The mail as stored; `enrollment_id` set when it was matched. */
  row: InboundMessagesTable;
  /** Its events (mail-events.ts), for the matched enrollment; none for unmatched mail. */
  events: readonly RecordedEvent[];
  /**
   * A mail stored before, matched now by hand: its row is updated (only while still unmatched)
   * instead of inserted.
   */
  manual?: boolean;
}

/**
 * Stores a mail and records its events through the engine's door, in one transaction: a mail is
 * never kept without its effects, nor its effects without the mail. The same mail (by its dedupe
 * key) again is a duplicate and records nothing; so is a hand match of a mail matched meanwhile.
 */
export const recordMailCommand = writeCommand(
  import.meta.url,
  'recordMailCommand',
  (scope, input: RecordMailInput): Promise<RecordedMail> =>
    inEngineTransaction(
      scope,
      input,
      async (ctx) => {
        const { workspaceId } = input;
        let row = input.row;
        if (input.manual) {
          const updated = await ctx.trx
            .updateTable('inbound_messages')
            .set({
              lead_id: row.lead_id,
              campaign_id: row.campaign_id,
              enrollment_id: row.enrollment_id,
              match_by: row.match_by,
              updated_at: row.updated_at,
            })
            .where('workspace_id', '=', workspaceId)
            .where('id', '=', row.id)
            .where('enrollment_id', 'is', null)
            .executeTakeFirst();
          if (updated.numUpdatedRows === 0n) {
            const stored = (await findInboundMessage(ctx.trx, workspaceId, row.id)) as InboundMessagesTable;
            return {
              duplicate: true,
              row: stored,
              enrollment: await findMailEnrollment(ctx.trx, workspaceId, stored.enrollment_id),
            };
          }
        } else {
          const stored = await findInboundByDedupeKey(ctx.trx, workspaceId, row.dedupe_key);
          if (stored) {
            return {
              duplicate: true,
              row: stored,
              enrollment: await findMailEnrollment(ctx.trx, workspaceId, stored.enrollment_id),
            };
          }
          await ctx.trx.insertInto('inbound_messages').values(row).execute();
        }
        const [first] = await recordEventsIn(ctx, { workspaceId, source: 'inbound', events: input.events });
        if (first) {
          row = { ...row, event_id: first.eventId };
          await ctx.trx
            .updateTable('inbound_messages')
            .set({ event_id: first.eventId })
            .where('workspace_id', '=', workspaceId)
            .where('id', '=', row.id)
            .execute();
        }
        return {
          duplicate: false,
          row,
          enrollment: await findMailEnrollment(ctx.trx, workspaceId, row.enrollment_id),
        };
      },
      // The same mail stored by another transaction between our look-up and our insert: run again
      // and it is a duplicate.
      { isRetryable: isUniqueViolation },
    ),
);

export interface InboundListFilter {
  kind?: InboundMessagesTable['kind'] | undefined;
  matched?: boolean | undefined;
  campaignId?: string | undefined;
  limit: number;
  /** The id of the previous page's last mail (newest first, keyset by id). */
  afterId?: string | undefined;
}

/** A page of a workspace's mail, newest first, with one more row to tell whether there is another page. */
export async function listInboundMessages(
  db: DbOrTrx,
  workspaceId: string,
  filter: InboundListFilter,
): Promise<{ rows: InboundMessagesTable[]; hasMore: boolean }> {
  let query = db
    .selectFrom('inbound_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(filter.limit + 1);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.matched === true) query = query.where('enrollment_id', 'is not', null);
  if (filter.matched === false) query = query.where('enrollment_id', 'is', null);
  if (filter.campaignId !== undefined) query = query.where('campaign_id', '=', filter.campaignId);
  if (filter.afterId !== undefined) query = query.where('id', '<', filter.afterId);
  const rows = await query.execute();
  return { rows: rows.slice(0, filter.limit), hasMore: rows.length > filter.limit };
}

/** The enrollments of several mails at once, by id. */
export async function findMailEnrollments(
  db: DbOrTrx,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, MailEnrollment>> {
  const found = new Map<string, MailEnrollment>();
  if (ids.length === 0) return found;
  const rows = await db
    .selectFrom('enrollments')
    .select(['id', 'status', 'status_reason', 'paused_until'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  for (const row of rows) found.set(row.id, row);
  return found;
}

/**
 * Erasure (GDPR): the mail matched to the lead, sent from any of its addresses, or bouncing on one
 * of them, in the caller's transaction.
 */
export async function deleteLeadMail(
  trx: DbOrTrx,
  workspaceId: string,
  leadId: string,
  emails: readonly string[],
): Promise<void> {
  await trx
    .deleteFrom('inbound_messages')
    .where('workspace_id', '=', workspaceId)
    .where('lead_id', '=', leadId)
    .execute();
  if (emails.length === 0) return;
  await trx
    .deleteFrom('inbound_messages')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('from_email', 'in', emails), eb('bounce_recipient', 'in', emails)]))
    .execute();
}
