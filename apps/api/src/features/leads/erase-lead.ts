import { eraseLeadRecords, lockLeadRecords } from '../../engine/erase.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import { deleteRecords, keysAbout } from '../../platform/idempotency/subjects.repository.js';
import { deleteLeadMail } from '../inbound/public.js';
import { deleteDeliveriesOfChanges } from '../webhooks/public.js';

/**
 * GDPR erasure in one transaction: every row that holds the lead's data goes (its events, status
 * changes, the webhook deliveries carrying them and their attempts, tracked messages and clicks, the
 * mail it sent or that names it, the idempotency records naming it, enrollments, the lead), and each campaign's counters lose the
 * deleted enrollments. DNC entries stay: an address that opted out must stay blocked even after its
 * lead is gone (docs/deployment.md, "Data kept after erasure"). False when there is no such lead.
 */
export function eraseLead(writer: Writer, workspaceId: string, leadId: string): Promise<boolean> {
  return writer.run(eraseLeadCommand, { workspaceId, leadId });
}

export const eraseLeadCommand = writeCommand(
  import.meta.url,
  'eraseLeadCommand',
  ({ db, dialect }, { workspaceId, leadId }: { workspaceId: string; leadId: string }): Promise<boolean> =>
    inTransaction(db, async (trx) => {
      let leadQuery = trx
        .selectFrom('leads')
        .select('email_normalized')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', leadId);
      // The lead first, then the engine's records of it (engine/erase.ts): see lead-locks.ts.
      if (dialect === 'mysql') leadQuery = leadQuery.forUpdate();
      const lead = await leadQuery.executeTakeFirst();
      if (!lead) return false;
      const ctx = { trx, dialect, workspaceId };

      const records = await lockLeadRecords(ctx, leadId);
      const enrollmentIds = records.enrollments.map((e) => e.id);
      // Every address the lead was known by here: it may have changed since a message was sent.
      const emails = new Set([lead.email_normalized, ...records.enrollments.map((e) => e.lead_email)]);

      if (enrollmentIds.length > 0) {
        await deleteDeliveriesOfChanges(trx, dialect, workspaceId, records.statusChangeIds);
        const sentTo = await trx
          .selectFrom('tracking_messages')
          .select('lead_email')
          .distinct()
          .where('workspace_id', '=', workspaceId)
          .where('enrollment_id', 'in', enrollmentIds)
          .execute();
        for (const row of sentTo) emails.add(row.lead_email);
        // Tracked messages keep the address they were sent to, and clicks the user agent: both go.
        await trx
          .deleteFrom('tracking_clicks')
          .where('workspace_id', '=', workspaceId)
          .where('enrollment_id', 'in', enrollmentIds)
          .execute();
        await trx
          .deleteFrom('tracking_messages')
          .where('workspace_id', '=', workspaceId)
          .where('enrollment_id', 'in', enrollmentIds)
          .execute();
      }
      // Mail the lead sent, mail matched to it, and bounces naming its address go too.
      await deleteLeadMail(trx, workspaceId, leadId, [...emails]);
      // A stored answer replayed for its Idempotency-Key would hand the lead back: the whole record goes,
      // with the other leads a batch answer named (a retry of that key then runs anew).
      const keys = await keysAbout(trx, dialect, workspaceId, { leadId, enrollmentIds, emails: [...emails] });
      await deleteRecords(trx, workspaceId, keys);
      await eraseLeadRecords(ctx, records);
      await trx
        .deleteFrom('leads')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', leadId)
        .execute();
      return true;
    }),
);
