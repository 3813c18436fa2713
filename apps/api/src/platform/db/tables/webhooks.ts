/** An outbound webhook endpoint of a workspace (DESIGN.md, Outbound webhooks). */
export interface WebhookSubscriptionsTable {
  workspace_id: string;
  /** `whk_<ulid>`. */
  id: string;
  url: string;
  /** JSON array of event types, e.g. `["lead.status_changed"]`. */
  event_types: string;
  /**
   * `whsec_<base64>`: kept as is because every delivery is signed with it (an HMAC key cannot be
   * stored hashed); it is shown to the user only once, at creation.
   */
  secret: string;
  /** 0 or 1. */
  enabled: number;
  /** Why it is disabled: `manual` (PATCH) or `gone` (the endpoint answered 410); null when enabled. */
  disabled_reason: 'manual' | 'gone' | null;
  /**
   * The outbox cursor: every status change of the workspace with an id up to this one has a delivery
   * (or was before the subscription). It trails "now" by the late-commit window, see outbox.ts.
   */
  last_change_id: string;
  created_at: number;
  updated_at: number;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One message to one endpoint; its id is the `webhook-id` header, the same on every attempt. */
export interface WebhookDeliveriesTable {
  workspace_id: string;
  /** `dlv_<ulid>`. */
  id: string;
  subscription_id: string;
  /** The status change it carries; null for a test event. Unique per subscription (idempotent enqueue). */
  change_id: string | null;
  event_type: string;
  /** The exact JSON body sent, frozen at creation so every attempt signs and sends the same bytes. */
  payload: string;
  status: WebhookDeliveryStatus;
  /** Attempts so far, for the log. */
  attempt_count: number;
  /** Attempts since it was (re)queued: the backoff schedule and the give-up decision use this. */
  round_attempts: number;
  /** When the next attempt is due; null unless pending. */
  next_attempt_at: number | null;
  /** A worker's claim: no other worker attempts it before this time. */
  locked_until: number | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: number | null;
  created_at: number;
  updated_at: number;
}

/** Every attempt of a delivery: what the endpoint answered, how long it took, or what went wrong. */
export interface WebhookAttemptsTable {
  workspace_id: string;
  delivery_id: string;
  /** 1, 2, …: with the delivery id, the primary key, so an attempt is recorded once. */
  attempt_number: number;
  attempted_at: number;
  /** The HTTP status, or null when no response came (refused target, connection error, timeout). */
  status_code: number | null;
  duration_ms: number;
  error: string | null;
  /** The first characters of the response body, for the partner's debugging. */
  response_body: string | null;
}
