import type { ReadMail } from '@leadstatus/mail';
import type { Db } from '../../../platform/db/database.js';
import type { MatchBy } from '../../../platform/db/tables/inbound.js';
import { normalizedOrNull } from '../../../platform/email/email.js';
import {
  findMessage,
  findMessagesByRfc822Ids,
  type TrackedMessage,
  verifyToken,
} from '../../tracking/public.js';
import type { MailTarget } from './mail-events.js';

export interface MailMatch {
  target: MailTarget;
  by: MatchBy;
}

interface MatchScope {
  db: Db;
  workspaceId: string;
  /** `?campaign_id=`: only this campaign's enrollments match. */
  campaignId: string | undefined;
}

const targetOf = (message: TrackedMessage): MailTarget => ({
  enrollmentId: message.enrollmentId,
  campaignId: message.campaignId,
  leadId: message.leadId,
});

/** The first of `ids` (in order) that names a message this workspace sent, in the campaign asked for. */
async function byMessageIds(scope: MatchScope, ids: readonly string[]): Promise<TrackedMessage | undefined> {
  if (ids.length === 0) return undefined;
  const found = await findMessagesByRfc822Ids(scope.db, scope.workspaceId, ids);
  for (const id of ids) {
    const message = found.get(id);
    if (message && (scope.campaignId === undefined || message.campaignId === scope.campaignId))
      return message;
  }
  return undefined;
}

/** The message an `X-LeadStatus-Message` token names, when it is this workspace's. */
async function byToken(scope: MatchScope, tokens: readonly string[]): Promise<TrackedMessage | undefined> {
  for (const token of tokens) {
    const payload = await verifyToken(scope.db, token);
    if (payload?.kind !== 'm' || payload.workspaceId !== scope.workspaceId) continue;
    const message = await findMessage(scope.db, scope.workspaceId, payload.messageId);
    if (message && (scope.campaignId === undefined || message.campaignId === scope.campaignId))
      return message;
  }
  return undefined;
}

/**
 * The enrollment of the lead with this address: in the campaign asked for, else the one with the
 * latest event (sends are events: the one most recently sent to), then the newest.
 */
async function byAddress(scope: MatchScope, address: string | null): Promise<MailTarget | undefined> {
  const email = normalizedOrNull(address);
  if (email === null) return undefined;
  let query = scope.db
    .selectFrom('leads as l')
    .innerJoin('enrollments as e', (join) =>
      join.onRef('e.workspace_id', '=', 'l.workspace_id').onRef('e.lead_id', '=', 'l.id'),
    )
    .select(['e.id', 'e.campaign_id', 'e.lead_id'])
    .where('l.workspace_id', '=', scope.workspaceId)
    .where('l.email_normalized', '=', email)
    .orderBy('e.last_event_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(1);
  if (scope.campaignId !== undefined) query = query.where('e.campaign_id', '=', scope.campaignId);
  const row = await query.executeTakeFirst();
  return row && { enrollmentId: row.id, campaignId: row.campaign_id, leadId: row.lead_id };
}

/**
 * Finds the enrollment a mail belongs to (DESIGN.md, "Reading mail"), in this order: In-Reply-To,
 * then References (newest first), against the Message-IDs of messages sent through
 * `POST /v1/messages`; for bounces and complaints, the original's Message-ID and
 * X-LeadStatus-Message inside the report, then the failed (or complaining) recipient; then the
 * sender among the leads. Undefined when nothing matches: the mail is kept for triage.
 */
export async function matchMail(scope: MatchScope, mail: ReadMail): Promise<MailMatch | undefined> {
  const replyTo = await byMessageIds(scope, mail.inReplyTo);
  if (replyTo) return { target: targetOf(replyTo), by: 'in_reply_to' };
  const referenced = await byMessageIds(scope, [...mail.references].reverse());
  if (referenced) return { target: targetOf(referenced), by: 'references' };

  if (mail.kind === 'bounce' || mail.kind === 'complaint') {
    const original =
      (await byMessageIds(scope, mail.original.messageIds)) ??
      (await byToken(scope, mail.original.leadStatusMessages));
    if (original) return { target: targetOf(original), by: 'original_message' };
    const recipients = [
      mail.bounce?.recipient ?? mail.complaint?.recipient ?? null,
      ...mail.original.recipients,
    ];
    for (const recipient of recipients) {
      const target = await byAddress(scope, recipient);
      if (target) return { target, by: 'recipient' };
    }
    // A report comes from a mail server, never from the lead: its sender names nobody.
    return undefined;
  }
  const sender = await byAddress(scope, mail.from.address);
  return sender && { target: sender, by: 'sender' };
}
