import type { PausedReason, StatusReason } from './reasons.js';
import type { BaseStatus, Status } from './statuses.js';

/**
 * How many events of each kind an enrollment has had. `opened`, `clicked` and `replied` count human
 * events only; machine opens and clicks and auto-replies are counted apart.
 */
export interface EventCounters {
  readonly sent: number;
  readonly opened: number;
  readonly clicked: number;
  readonly replied: number;
  readonly auto_replied: number;
  readonly machine_opened: number;
  readonly machine_clicked: number;
  readonly soft_bounced: number;
}

/**
 * Everything core knows about one enrollment after applying its events.
 * States are immutable values: successive states may share their `counters` object.
 */
export interface EnrollmentState {
  /** What users see: `paused` while the overlay is on, else the base status. */
  readonly status: Status;
  /** Non-null only for `bounced`, `unsubscribed` and `paused`, and always one of that status's reasons. */
  readonly reason: StatusReason | null;
  /** The status underneath the pause overlay. */
  readonly base: BaseStatus;
  readonly baseReason: StatusReason | null;
  readonly paused: boolean;
  /** Why the overlay is on; null when not paused. */
  readonly pauseReason: PausedReason | null;
  /** When an `out_of_office` hold ends (epoch ms); null for other pauses and when not paused. */
  readonly pausedUntil: number | null;
  /** Soft bounces since the last human open, click or reply; the third makes the lead `bounced`. */
  readonly softBounceStreak: number;
  readonly counters: EventCounters;
  /**
   * True once any event meant a message reached or was tried on the lead (isContactEvent): what
   * analytics call "contacted". Never goes back to false.
   */
  readonly contacted: boolean;
  /** The latest `occurred_at` (epoch ms) of any event applied so far, whether or not it changed anything. */
  readonly lastEventAt: number | null;
  /** The `occurred_at` (epoch ms) of the event that last changed `status`, pause and resume included. */
  readonly statusChangedAt: number | null;
}

/** Counters of an enrollment with no events. */
export const ZERO_COUNTERS: EventCounters = Object.freeze({
  sent: 0,
  opened: 0,
  clicked: 0,
  replied: 0,
  auto_replied: 0,
  machine_opened: 0,
  machine_clicked: 0,
  soft_bounced: 0,
});

/** The state of a new enrollment: Not Contacted, nothing counted. Frozen. */
export const INITIAL_STATE: EnrollmentState = Object.freeze({
  status: 'not_contacted',
  reason: null,
  base: 'not_contacted',
  baseReason: null,
  paused: false,
  pauseReason: null,
  pausedUntil: null,
  softBounceStreak: 0,
  counters: ZERO_COUNTERS,
  contacted: false,
  lastEventAt: null,
  statusChangedAt: null,
});
