import {
  applyEvent,
  type EnrollmentState,
  INITIAL_STATE,
  type LeadEvent,
  STATUSES,
  ZERO_COUNTERS,
} from '@leadstatus/core';
import { describe, expect, it } from 'vitest';
import { metricDeltas, metricValues } from './metric-deltas.js';

const at = (n: number) => Date.UTC(2026, 10, 1) + n * 60_000;

/** A state by hand: only what the metrics look at matters. Counted events mean it was contacted. */
function state(overrides: Partial<EnrollmentState>, counters: Partial<EnrollmentState['counters']> = {}) {
  const contacted = Object.values(counters).some((n) => n > 0);
  return {
    ...INITIAL_STATE,
    contacted,
    ...overrides,
    counters: { ...ZERO_COUNTERS, ...counters },
  } as EnrollmentState;
}

/** A seeded PRNG (mulberry32), so failures reproduce. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVENT_MENU: Array<Omit<LeadEvent, 'occurred_at'>> = [
  { type: 'sent' },
  { type: 'opened' },
  { type: 'opened', machine: true },
  { type: 'clicked' },
  { type: 'clicked', machine: true },
  { type: 'replied' },
  { type: 'replied', auto_reply: true },
  { type: 'bounced', bounce_type: 'hard' },
  { type: 'bounced', bounce_type: 'soft' },
  { type: 'rejected' },
  { type: 'blocked', reason: 'dnc_rule' },
  { type: 'blocked', reason: 'opted_out' },
  { type: 'unsubscribed', reason: 'link' },
  { type: 'unsubscribed', reason: 'link', propagated: true },
  { type: 'unsubscribed', reason: 'dnc_list' },
  { type: 'unsubscribed', reason: 'manual' },
  { type: 'complained' },
  { type: 'sequence_completed' },
  { type: 'paused' },
  { type: 'resumed' },
];

/** Every state reached along random event streams (applied in order), starting from the initial one. */
function reachableStates(count: number, seed: number): EnrollmentState[] {
  const random = prng(seed);
  const states: EnrollmentState[] = [INITIAL_STATE];
  while (states.length < count) {
    let s = INITIAL_STATE;
    const length = 1 + Math.floor(random() * 8);
    for (let i = 0; i < length; i++) {
      const pick = EVENT_MENU[Math.floor(random() * EVENT_MENU.length)] as LeadEvent;
      s = applyEvent(s, { ...pick, occurred_at: at(i), seq: String(i) });
      states.push(s);
    }
  }
  return states;
}

const neg = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, -v]));

describe('metricDeltas', () => {
  it('enrolling adds the enrollment, its status and nothing else for a fresh enrollment', () => {
    expect(metricDeltas(null, INITIAL_STATE)).toEqual({ enrolled: 1, 'status:not_contacted': 1 });
  });

  it('erasing subtracts everything the enrollment counted', () => {
    const s = state(
      { status: 'replied', base: 'replied' },
      { sent: 2, opened: 3, clicked: 1, replied: 1, machine_opened: 4 },
    );
    expect(metricDeltas(s, null)).toEqual({
      enrolled: -1,
      'status:replied': -1,
      contacted: -1,
      opened: -1,
      clicked: -1,
      replied: -1,
      engaged: -1,
      machine_opened: -1,
    });
  });

  it('counts leads, not events: a second open moves nothing', () => {
    const once = state({ status: 'engaged', base: 'engaged' }, { sent: 1, opened: 1 });
    const twice = state({ status: 'engaged', base: 'engaged' }, { sent: 1, opened: 2 });
    expect(metricDeltas(once, twice)).toEqual({});
  });

  it('a first human open, click or reply makes the lead engaged; machine opens and auto-replies do not', () => {
    const sent = state({ status: 'sent', base: 'sent' }, { sent: 1 });
    expect(metricDeltas(sent, state({ status: 'engaged' }, { sent: 1, clicked: 1 }))).toEqual({
      'status:sent': -1,
      'status:engaged': 1,
      clicked: 1,
      engaged: 1,
    });
    expect(metricDeltas(sent, state({ status: 'sent' }, { sent: 1, machine_opened: 1 }))).toEqual({
      machine_opened: 1,
    });
    expect(metricDeltas(sent, state({ status: 'sent' }, { sent: 1, auto_replied: 1 }))).toEqual({
      replies_automatic: 1,
    });
    expect(metricDeltas(sent, state({ status: 'replied' }, { sent: 1, replied: 1 }))).toEqual({
      'status:sent': -1,
      'status:replied': 1,
      replied: 1,
      engaged: 1,
    });
  });

  it('the first send makes the lead contacted', () => {
    expect(metricDeltas(INITIAL_STATE, state({ status: 'sent', base: 'sent' }, { sent: 1 }))).toEqual({
      'status:not_contacted': -1,
      'status:sent': 1,
      contacted: 1,
    });
  });

  it('a reply, an open or a bounce with no send makes the lead contacted, and counts among contacted', () => {
    const replied = applyEvent(INITIAL_STATE, { type: 'replied', occurred_at: at(1) });
    expect(metricDeltas(INITIAL_STATE, replied)).toEqual({
      'status:not_contacted': -1,
      'status:replied': 1,
      contacted: 1,
      replied: 1,
      engaged: 1,
    });
    const bounced = applyEvent(INITIAL_STATE, { type: 'bounced', occurred_at: at(1) });
    expect(metricValues(bounced)).toMatchObject({ contacted: 1, bounced: 1, blocked: 0 });
  });

  it('an opt-out that reached no one moves the distribution only, not the unsubscribe numerator', () => {
    for (const event of [
      { type: 'unsubscribed', reason: 'dnc_list' },
      { type: 'unsubscribed', reason: 'manual' },
      { type: 'unsubscribed', reason: 'link', propagated: true },
    ] as const) {
      const after = applyEvent(INITIAL_STATE, { ...event, occurred_at: at(1) });
      expect(metricDeltas(INITIAL_STATE, after), JSON.stringify(event)).toEqual({
        'status:not_contacted': -1,
        'status:unsubscribed': 1,
      });
    }
    const sent = applyEvent(INITIAL_STATE, { type: 'sent', occurred_at: at(1) });
    const optedOut = applyEvent(sent, {
      type: 'unsubscribed',
      reason: 'link',
      propagated: true,
      occurred_at: at(2),
    });
    expect(metricDeltas(sent, optedOut)).toEqual({
      'status:sent': -1,
      'status:unsubscribed': 1,
      unsubscribed: 1,
    });
  });

  it('blocked is bounced with reason dnc_rule or opted_out, and leaves with that status', () => {
    const blocked = state({ status: 'bounced', reason: 'dnc_rule', base: 'bounced', baseReason: 'dnc_rule' });
    expect(metricDeltas(INITIAL_STATE, blocked)).toEqual({
      'status:not_contacted': -1,
      'status:bounced': 1,
      blocked: 1,
    });
    expect(metricValues(state({ status: 'bounced', reason: 'opted_out' })).blocked).toBe(1);
    expect(metricValues(state({ status: 'bounced', reason: 'hard_bounce' })).blocked).toBe(0);
    expect(metricValues(state({ status: 'unsubscribed', reason: 'dnc_list' })).blocked).toBe(0);
    const unsubscribed = state({ status: 'unsubscribed', reason: 'dnc_list' });
    expect(metricDeltas(blocked, unsubscribed)).toEqual({
      'status:bounced': -1,
      'status:unsubscribed': 1,
      blocked: -1,
    });
  });

  it('a pause moves only the distribution', () => {
    const engaged = state({ status: 'engaged', base: 'engaged' }, { sent: 1, opened: 1 });
    const paused = state({ status: 'paused', base: 'engaged', paused: true }, { sent: 1, opened: 1 });
    expect(metricDeltas(engaged, paused)).toEqual({ 'status:engaged': -1, 'status:paused': 1 });
  });

  it('every status has its metric, and exactly one is 1 for an enrolled state', () => {
    for (const status of STATUSES) {
      const values = metricValues(state({ status }));
      expect(STATUSES.filter((s) => values[`status:${s}`] === 1)).toEqual([status]);
    }
    expect(Object.values(metricValues(null)).every((v) => v === 0)).toBe(true);
  });

  it('is antisymmetric, zero on equal states, and additive along paths, over reachable states', () => {
    const states: Array<EnrollmentState | null> = [null, ...reachableStates(120, 42)];
    for (const a of states) {
      expect(metricDeltas(a, a)).toEqual({});
      for (const b of states) {
        const ab = metricDeltas(a, b);
        expect(metricDeltas(b, a)).toEqual(neg(ab));
        for (const v of Object.values(ab)) expect(Math.abs(v)).toBe(1);
      }
    }
    // Along a path the deltas telescope: the sum of the steps is the delta of the ends.
    const path = reachableStates(60, 7);
    const sum = new Map<string, number>();
    let previous: EnrollmentState | null = null;
    for (const s of [...path, null]) {
      for (const [m, d] of Object.entries(metricDeltas(previous, s))) sum.set(m, (sum.get(m) ?? 0) + d);
      previous = s;
    }
    expect([...sum.values()].every((v) => v === 0)).toBe(true);
  });

  it('equals the difference of metricValues for every pair of reachable states (the shortcut included)', () => {
    const states: Array<EnrollmentState | null> = [null, ...reachableStates(150, 11)];
    for (const a of states)
      for (const b of states) {
        const from = metricValues(a);
        const to = metricValues(b);
        const expected = Object.fromEntries(
          Object.keys(to)
            .map((m) => [m, (to[m] ?? 0) - (from[m] ?? 0)] as const)
            .filter(([, d]) => d !== 0),
        );
        expect(metricDeltas(a, b)).toEqual(expected);
      }
  });

  it("contacted is core's, and every numerator is 1 only for a contacted state, in any reachable state", () => {
    for (const s of reachableStates(300, 3)) {
      const v = metricValues(s);
      const c = s.counters;
      expect(v.contacted).toBe(s.contacted ? 1 : 0);
      expect(v.opened).toBe(s.contacted && c.opened > 0 ? 1 : 0);
      expect(v.engaged).toBe(Math.max(v.opened ?? 0, v.clicked ?? 0, v.replied ?? 0));
      expect(v.enrolled).toBe(1);
      for (const numerator of [
        'opened',
        'clicked',
        'replied',
        'engaged',
        'bounced',
        'completed',
        'unsubscribed',
      ])
        expect(v[numerator], numerator).toBeLessThanOrEqual(v.contacted ?? 0);
      expect((v.bounced ?? 0) + (v.blocked ?? 0)).toBe(v['status:bounced']);
    }
  });
});
