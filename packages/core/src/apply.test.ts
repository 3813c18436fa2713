import { describe, expect, it } from 'vitest';
import { applyEvent, SOFT_BOUNCE_LIMIT } from './apply.js';
import { deriveStatus } from './derive.js';
import type { LeadEvent } from './events.js';
import { INITIAL_STATE } from './state.js';
import { at, ev, fold } from './test-support/events.js';

const soft = { bounce_type: 'soft' } as const;

describe('INITIAL_STATE', () => {
  it('is a frozen Not Contacted with nothing counted', () => {
    expect(INITIAL_STATE.status).toBe('not_contacted');
    expect(INITIAL_STATE.base).toBe('not_contacted');
    expect(INITIAL_STATE.reason).toBeNull();
    expect(INITIAL_STATE.lastEventAt).toBeNull();
    expect(INITIAL_STATE.statusChangedAt).toBeNull();
    expect(Object.values(INITIAL_STATE.counters).every((n) => n === 0)).toBe(true);
    expect(Object.isFrozen(INITIAL_STATE)).toBe(true);
    expect(Object.isFrozen(INITIAL_STATE.counters)).toBe(true);
  });
});

describe('reasons', () => {
  it.each([
    [ev('bounced', 2), 'hard_bounce'],
    [ev('bounced', 2, { bounce_type: 'hard' }), 'hard_bounce'],
    [ev('rejected', 2), 'rejected'],
    [ev('blocked', 2), 'dnc_rule'],
    [ev('blocked', 2, { reason: 'dnc_rule' }), 'dnc_rule'],
    [ev('blocked', 2, { reason: 'opted_out' }), 'opted_out'],
    [ev('blocked', 2, { reason: 'link' }), 'dnc_rule'],
    [ev('unsubscribed', 2), 'link'],
    [ev('unsubscribed', 2, { reason: 'link' }), 'link'],
    [ev('unsubscribed', 2, { reason: 'one_click' }), 'one_click'],
    [ev('unsubscribed', 2, { reason: 'reply' }), 'reply'],
    [ev('unsubscribed', 2, { reason: 'dnc_list' }), 'dnc_list'],
    [ev('unsubscribed', 2, { reason: 'complaint' }), 'complaint'],
    [ev('unsubscribed', 2, { reason: 'manual' }), 'manual'],
    [ev('unsubscribed', 2, { reason: 'hard_bounce' }), 'link'],
    [ev('complained', 2), 'complaint'],
    [ev('complained', 2, { reason: 'one_click' }), 'complaint'],
  ] as const)('%o gives %s', (event, reason) => {
    const state = fold([ev('sent', 1), event]);
    expect(state.reason).toBe(reason);
    expect(state.baseReason).toBe(reason);
  });

  it('gives repeated_soft_bounce on the third soft bounce', () => {
    const state = fold([
      ev('sent', 1),
      ev('bounced', 2, soft),
      ev('bounced', 3, soft),
      ev('bounced', 4, soft),
    ]);
    expect(state.status).toBe('bounced');
    expect(state.reason).toBe('repeated_soft_bounce');
  });

  it('goes with the status when the status is left', () => {
    const state = fold([ev('sent', 1), ev('bounced', 2), ev('replied', 3)]);
    expect(state.status).toBe('replied');
    expect(state.reason).toBeNull();
    expect(state.baseReason).toBeNull();
  });

  it('keeps the first reason while the status stays the same', () => {
    const state = fold([
      ev('sent', 1),
      ev('bounced', 2),
      ev('blocked', 3, { reason: 'opted_out' }),
      ev('rejected', 4),
    ]);
    expect(state.reason).toBe('hard_bounce');
    expect(state.statusChangedAt).toBe(at(2));
  });

  it('changes to the unsubscribe reason when a bounced lead unsubscribes', () => {
    const state = fold([ev('sent', 1), ev('blocked', 2), ev('unsubscribed', 3, { reason: 'dnc_list' })]);
    expect(state.status).toBe('unsubscribed');
    expect(state.reason).toBe('dnc_list');
  });
});

describe('soft bounces', () => {
  it('change no status by themselves and count in the streak', () => {
    const state = fold([ev('sent', 1), ev('bounced', 2, soft), ev('bounced', 3, soft)]);
    expect(state.status).toBe('sent');
    expect(state.softBounceStreak).toBe(2);
    expect(state.counters.soft_bounced).toBe(2);
    expect(state.statusChangedAt).toBe(at(1));
  });

  it(`make the lead bounced at ${SOFT_BOUNCE_LIMIT} in a row`, () => {
    expect(SOFT_BOUNCE_LIMIT).toBe(3);
    const state = fold([
      ev('sent', 1),
      ev('opened', 2),
      ev('bounced', 3, soft),
      ev('bounced', 4, soft),
      ev('bounced', 5, soft),
    ]);
    expect(state.status).toBe('bounced');
    expect(state.statusChangedAt).toBe(at(5));
    expect(state.counters.soft_bounced).toBe(3);
  });

  it.each([
    ['a human open', ev('opened', 4)],
    ['a human click', ev('clicked', 4)],
    ['a human reply', ev('replied', 4)],
  ])('restart after %s', (_name, reset) => {
    const state = fold([
      ev('sent', 1),
      ev('bounced', 2, soft),
      ev('bounced', 3, soft),
      reset,
      ev('bounced', 5, soft),
    ]);
    expect(state.softBounceStreak).toBe(1);
    expect(state.status).not.toBe('bounced');
    expect(state.counters.soft_bounced).toBe(3);
  });

  it.each([
    ['a machine open', ev('opened', 4, { machine: true })],
    ['a machine click', ev('clicked', 4, { machine: true })],
    ['an auto-reply', ev('replied', 4, { auto_reply: true })],
    ['an email sent', ev('sent', 4)],
    ['a hard bounce', ev('rejected', 4)],
  ])('do not restart after %s', (_name, other) => {
    const state = fold([
      ev('sent', 1),
      ev('bounced', 2, soft),
      ev('bounced', 3, soft),
      other,
      ev('bounced', 5, soft),
    ]);
    expect(state.softBounceStreak).toBe(3);
    expect(state.status).toBe('bounced');
  });

  it('restart after a machine open when machine events are not filtered', () => {
    const events = [
      ev('sent', 1),
      ev('bounced', 2, soft),
      ev('bounced', 3, soft),
      ev('opened', 4, { machine: true }),
    ];
    const state = deriveStatus([...events, ev('bounced', 5, soft)], { filterMachineEvents: false });
    expect(state.softBounceStreak).toBe(1);
    expect(state.status).toBe('engaged');
  });

  it('do not make a replied lead bounced', () => {
    const state = fold([
      ev('replied', 1),
      ev('bounced', 2, soft),
      ev('bounced', 3, soft),
      ev('bounced', 4, soft),
    ]);
    expect(state.status).toBe('replied');
    expect(state.reason).toBeNull();
  });
});

describe('auto-replies', () => {
  const events = [ev('sent', 1), ev('replied', 2, { auto_reply: true })];

  it('are counted apart and change no status', () => {
    const state = fold(events);
    expect(state.status).toBe('sent');
    expect(state.counters.auto_replied).toBe(1);
    expect(state.counters.replied).toBe(0);
    expect(state.statusChangedAt).toBe(at(1));
    expect(state.lastEventAt).toBe(at(2));
  });

  it('leave a later human reply to decide', () => {
    const state = fold([...events, ev('replied', 3)]);
    expect(state.status).toBe('replied');
    expect(state.counters).toMatchObject({ replied: 1, auto_replied: 1 });
  });

  it('count as a reply when auto_reply is false', () => {
    expect(fold([ev('sent', 1), ev('replied', 2, { auto_reply: false })]).status).toBe('replied');
  });
});

describe('machine opens and clicks', () => {
  const events = [ev('sent', 1), ev('opened', 2, { machine: true }), ev('clicked', 3, { machine: true })];

  it('are counted apart and change no status by default', () => {
    for (const state of [deriveStatus(events), deriveStatus(events, { filterMachineEvents: true })]) {
      expect(state.status).toBe('sent');
      expect(state.counters).toMatchObject({ opened: 0, clicked: 0, machine_opened: 1, machine_clicked: 1 });
    }
  });

  it('count as human ones when filtering is off', () => {
    const state = deriveStatus(events, { filterMachineEvents: false });
    expect(state.status).toBe('engaged');
    expect(state.statusChangedAt).toBe(at(2));
    expect(state.counters).toMatchObject({ opened: 1, clicked: 1, machine_opened: 0, machine_clicked: 0 });
  });

  it('do not matter for events without the flag', () => {
    const human = [ev('sent', 1), ev('opened', 2, { machine: false })];
    expect(deriveStatus(human).status).toBe('engaged');
    expect(deriveStatus(human, { filterMachineEvents: false })).toEqual(deriveStatus(human));
  });
});

describe('counters', () => {
  it('count every event of each kind, whatever the status', () => {
    const state = fold([
      ev('sent', 1),
      ev('sent', 2),
      ev('opened', 3),
      ev('clicked', 4),
      ev('unsubscribed', 5),
      ev('opened', 6),
      ev('replied', 7),
      ev('bounced', 8, soft),
    ]);
    expect(state.status).toBe('unsubscribed');
    expect(state.counters).toEqual({
      sent: 2,
      opened: 2,
      clicked: 1,
      replied: 1,
      auto_replied: 0,
      machine_opened: 0,
      machine_clicked: 0,
      soft_bounced: 1,
    });
  });

  it('are untouched by pause and resume', () => {
    const before = fold([ev('sent', 1)]);
    const after = fold([ev('paused', 2), ev('resumed', 3)], before);
    expect(after.counters).toEqual(before.counters);
  });
});

describe('applyEvent', () => {
  it('returns a new object and leaves its input alone', () => {
    const state = fold([ev('sent', 1)]);
    const copy = structuredClone(state);
    const event: LeadEvent = ev('opened', 2);
    const next = applyEvent(state, event);
    expect(next).not.toBe(state);
    expect(state).toEqual(copy);
    expect(event).toEqual(ev('opened', 2));
    const same = applyEvent(state, ev('sequence_completed', 0, {}));
    expect(same).not.toBe(state);
  });

  it('keeps lastEventAt at the latest time and statusChangedAt at the last change', () => {
    const state = fold([ev('sent', 5), ev('opened', 7), ev('sent', 6)]);
    expect(state.lastEventAt).toBe(at(7));
    expect(state.statusChangedAt).toBe(at(7));
  });

  it('changes nothing but lastEventAt for an event type it does not know', () => {
    const state = fold([ev('sent', 1)]);
    const unknown = { type: 'forwarded', occurred_at: at(2) } as unknown as LeadEvent;
    expect(applyEvent(state, unknown)).toEqual({ ...state, lastEventAt: at(2) });
  });

  it('throws a RangeError for an unreadable time', () => {
    expect(() => applyEvent(INITIAL_STATE, { type: 'sent', occurred_at: 'yesterday' })).toThrow(RangeError);
    expect(() => applyEvent(INITIAL_STATE, { type: 'sent', occurred_at: Number.NaN })).toThrow(RangeError);
  });

  it.each([
    ['epoch milliseconds', at(3)],
    ['an RFC 3339 string', new Date(at(3)).toISOString()],
    ['an RFC 3339 string with an offset', '2025-03-01T02:03:00+02:00'],
    ['a Date', new Date(at(3))],
  ])('reads occurred_at given as %s', (_name, occurredAt) => {
    const state = applyEvent(INITIAL_STATE, { type: 'sent', occurred_at: occurredAt });
    expect(state.lastEventAt).toBe(at(3));
    expect(state.statusChangedAt).toBe(at(3));
  });
});
