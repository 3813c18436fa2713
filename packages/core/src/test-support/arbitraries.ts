import fc from 'fast-check';
import type { AnyEventType, LeadEvent } from '../events.js';
import { STATUS_REASONS } from '../reasons.js';
import { T0 } from './events.js';

const weightedType = fc.oneof(
  { arbitrary: fc.constant<AnyEventType>('sent'), weight: 12 },
  { arbitrary: fc.constant<AnyEventType>('opened'), weight: 12 },
  { arbitrary: fc.constant<AnyEventType>('clicked'), weight: 6 },
  { arbitrary: fc.constant<AnyEventType>('replied'), weight: 3 },
  { arbitrary: fc.constant<AnyEventType>('bounced'), weight: 8 },
  { arbitrary: fc.constant<AnyEventType>('rejected'), weight: 1 },
  { arbitrary: fc.constant<AnyEventType>('blocked'), weight: 1 },
  { arbitrary: fc.constant<AnyEventType>('unsubscribed'), weight: 1 },
  { arbitrary: fc.constant<AnyEventType>('complained'), weight: 1 },
  { arbitrary: fc.constant<AnyEventType>('sequence_completed'), weight: 3 },
  { arbitrary: fc.constant<AnyEventType>('paused'), weight: 6 },
  { arbitrary: fc.constant<AnyEventType>('resumed'), weight: 6 },
);

const rawEvent = fc.record({
  type: weightedType,
  // A narrow range of seconds, so that ties in occurred_at are common.
  second: fc.integer({ min: 0, max: 40 }),
  timeForm: fc.constantFrom('number', 'number', 'string', 'date'),
  // Mostly soft bounces, so that streaks of three happen.
  soft: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  autoReply: fc.boolean(),
  machine: fc.boolean(),
  reason: fc.option(fc.constantFrom(...STATUS_REASONS), { nil: undefined, freq: 2 }),
  hasId: fc.boolean(),
  // Opt-outs fanned out from another campaign of the lead.
  propagated: fc.integer({ min: 0, max: 2 }).map((n) => n === 0),
});

type RawEvent = typeof rawEvent extends fc.Arbitrary<infer T> ? T : never;

function toEvent(raw: RawEvent, index: number): LeadEvent {
  const ms = T0 + raw.second * 1000;
  const occurred_at =
    raw.timeForm === 'string' ? new Date(ms).toISOString() : raw.timeForm === 'date' ? new Date(ms) : ms;
  const event: LeadEvent = { type: raw.type, occurred_at, seq: index };
  if (raw.hasId) event.id = `evt_${index}`;
  if (raw.type === 'bounced') event.bounce_type = raw.soft ? 'soft' : 'hard';
  if (raw.type === 'replied' && raw.autoReply) event.auto_reply = true;
  if ((raw.type === 'opened' || raw.type === 'clicked') && raw.machine) event.machine = true;
  if (
    raw.reason !== undefined &&
    (raw.type === 'blocked' || raw.type === 'unsubscribed' || raw.type === 'paused' || raw.type === 'resumed')
  )
    event.reason = raw.reason;
  // Out-of-office holds end at a time of their own.
  if (raw.type === 'paused' && raw.reason === 'out_of_office') event.until = ms + 3_600_000;
  if ((raw.type === 'unsubscribed' || raw.type === 'complained') && raw.propagated) event.propagated = true;
  return event;
}

/** A realistic history: 0–60 events of every type, with a unique seq each, some carrying an id. */
export const historyArb: fc.Arbitrary<LeadEvent[]> = fc
  .oneof(
    // Short histories end in every status; long ones reach the rarer paths (streaks, pauses, opt-outs).
    fc.array(rawEvent, { maxLength: 60 }),
    fc.array(rawEvent, { maxLength: 60, size: 'max' }),
  )
  .map((raws) => raws.map(toEvent));

/** A history and the same history with exact copies of some of its events that have an id. */
export const historyWithDuplicatesArb: fc.Arbitrary<{ history: LeadEvent[]; withDuplicates: LeadEvent[] }> =
  historyArb.chain((history) => {
    const withIds = history.filter((event) => event.id !== undefined);
    const copies =
      withIds.length === 0
        ? fc.constant<LeadEvent[]>([])
        : fc
            .array(fc.constantFrom(...withIds), { maxLength: 10 })
            .map((picked) => picked.map((e) => ({ ...e })));
    return copies.map((extra) => ({ history, withDuplicates: [...history, ...extra] }));
  });

/** A permutation of the given items. */
export function permutationOf<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}
