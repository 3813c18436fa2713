/** A message a sending engine reported (`POST /v1/messages`); its id is the id of its `sent` event. */
export interface TrackingMessagesTable {
  workspace_id: string;
  /** `evt_…`: the message's `sent` event. */
  id: string;
  enrollment_id: string;
  campaign_id: string;
  lead_id: string;
  /** The lead's normalised e-mail when sent: ESP events that carry no message id are matched by it. */
  lead_email: string;
  step: number;
  sent_at: number;
  /** JSON array of the exact URLs the tracked links redirect to, by link index. */
  links: string;
  /** The mail's `Message-ID` (`<id@host>`): replies and bounces are matched to the message by it. */
  rfc822_message_id: string | null;
  created_at: number;
}

/** A click on a tracked link, kept until its machine verdict can see the clicks around it. */
export interface TrackingClicksTable {
  workspace_id: string;
  /** `clk_<ulid>`. */
  id: string;
  message_id: string;
  enrollment_id: string;
  /** Index in the message's links; -1 for the honeypot link. */
  link_index: number;
  occurred_at: number;
  user_agent: string | null;
  /** `GET` or `HEAD`. */
  method: string;
  /** 0 until the click is recorded as a `clicked` event, then 1. */
  settled: number;
  created_at: number;
}

/** A workspace's settings for one ESP's inbound webhooks (`ses`, `sendgrid`, `mailgun`, `postmark`). */
export interface InboundProvidersTable {
  workspace_id: string;
  provider: string;
  /** JSON: the provider's secret or public key and options; never returned in full. */
  config: string;
  /** JSON: what the service learned (e.g. an SES subscription waiting for confirmation). */
  state: string;
  created_at: number;
  updated_at: number;
}

/** A campaign's sequence settings beyond its steps. */
export interface SequenceSettingsTable {
  workspace_id: string;
  campaign_id: string;
  /** Hours after the last step is sent before the sequence counts as completed (no reply). */
  final_wait_hours: number;
  updated_at: number;
}

/**
 * An inbound webhook's signature token already accepted (Mailgun's `signature.token`), as a SHA-256:
 * the same token again while its signature is fresh is a replay. Deleted by the sweeper once expired.
 */
export interface InboundWebhookTokensTable {
  workspace_id: string;
  provider: string;
  token_hash: string;
  /** When the signature stops being fresh (epoch ms): the token can be forgotten after it. */
  expires_at: number;
}
