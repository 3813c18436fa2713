import type { AnyEventType, BounceType, Status, StatusReason } from '@leadstatus/core';

/**
 * Who asked the engine to record: every writer names itself, so a command read on its own (in a log,
 * or on the writer thread of step 3) says where it came from.
 */
export const EVENT_SOURCES = [
  'http',
  'tracking',
  'inbound',
  'sweeper',
  'enrollment',
  'pause',
  'resume',
  'dnc',
  'opt_out',
  'demo',
] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** JSON values only, so an event (and a command holding it) survives structured cloning. */
export type EventMetadata = Readonly<Record<string, unknown>>;

/** An event resolved to its enrollment and validated, ready for the engine. Times are epoch ms. */
export interface RecordedEvent {
  enrollmentId: string;
  campaignId: string;
  leadId: string;
  type: AnyEventType;
  occurredAt: number;
  /** The sender's id for the event: a second event with it is a duplicate, not applied again. */
  externalId: string | null;
  step: number | null;
  bounceType: BounceType | null;
  autoReply: boolean;
  machine: boolean;
  reason: StatusReason | null;
  /** For a `paused` event of an out-of-office hold: when it ends (epoch ms). */
  pausedUntil: number | null;
  userAgent: string | null;
  metadata: EventMetadata;
  /** Set on the unsubscribes the engine itself fans out to a lead's other enrollments. */
  propagated?: boolean;
}

/** The named, serialisable command the door executes: plain data only. */
export interface RecordEventsCommand {
  workspaceId: string;
  source: EventSource;
  events: readonly RecordedEvent[];
}

/** An enrollment's displayed status, as the answers of the API show it. */
export interface EnrollmentStatus {
  id: string;
  status: Status;
  status_reason: StatusReason | null;
}

/**
 * What recording one event did. `duplicate`: its external id was stored before (or earlier in the
 * batch); `eventId` is the first event's id and `enrollment` that event's enrollment, now.
 */
export interface RecordOutcome {
  result: 'applied' | 'duplicate';
  eventId: string;
  enrollment: EnrollmentStatus;
}

export function recordedEvent(
  base: Pick<RecordedEvent, 'enrollmentId' | 'campaignId' | 'leadId' | 'type' | 'occurredAt'> &
    Partial<RecordedEvent>,
): RecordedEvent {
  return {
    externalId: null,
    step: null,
    bounceType: null,
    autoReply: false,
    machine: false,
    reason: null,
    pausedUntil: null,
    userAgent: null,
    metadata: {},
    ...base,
  };
}
