import { type ApplyOptions, applyEvent } from './apply.js';
import type { LeadEvent } from './events.js';
import { compareSeq } from './order.js';
import { type EnrollmentState, INITIAL_STATE } from './state.js';
import { toEpochMs } from './time.js';

interface Keyed {
  readonly event: LeadEvent;
  readonly time: number;
  readonly index: number;
}

function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  return compareSeq(a.event.seq, b.event.seq) || a.index - b.index;
}

/**
 * The events in the order they apply (compareEvents, then input order), with every later event of an
 * already seen `id` dropped: the same id twice is the same event.
 */
export function orderEvents(events: readonly LeadEvent[]): LeadEvent[] {
  // Each time is parsed once, not once per comparison.
  const keyed = events.map((event, index): Keyed => ({ event, time: toEpochMs(event.occurred_at), index }));
  keyed.sort(compareKeyed);
  const seen = new Set<string>();
  const ordered: LeadEvent[] = [];
  for (const { event } of keyed) {
    if (event.id !== undefined) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
    }
    ordered.push(event);
  }
  return ordered;
}

/**
 * The state of an enrollment from its whole history, in any order: the events are ordered by
 * orderEvents and applied one by one from INITIAL_STATE. Gives the same state as applying the events
 * one at a time as they happen, and is the way to take in an event that arrives late.
 */
export function deriveStatus(events: readonly LeadEvent[], options?: ApplyOptions): EnrollmentState {
  let state = INITIAL_STATE;
  for (const event of orderEvents(events)) state = applyEvent(state, event, options);
  return state;
}
