import type { StatusReason } from './reasons.js';

/** The event types the service accepts from senders, trackers and integrations. */
export const EVENT_TYPES = [
  'sent',
  'opened',
  'clicked',
  'replied',
  'bounced',
  'rejected',
  'blocked',
  'unsubscribed',
  'complained',
  'sequence_completed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The event types recorded for a manual action (pause and resume by a person). */
export const MANUAL_EVENT_TYPES = ['paused', 'resumed'] as const;
export type ManualEventType = (typeof MANUAL_EVENT_TYPES)[number];

export type AnyEventType = EventType | ManualEventType;

/** Every event type core understands: the accepted ones, then the manual ones. */
export const ANY_EVENT_TYPES: readonly AnyEventType[] = [...EVENT_TYPES, ...MANUAL_EVENT_TYPES];

/** The kinds of bounce: a hard bounce is final, soft bounces count towards a streak. */
export const BOUNCE_TYPES = ['hard', 'soft'] as const;
export type BounceType = (typeof BOUNCE_TYPES)[number];

/** Something that happened to an enrollment. */
export interface LeadEvent {
  type: AnyEventType;
  /** RFC 3339 string (with an offset), epoch milliseconds, or a Date. Numbers are the fast path. */
  occurred_at: string | number | Date;
  /** External id: the same id twice is the same event, applied once. */
  id?: string;
  /** Arrival order: breaks ties in `occurred_at` (numbers numerically, strings by code unit). */
  seq?: number | string;
  /** For `bounced`; `'hard'` when absent. */
  bounce_type?: BounceType;
  /** For `replied`: an out-of-office or autoresponder, counted apart and changing no status. */
  auto_reply?: boolean;
  /** For `opened` and `clicked`: made by a scanner or privacy proxy, not by the lead. */
  machine?: boolean;
  /**
   * For `blocked` (`dnc_rule` by default, or `opted_out`), `unsubscribed` (`link` by default, or
   * `one_click`, `reply`, `dnc_list`, `complaint`, `manual`) and `paused` (`manual` by default, or
   * `out_of_office`, `company_replied`). A reason that does not fit the type is ignored.
   */
  reason?: StatusReason;
  /**
   * For `paused` with reason `out_of_office`: when the hold ends (epoch ms). For a `resumed` event,
   * reason `out_of_office` marks the automatic end of such a hold: it resumes nothing else.
   */
  until?: number;
  /**
   * For `unsubscribed` and `complained`: fanned out from an opt-out in another enrollment of the lead.
   * It changes the status as any opt-out does, but did not contact the lead (see isContactEvent).
   */
  propagated?: boolean;
}

/** True when `value` is an event type the service accepts (manual ones excluded). */
export function isEventType(value: unknown): value is EventType {
  return (EVENT_TYPES as readonly unknown[]).includes(value);
}

/** True when `value` is `paused` or `resumed`. */
export function isManualEventType(value: unknown): value is ManualEventType {
  return (MANUAL_EVENT_TYPES as readonly unknown[]).includes(value);
}

/** True when `value` is any event type core understands. */
export function isAnyEventType(value: unknown): value is AnyEventType {
  return isEventType(value) || isManualEventType(value);
}

/** True when `value` is `hard` or `soft`. */
export function isBounceType(value: unknown): value is BounceType {
  return (BOUNCE_TYPES as readonly unknown[]).includes(value);
}
