import { describe, expect, it } from 'vitest';
import { applyEvent } from './apply.js';
import { deriveStatus, orderEvents } from './derive.js';
import type { LeadEvent } from './events.js';
import { compareEvents, compareSeq } from './order.js';
import { INITIAL_STATE } from './state.js';
import { at, ev, fold } from './test-support/events.js';

describe('deriveStatus', () => {
  it('gives INITIAL_STATE for no events', () => {
    expect(deriveStatus([])).toEqual(INITIAL_STATE);
  });

  it('orders by occurred_at, whatever the input order', () => {
    const events = [ev('replied', 3), ev('sent', 1), ev('opened', 2)];
    expect(deriveStatus(events)).toEqual(fold([ev('sent', 1), ev('opened', 2), ev('replied', 3)]));
  });

  it('breaks ties in occurred_at by seq, then by input order', () => {
    const paused = ev('paused', 2, { seq: 2 });
    const resumed = ev('resumed', 2, { seq: 3 });
    expect(deriveStatus([ev('sent', 1, { seq: 1 }), resumed, paused]).status).toBe('sent');
    expect(deriveStatus([ev('sent', 1), ev('paused', 2), ev('resumed', 2)]).status).toBe('sent');
    expect(deriveStatus([ev('sent', 1), ev('resumed', 2), ev('paused', 2)]).status).toBe('paused');
  });

  it('applies the same id once, keeping the first in order', () => {
    const events = [
      ev('sent', 1, { id: 's1' }),
      ev('opened', 2, { id: 'o1' }),
      ev('opened', 3, { id: 'o1' }),
    ];
    const state = deriveStatus(events);
    expect(state.counters.opened).toBe(1);
    expect(state.lastEventAt).toBe(at(2));
    expect(deriveStatus([...events, ...events])).toEqual(state);
  });

  it('counts events without an id every time', () => {
    expect(deriveStatus([ev('sent', 1), ev('sent', 1)]).counters.sent).toBe(2);
  });

  it('reads Date, RFC 3339 string and number times alike', () => {
    const events: LeadEvent[] = [
      { type: 'sent', occurred_at: '2025-03-01T00:01:00Z' },
      { type: 'opened', occurred_at: new Date(at(2)) },
      { type: 'replied', occurred_at: at(3) },
      { type: 'unsubscribed', occurred_at: '2025-03-01T01:00:00.000+01:00' },
    ];
    const state = deriveStatus(events);
    expect(state).toMatchObject({ status: 'unsubscribed', lastEventAt: at(3), statusChangedAt: at(0) });
  });
});

describe('late events', () => {
  it('a late reply from before a bounce makes the lead Replied (the bounce after it is only recorded)', () => {
    const history = [ev('sent', 1, { seq: 1 }), ev('bounced', 5, { seq: 2 })];
    expect(deriveStatus(history)).toMatchObject({ status: 'bounced', reason: 'hard_bounce' });
    const late = ev('replied', 3, { seq: 3 });
    expect(deriveStatus([...history, late])).toMatchObject({
      status: 'replied',
      reason: null,
      statusChangedAt: at(3),
    });
  });

  it('a late open gives the state of the events in order, not of the arrival order', () => {
    const history = [ev('sent', 1, { seq: 1 }), ev('replied', 5, { seq: 2 })];
    const late = ev('opened', 3, { seq: 3 });
    const derived = deriveStatus([...history, late]);
    expect(derived).toEqual(fold([history[0], late, history[1]].filter((e) => e !== undefined)));
    expect(derived).toMatchObject({ status: 'replied', statusChangedAt: at(5), lastEventAt: at(5) });
    // Applying it on top would have been wrong: the time the status changed would move.
    expect(applyEvent(deriveStatus(history), late).statusChangedAt).toBe(at(5));
  });

  it('a late sent before a pause lets the lead resume as Sent', () => {
    const history = [ev('paused', 5, { seq: 1 }), ev('resumed', 6, { seq: 2 })];
    expect(deriveStatus(history).status).toBe('not_contacted');
    expect(deriveStatus([...history, ev('sent', 1, { seq: 3 })])).toMatchObject({
      status: 'sent',
      statusChangedAt: at(6),
    });
  });

  it('a late sequence_completed from before a pause completes the lead', () => {
    const history = [ev('sent', 1, { seq: 1 }), ev('paused', 5, { seq: 2 })];
    expect(deriveStatus([...history, ev('sequence_completed', 4, { seq: 3 })]).status).toBe('completed');
    expect(deriveStatus([...history, ev('sequence_completed', 6, { seq: 3 })]).status).toBe('paused');
  });
});

describe('compareEvents', () => {
  it('orders by time, then seq', () => {
    expect(compareEvents(ev('sent', 1), ev('sent', 2))).toBeLessThan(0);
    expect(compareEvents(ev('sent', 2, { seq: 1 }), ev('sent', 1, { seq: 2 }))).toBeGreaterThan(0);
    expect(compareEvents(ev('sent', 1, { seq: 2 }), ev('sent', 1, { seq: 10 }))).toBeLessThan(0);
    expect(compareEvents(ev('sent', 1, { seq: '2' }), ev('sent', 1, { seq: '10' }))).toBeGreaterThan(0);
    expect(compareEvents(ev('sent', 1), { type: 'sent', occurred_at: new Date(at(1)) })).toBe(0);
  });

  it('orders seq kinds totally: numbers, then strings, then none', () => {
    const seqs = [undefined, 'b', 2, 'a', Number.NaN, 1, undefined];
    const sorted = [...seqs].sort(compareSeq);
    expect(sorted.slice(0, 4)).toEqual([1, 2, 'a', 'b']);
    expect(compareSeq('A', 'a')).toBeLessThan(0);
  });
});

describe('orderEvents', () => {
  it('sorts stably and drops later copies of an id', () => {
    const a = ev('sent', 1, { id: 'x' });
    const b = ev('opened', 1);
    const c = ev('clicked', 1, { id: 'x', seq: 0 });
    expect(orderEvents([a, b, c])).toEqual([c, b]);
  });
});
