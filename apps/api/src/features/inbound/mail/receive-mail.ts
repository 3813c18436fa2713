import { createHash } from 'node:crypto';
import { type ReadMail, readMail } from '@leadstatus/mail';
import { findWorkspaceSettings } from '../../../engine/workspace-settings.repository.js';
import type { InboundMessagesTable } from '../../../platform/db/tables/inbound.js';
import { problems } from '../../../platform/http/problem.js';
import { newId } from '../../../platform/ids.js';
import type { Services } from '../../../platform/services/services.js';
import { eventTimeProblem } from '../../events/public.js';
import { calendarDateText } from './hold-until.js';
import {
  findInboundByDedupeKey,
  findMailEnrollment,
  type RecordedMail,
  recordMailCommand,
} from './inbound-messages.repository.js';
import { mailEvents, type ReadKind } from './mail-events.js';
import { type MailMatch, matchMail } from './match-mail.js';

/** Where a mail came in: the API, or an ESP's inbound route. */
export type MailSource = 'api' | 'ses' | 'sendgrid' | 'mailgun' | 'postmark';

export interface ReceiveOptions {
  source: MailSource;
  /** Only this campaign's enrollments match (`?campaign_id=`). */
  campaignId?: string | undefined;
}

/** The dedupe key of a mail: its Message-ID, or a hash of its bytes when it has none. */
export function dedupeKeyOf(mail: ReadMail, raw: Uint8Array): string {
  return mail.messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}

/** When a mail's events happened: its Date when the engine would take it, else now. */
function occurredAtOf(sentAt: number | null, now: number): number {
  const date = sentAt === null ? now : Math.min(sentAt, now);
  return eventTimeProblem(date, now) === null ? date : now;
}

/** The mail as stored; the match fields are filled when it is matched. */
function rowOf(
  workspaceId: string,
  mail: ReadMail,
  raw: Uint8Array,
  source: MailSource,
  now: number,
): InboundMessagesTable {
  return {
    workspace_id: workspaceId,
    id: newId('inb', now),
    dedupe_key: dedupeKeyOf(mail, raw),
    rfc822_message_id: mail.messageId,
    kind: mail.kind,
    from_email: mail.from.address.slice(0, 320),
    from_name: mail.from.name?.slice(0, 255) ?? null,
    subject: mail.subject.slice(0, 998),
    sent_at: mail.date,
    snippet: mail.snippet,
    details: JSON.stringify({
      to: mail.to.slice(0, 50),
      in_reply_to: mail.inReplyTo,
      references: mail.references.slice(-50),
      original: mail.original,
      complaint: mail.complaint,
      bounce_delayed: mail.bounce?.delayed ?? false,
      evidence: mail.evidence,
    }),
    bounce_type: mail.bounce?.type ?? null,
    bounce_status: mail.bounce?.status ?? null,
    bounce_recipient: mail.bounce?.recipient ?? null,
    bounce_diagnostic: mail.bounce?.diagnostic ?? null,
    out_of_office_until: mail.outOfOfficeUntil ? calendarDateText(mail.outOfOfficeUntil) : null,
    lead_id: null,
    campaign_id: null,
    enrollment_id: null,
    match_by: null,
    event_id: null,
    source,
    received_at: now,
    updated_at: now,
  };
}

/** The campaign settings that decide what an out-of-office does. */
async function campaignMailSettings(services: Services, workspaceId: string, campaignId: string) {
  const row = await services.db
    .selectFrom('campaigns')
    .select(['out_of_office', 'out_of_office_default_days'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', campaignId)
    .executeTakeFirst();
  return {
    outOfOffice: row?.out_of_office ?? 'pause',
    outOfOfficeDefaultDays: row?.out_of_office_default_days ?? 7,
  };
}

/** The workspace's reporting zone: mail is read, and out-of-office holds end, in it. */
export async function workspaceZone(services: Services, workspaceId: string): Promise<string> {
  return (await findWorkspaceSettings(services.db, workspaceId))?.timezone ?? 'UTC';
}

/** Records a read mail for the enrollment it matched (or unmatched, with no events). */
export async function recordReadMail(
  services: Services,
  workspaceId: string,
  mail: ReadKind,
  row: InboundMessagesTable,
  match: MailMatch | undefined,
  options: { zone: string; manual?: boolean },
): Promise<RecordedMail> {
  const now = services.clock.now();
  if (!match) return services.writer.run(recordMailCommand, { workspaceId, now, row, events: [] });
  const matched: InboundMessagesTable = {
    ...row,
    lead_id: match.target.leadId,
    campaign_id: match.target.campaignId,
    enrollment_id: match.target.enrollmentId,
    match_by: match.by,
    updated_at: now,
  };
  const events = mailEvents(mail, match.target, {
    inboundId: row.id,
    occurredAt: occurredAtOf(row.sent_at, row.received_at),
    zone: options.zone,
    campaign: await campaignMailSettings(services, workspaceId, match.target.campaignId),
    now,
  });
  return services.writer.run(recordMailCommand, {
    workspaceId,
    now,
    row: matched,
    events,
    ...(options.manual ? { manual: true } : {}),
  });
}

/** Reads a raw message in the workspace's zone; not a message is a 400 problem. */
async function readInZone(services: Services, raw: Uint8Array, zone: string): Promise<ReadMail> {
  const read = await readMail(raw, { timeZone: zone, now: services.clock.now() });
  if ('error' in read)
    throw problems.validation(`body: ${read.detail}`, [{ path: 'body', message: read.detail }]);
  return read;
}

/**
 * The path every inbound mail takes (the raw endpoint and each ESP's inbound route): read and
 * classify it, answer a mail seen before as a duplicate, match it to an enrollment, then store it
 * with its events in one transaction. Unmatched mail is kept for triage.
 */
export async function receiveMail(
  services: Services,
  workspaceId: string,
  raw: Uint8Array,
  options: ReceiveOptions,
): Promise<RecordedMail> {
  const zone = await workspaceZone(services, workspaceId);
  const mail = await readInZone(services, raw, zone);
  const row = rowOf(workspaceId, mail, raw, options.source, services.clock.now());
  const seen = await findInboundByDedupeKey(services.db, workspaceId, row.dedupe_key);
  if (seen) {
    return {
      duplicate: true,
      row: seen,
      enrollment: await findMailEnrollment(services.db, workspaceId, seen.enrollment_id),
    };
  }
  const match = await matchMail({ db: services.db, workspaceId, campaignId: options.campaignId }, mail);
  return recordReadMail(services, workspaceId, mail, row, match, { zone });
}
