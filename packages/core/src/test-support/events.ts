import { applyEvent } from '../apply.js';
import type { AnyEventType, LeadEvent } from '../events.js';
import { type EnrollmentState, INITIAL_STATE } from '../state.js';
import type { BaseStatus } from '../statuses.js';

/** 2025-03-01T00:00:00Z: event times in tests are offsets from here, in minutes. */
export const T0 = Date.UTC(2025, 2, 1);

export function at(minutes: number): number {
  return T0 + minutes * 60_000;
}

/** An event `minutes` after T0. */
export function ev(type: AnyEventType, minutes: number, extra: Partial<LeadEvent> = {}): LeadEvent {
  return { type, occurred_at: at(minutes), ...extra };
}

/** Events (at minutes 1, 2, ...) that bring a new enrollment to each base status. */
export function historyReaching(status: BaseStatus): LeadEvent[] {
  const types: Record<BaseStatus, AnyEventType[]> = {
    not_contacted: [],
    sent: ['sent'],
    engaged: ['sent', 'opened'],
    completed: ['sent', 'sequence_completed'],
    replied: ['sent', 'replied'],
    bounced: ['sent', 'bounced'],
    unsubscribed: ['sent', 'unsubscribed'],
  };
  return types[status].map((type, i) => ev(type, i + 1));
}

/** applyEvent over the events in the order given. */
export function fold(events: readonly LeadEvent[], state: EnrollmentState = INITIAL_STATE): EnrollmentState {
  return events.reduce((s, e) => applyEvent(s, e), state);
}

/** Every state along the fold, the initial one first. */
export function foldStates(events: readonly LeadEvent[]): EnrollmentState[] {
  const states = [INITIAL_STATE];
  for (const e of events) states.push(applyEvent(states[states.length - 1] ?? INITIAL_STATE, e));
  return states;
}
