/** What an inbound message is, in the order they are tested (DESIGN.md, "Reading mail"). */
export const INBOUND_KINDS = [
  'reply',
  'auto_reply',
  'out_of_office',
  'bounce',
  'complaint',
  'unsubscribe_request',
] as const;
export type InboundKind = (typeof INBOUND_KINDS)[number];

/** A bounce's effect: `hard` and `rejected` are final, `soft` counts towards a streak. */
export const BOUNCE_KINDS = ['hard', 'soft', 'rejected'] as const;
export type BounceKind = (typeof BOUNCE_KINDS)[number];

export interface BounceReport {
  type: BounceKind;
  /** The enhanced status code (RFC 3463), e.g. `5.1.1`; null when the message gives none. */
  status: string | null;
  /** The address that failed (`Final-Recipient`, else one named in the text), lower-cased. */
  recipient: string | null;
  /** The server's words (`Diagnostic-Code`, else the SMTP reply line), at most 500 characters. */
  diagnostic: string | null;
  /** `Action: delayed` (or a 4.x.x "still trying" notice): recorded, changes nothing. */
  delayed: boolean;
}

export interface ComplaintReport {
  /** ARF `Feedback-Type` (`abuse`, `fraud`, …), lower-cased; null when absent. */
  feedbackType: string | null;
  /** The complaining recipient (`Original-Rcpt-To`, else the original message's `To`), lower-cased. */
  recipient: string | null;
}

/** A calendar date as written in the message: no zone, no time. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The ids a report (bounce or complaint) carries of the message it is about. */
export interface OriginalMessage {
  /** `Message-ID`s of the original, as `<id@host>`. */
  messageIds: string[];
  /** Values of the original's `X-LeadStatus-Message` header. */
  leadStatusMessages: string[];
  /** Recipients named by the report (`Final-Recipient`, `Original-Recipient`, `Original-Rcpt-To`), lower-cased. */
  recipients: string[];
}

export interface ReadMail {
  /** The `Message-ID` as `<id@host>`; null when absent or malformed. */
  messageId: string | null;
  /** `In-Reply-To` ids, as `<id@host>`, in order. */
  inReplyTo: string[];
  /** `References` ids, newest last, as `<id@host>`. */
  references: string[];
  /** The sender: the `From` address, lower-cased, and its display name. */
  from: { address: string; name: string | null };
  /** `To` and `Cc` addresses, lower-cased. */
  to: string[];
  subject: string;
  /** The `Date` header in epoch ms; null when absent or unreadable. */
  date: number | null;
  kind: InboundKind;
  /** Non-null exactly when `kind` is `bounce`. */
  bounce: BounceReport | null;
  /** Non-null exactly when `kind` is `complaint`. */
  complaint: ComplaintReport | null;
  /** The return date an out-of-office gives, as written; null when none or not `out_of_office`. */
  outOfOfficeUntil: CalendarDate | null;
  /** For bounces and complaints: the ids of the message they report on. Empty lists otherwise. */
  original: OriginalMessage;
  /** The new text of a reply: quoted history and signature removed, whitespace collapsed, at most 500 characters. */
  snippet: string;
  /** Names of the rules that decided (`dsn`, `auto-submitted-header`, …), for triage and tests. */
  evidence: string[];
}

export interface ReadMailOptions {
  /** The workspace's reporting zone (IANA): relative dates ("next Monday") are read in it. */
  timeZone: string;
  /** Epoch ms of reception: the reference for relative dates and for a year left out. */
  now: number;
}

/** Why a body is refused: 400 to the caller. */
export interface NotAMessage {
  error: 'not_a_message';
  detail: string;
}
