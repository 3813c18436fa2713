import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent } from './apply.js';
import { isContactEvent } from './contact.js';
import { deriveStatus, orderEvents } from './derive.js';
import { BLOCKED_REASONS } from './reasons.js';
import { INITIAL_STATE } from './state.js';
import { historyArb, historyWithDuplicatesArb, permutationOf } from './test-support/arbitraries.js';
import { ev, fold, foldStates } from './test-support/events.js';

/** Bounded runs and an explicit budget: these must pass on a loaded 2-core machine too. */
const RUNS = { numRuns: 500 };
const TIMEOUT_MS = 120_000;

describe('isContactEvent', () => {
  it.each([
    ['sent', {}],
    ['opened', {}],
    ['opened', { machine: true }],
    ['clicked', {}],
    ['clicked', { machine: true }],
    ['replied', {}],
    ['replied', { auto_reply: true }],
    ['bounced', { bounce_type: 'hard' }],
    ['bounced', { bounce_type: 'soft' }],
    ['rejected', {}],
    ['unsubscribed', {}],
    ['unsubscribed', { reason: 'link' }],
    ['unsubscribed', { reason: 'one_click' }],
    ['unsubscribed', { reason: 'reply' }],
    ['unsubscribed', { reason: 'complaint' }],
    ['complained', {}],
  ] as const)('%s %o contacts the lead', (type, extra) => {
    expect(isContactEvent(ev(type, 1, extra))).toBe(true);
  });

  it.each([
    ['blocked', { reason: 'dnc_rule' }],
    ['blocked', { reason: 'opted_out' }],
    ['paused', {}],
    ['resumed', {}],
    ['sequence_completed', {}],
    ['unsubscribed', { reason: 'dnc_list' }],
    ['unsubscribed', { reason: 'manual' }],
    ['unsubscribed', { reason: 'link', propagated: true }],
    ['unsubscribed', { reason: 'complaint', propagated: true }],
    ['complained', { propagated: true }],
  ] as const)('%s %o does not', (type, extra) => {
    expect(isContactEvent(ev(type, 1, extra))).toBe(false);
  });

  it('an unknown event type (from a newer version) does not', () => {
    expect(isContactEvent({ type: 'forwarded' as never })).toBe(false);
  });
});

describe('contacted', () => {
  it('a new enrollment is not contacted; a reply or an open with no send makes it contacted', () => {
    expect(INITIAL_STATE.contacted).toBe(false);
    expect(fold([ev('replied', 1)]).contacted).toBe(true);
    expect(fold([ev('opened', 1, { machine: true })]).contacted).toBe(true);
  });

  it('a DNC block, a pause, the sequence end or an opt-out that reached no one leave it uncontacted', () => {
    const state = fold([
      ev('paused', 1),
      ev('resumed', 2),
      ev('sequence_completed', 3),
      ev('blocked', 4, { reason: 'dnc_rule' }),
      ev('unsubscribed', 5, { reason: 'link', propagated: true }),
    ]);
    expect(state).toMatchObject({ status: 'unsubscribed', contacted: false });
  });

  it('a send that arrives late makes the derived state contacted', () => {
    const blocked = fold([ev('blocked', 5, { reason: 'dnc_rule' })]);
    expect(blocked.contacted).toBe(false);
    expect(deriveStatus([ev('blocked', 5, { reason: 'dnc_rule' }), ev('sent', 1)]).contacted).toBe(true);
  });

  it(
    'is true exactly when some event of the history contacts the lead, in any order, duplicates included',
    () => {
      const arb = historyWithDuplicatesArb.chain(({ history, withDuplicates }) =>
        permutationOf(withDuplicates).map((shuffled) => ({ history, shuffled })),
      );
      fc.assert(
        fc.property(arb, ({ history, shuffled }) => {
          const expected = history.some(isContactEvent);
          expect(deriveStatus(shuffled).contacted).toBe(expected);
          expect(deriveStatus(shuffled, { filterMachineEvents: false }).contacted).toBe(expected);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never goes back, and a state that is not contacted counted nothing and shows no outcome of a message',
    () => {
      fc.assert(
        fc.property(historyArb, (history) => {
          const states = foldStates(orderEvents(history));
          for (let i = 1; i < states.length; i++) {
            const before = states[i - 1] as (typeof states)[number];
            const after = states[i] as (typeof states)[number];
            if (before.contacted) expect(after.contacted).toBe(true);
            if (after.contacted) continue;
            expect(Object.values(after.counters).every((n) => n === 0)).toBe(true);
            expect(['not_contacted', 'paused', 'bounced', 'unsubscribed']).toContain(after.status);
            if (after.base === 'bounced') expect(BLOCKED_REASONS).toContain(after.baseReason);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'applying one more event agrees with deriving from the whole history',
    () => {
      fc.assert(
        fc.property(historyArb, historyArb, (history, more) => {
          let state = deriveStatus(history);
          let expected = history.some(isContactEvent);
          for (const event of more) {
            state = applyEvent(state, event);
            expected ||= isContactEvent(event);
            expect(state.contacted).toBe(expected);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
