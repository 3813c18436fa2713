import type { AnyEventType, BounceType, StatusReason } from '@leadstatus/core';

/** An event resolved to its enrollment and validated, ready for the engine. */
export interface PendingEvent {
  enrollmentId: string;
  campaignId: string;
  leadId: string;
  type: AnyEventType;
  occurredAt: number;
  externalId: string | null;
  step: number | null;
  bounceType: BounceType | null;
  autoReply: boolean;
  machine: boolean;
  reason: StatusReason | null;
  userAgent: string | null;
  /** JSON object text. */
  metadata: string;
  /** Set on the unsubscribes the engine itself fans out to a lead's other enrollments. */
  propagated?: boolean;
}

/** What applying one event did to its enrollment. */
export interface AppliedEvent {
  eventId: string;
  enrollmentId: string;
  /** The enrollment's displayed status and reason after the whole batch. */
  status: string;
  statusReason: StatusReason | null;
}

export function pendingEvent(
  base: Pick<PendingEvent, 'enrollmentId' | 'campaignId' | 'leadId' | 'type' | 'occurredAt'> &
    Partial<PendingEvent>,
): PendingEvent {
  return {
    externalId: null,
    step: null,
    bounceType: null,
    autoReply: false,
    machine: false,
    reason: null,
    userAgent: null,
    metadata: '{}',
    ...base,
  };
}
