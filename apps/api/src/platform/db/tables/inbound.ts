import type { BounceKind, InboundKind } from '@leadstatus/mail';

/** How an inbound message was matched to its enrollment (API.md, "Inbound mail"). */
export type MatchBy = 'in_reply_to' | 'references' | 'original_message' | 'recipient' | 'sender' | 'manual';

/** A message received (`POST /v1/inbound/messages` or an ESP's inbound route), classified and matched. */
export interface InboundMessagesTable {
  workspace_id: string;
  /** `inb_<ulid>`. */
  id: string;
  /** The `Message-ID`, or `sha256:<hex>` of the bytes when it has none: the same mail twice is one. */
  dedupe_key: string;
  rfc822_message_id: string | null;
  kind: InboundKind;
  from_email: string;
  from_name: string | null;
  subject: string;
  /** The `Date` header (epoch ms), when readable. */
  sent_at: number | null;
  /** The new text: quoted history and signature removed. */
  snippet: string;
  /** JSON (InboundDetails): the headers that matter and the rules that decided. */
  details: string;
  bounce_type: BounceKind | null;
  bounce_status: string | null;
  bounce_recipient: string | null;
  bounce_diagnostic: string | null;
  /** `YYYY-MM-DD` as the message gives it. */
  out_of_office_until: string | null;
  lead_id: string | null;
  campaign_id: string | null;
  /** Null while unmatched. */
  enrollment_id: string | null;
  match_by: MatchBy | null;
  /** The event recorded for it; null when unmatched or when it changes nothing (a delayed DSN). */
  event_id: string | null;
  /** `api` or an ESP (`ses`, `sendgrid`, `mailgun`, `postmark`). */
  source: string;
  received_at: number;
  updated_at: number;
}
