import type { AnyEventType, BounceType, StatusReason } from '@leadstatus/core';

/** Everything that happened to an enrollment. Statuses are derived from these rows. */
export interface EventsTable {
  workspace_id: string;
  /** `evt_<ulid>`: time-ordered, so it also records arrival order (ties in occurred_at). */
  id: string;
  enrollment_id: string;
  campaign_id: string;
  lead_id: string;
  type: AnyEventType;
  occurred_at: number;
  /** The caller's id for the event (idempotency): unique per workspace when present. */
  external_id: string | null;
  step: number | null;
  bounce_type: BounceType | null;
  /** 0 or 1. */
  auto_reply: number;
  /** 0 or 1. */
  machine: number;
  /** 0 or 1: an opt-out the engine fanned out from another enrollment of the lead (it contacted no one). */
  propagated: number;
  reason: StatusReason | null;
  /** For a `paused` event of an out-of-office hold: when the hold ends (epoch ms). */
  paused_until: number | null;
  user_agent: string | null;
  /** JSON object. */
  metadata: string;
  created_at: number;
}

/** Every change of an enrollment's displayed status: the timeline, the SSE stream and webhooks read it. */
export interface StatusChangesTable {
  workspace_id: string;
  /** `chg_<ulid>`: time-ordered, the stream's cursor. */
  id: string;
  enrollment_id: string;
  campaign_id: string;
  lead_id: string;
  from_status: string;
  to_status: string;
  reason: StatusReason | null;
  /** When an out-of-office hold ends, for a change to `paused` by one; else null. */
  paused_until: number | null;
  /** The event that caused it; null when a re-derivation (late event) caused it. */
  event_id: string | null;
  /** When it happened in the lead's history (the event's occurred_at). */
  changed_at: number;
  created_at: number;
}
