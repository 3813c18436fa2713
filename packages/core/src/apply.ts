import { isContactEvent } from './contact.js';
import type { LeadEvent } from './events.js';
import {
  isReasonFor,
  type PausedReason,
  pausedReasonOf,
  pauseStrength,
  type StatusReason,
  unsubscribedReasonOf,
} from './reasons.js';
import type { EnrollmentState, EventCounters } from './state.js';
import { isPausable } from './statuses.js';
import { toEpochMs } from './time.js';
import { TRANSITION_COLUMN_INFO, TRANSITIONS, type TransitionColumn } from './transitions.js';

export interface ApplyOptions {
  /**
   * When true (the default), opens and clicks marked `machine: true` are counted apart and change no
   * status. When false they count as human ones. A workspace setting.
   */
  filterMachineEvents?: boolean;
}

/** The soft bounce in a row (with no human open, click or reply since the first) that makes a lead `bounced`. */
export const SOFT_BOUNCE_LIMIT = 3;

/**
 * `counters` with one more `key`. Always the same object shape, and after inlining with a constant key
 * the comparisons fold away: much cheaper per event than an object spread.
 */
function increment(counters: EventCounters, key: keyof EventCounters): EventCounters {
  return {
    sent: key === 'sent' ? counters.sent + 1 : counters.sent,
    opened: key === 'opened' ? counters.opened + 1 : counters.opened,
    clicked: key === 'clicked' ? counters.clicked + 1 : counters.clicked,
    replied: key === 'replied' ? counters.replied + 1 : counters.replied,
    auto_replied: key === 'auto_replied' ? counters.auto_replied + 1 : counters.auto_replied,
    machine_opened: key === 'machine_opened' ? counters.machine_opened + 1 : counters.machine_opened,
    machine_clicked: key === 'machine_clicked' ? counters.machine_clicked + 1 : counters.machine_clicked,
    soft_bounced: key === 'soft_bounced' ? counters.soft_bounced + 1 : counters.soft_bounced,
  };
}

/** The pause a `paused` event asks for: its reason (`manual` by default) and, for an out-of-office hold, its end. */
function pauseOf(event: LeadEvent): { reason: PausedReason; until: number | null } {
  const reason = pausedReasonOf(event.reason);
  const until = reason === 'out_of_office' && typeof event.until === 'number' ? event.until : null;
  return { reason, until };
}

/**
 * The state after one more event. Pure: returns a new object and never changes `state` or `event`.
 * Apply events in order (see compareEvents); for an event older than `state.lastEventAt`, derive the
 * state again from the whole history with deriveStatus. Unknown event types change nothing but
 * `lastEventAt`, so a history written by a newer version still derives.
 */
export function applyEvent(
  state: EnrollmentState,
  event: LeadEvent,
  options?: ApplyOptions,
): EnrollmentState {
  const at = event.occurred_at;
  const time = typeof at === 'number' && Number.isFinite(at) ? at : toEpochMs(at);
  const previousLast = state.lastEventAt;
  const lastEventAt = previousLast === null || time > previousLast ? time : previousLast;

  // Each branch allocates at most one new counters object; the rest are locals.
  let counters: EventCounters = state.counters;
  let streak = state.softBounceStreak;
  let paused = state.paused;
  let pauseReason = state.pauseReason;
  let pausedUntil = state.pausedUntil;
  let column: TransitionColumn | null = null;
  let reason: StatusReason | null = null;

  switch (event.type) {
    case 'sent':
      counters = increment(counters, 'sent');
      column = 'sent';
      break;
    case 'opened':
      if (event.machine === true && options?.filterMachineEvents !== false) {
        counters = increment(counters, 'machine_opened');
      } else {
        counters = increment(counters, 'opened');
        streak = 0;
        column = 'engagement';
      }
      break;
    case 'clicked':
      if (event.machine === true && options?.filterMachineEvents !== false) {
        counters = increment(counters, 'machine_clicked');
      } else {
        counters = increment(counters, 'clicked');
        streak = 0;
        column = 'engagement';
      }
      break;
    case 'replied':
      if (event.auto_reply === true) {
        counters = increment(counters, 'auto_replied');
      } else {
        counters = increment(counters, 'replied');
        streak = 0;
        column = 'replied';
      }
      break;
    case 'bounced':
      if (event.bounce_type === 'soft') {
        counters = increment(counters, 'soft_bounced');
        streak += 1;
        if (streak >= SOFT_BOUNCE_LIMIT) {
          column = 'bounced';
          reason = 'repeated_soft_bounce';
        }
      } else {
        column = 'bounced';
        reason = 'hard_bounce';
      }
      break;
    case 'rejected':
      column = 'bounced';
      reason = 'rejected';
      break;
    case 'blocked':
      column = 'blocked';
      reason = event.reason === 'opted_out' ? 'opted_out' : 'dnc_rule';
      break;
    case 'unsubscribed':
      column = 'unsubscribed';
      reason = unsubscribedReasonOf(event.reason);
      break;
    case 'complained':
      column = 'unsubscribed';
      reason = 'complaint';
      break;
    case 'sequence_completed':
      column = 'sequence_completed';
      break;
    case 'paused': {
      const hold = pauseOf(event);
      // From a pausable status (canPause explains a refusal to users), or over a weaker pause.
      if (
        paused
          ? pauseStrength(hold.reason) >= pauseStrength(pauseReason ?? 'manual')
          : isPausable(state.status)
      ) {
        paused = true;
        pauseReason = hold.reason;
        pausedUntil = hold.until;
      }
      break;
    }
    case 'resumed':
      // The end of an out-of-office hold resumes only that hold; a person's resume ends any pause.
      if (event.reason !== 'out_of_office' || pauseReason === 'out_of_office') paused = false;
      break;
  }

  let base = state.base;
  let baseReason = state.baseReason;
  if (column !== null) {
    const whilePaused = TRANSITION_COLUMN_INFO[column].whilePaused;
    if (!paused || whilePaused !== 'ignored') {
      const next = TRANSITIONS[base][column].to;
      if (next !== base) {
        // The reason belongs to the status it explains: it changes only when the base status does.
        base = next;
        baseReason = reason !== null && isReasonFor(next, reason) ? reason : null;
      }
      if (whilePaused === 'ends_pause') paused = false;
    }
  }
  if (!paused) {
    pauseReason = null;
    pausedUntil = null;
  }

  const status = paused ? 'paused' : base;
  return {
    status,
    reason: paused ? pauseReason : baseReason,
    base,
    baseReason,
    paused,
    pauseReason,
    pausedUntil,
    softBounceStreak: streak,
    counters,
    contacted: state.contacted || isContactEvent(event),
    lastEventAt,
    statusChangedAt: status === state.status ? state.statusChangedAt : time,
  };
}
