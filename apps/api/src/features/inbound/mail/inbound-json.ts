import type { z } from '@hono/zod-openapi';
import type { InboundMessagesTable } from '../../../platform/db/tables/inbound.js';
import { toIso, toIsoOrNull } from '../../../platform/time.js';
import type { MailEnrollment, RecordedMail } from './inbound-messages.repository.js';
import type { InboundMessageSchema, ReceivedMailSchema } from './schemas.js';

/** The JSON of `details` (receive-mail.ts writes it); a field it lacks reads as empty. */
interface StoredDetails {
  to?: string[];
  in_reply_to?: string[];
  references?: string[];
  evidence?: string[];
}

function detailsOf(row: InboundMessagesTable): StoredDetails {
  try {
    return JSON.parse(row.details) as StoredDetails;
  } catch {
    return {};
  }
}

function enrollmentJson(enrollment: MailEnrollment | null) {
  return (
    enrollment && {
      id: enrollment.id,
      status: enrollment.status,
      status_reason: enrollment.status_reason,
      paused_until: toIsoOrNull(enrollment.paused_until),
    }
  );
}

/** The fields every answer about a mail has (API.md, "Inbound mail"). */
function mailJson(row: InboundMessagesTable, enrollment: MailEnrollment | null) {
  return {
    id: row.id,
    kind: row.kind,
    bounce:
      row.kind === 'bounce' && row.bounce_type
        ? {
            type: row.bounce_type,
            status: row.bounce_status,
            recipient: row.bounce_recipient,
            diagnostic: row.bounce_diagnostic,
          }
        : null,
    out_of_office_until: row.kind === 'out_of_office' ? row.out_of_office_until : null,
    match:
      row.enrollment_id && row.lead_id && row.campaign_id && row.match_by
        ? {
            lead_id: row.lead_id,
            campaign_id: row.campaign_id,
            enrollment_id: row.enrollment_id,
            by: row.match_by,
          }
        : null,
    event_id: row.event_id,
    enrollment: enrollmentJson(enrollment),
  };
}

/** The answer of `POST /v1/inbound/messages` (and of a hand match). */
export function receivedMailJson(recorded: RecordedMail): z.input<typeof ReceivedMailSchema> {
  return { ...mailJson(recorded.row, recorded.enrollment), duplicate: recorded.duplicate };
}

/** A mail as the triage list and `GET /v1/inbound/messages/{id}` show it. */
export function inboundMessageJson(
  row: InboundMessagesTable,
  enrollment: MailEnrollment | null,
): z.input<typeof InboundMessageSchema> {
  const details = detailsOf(row);
  return {
    ...mailJson(row, enrollment),
    rfc822_message_id: row.rfc822_message_id,
    from: { email: row.from_email, name: row.from_name },
    to: details.to ?? [],
    subject: row.subject,
    sent_at: toIsoOrNull(row.sent_at),
    received_at: toIso(row.received_at),
    in_reply_to: details.in_reply_to ?? [],
    references: details.references ?? [],
    snippet: row.snippet,
    evidence: details.evidence ?? [],
    source: row.source,
  };
}
