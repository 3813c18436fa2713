import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent } from './apply.js';
import { deriveStatus } from './derive.js';
import type { LeadEvent } from './events.js';
import { reasonsFor } from './reasons.js';
import type { EnrollmentState } from './state.js';
import { isBaseStatus, isStatus, PAUSABLE_STATUSES } from './statuses.js';
import { historyArb, historyWithDuplicatesArb, permutationOf } from './test-support/arbitraries.js';
import { foldStates } from './test-support/events.js';
import { toEpochMs } from './time.js';

/**
 * Bounded in runs and in time: on a loaded machine a property stops at its budget and passes with
 * the runs done so far (a failure found before then still fails), well inside the test's own limit.
 */
const RUNS = { numRuns: 2000, plugins: [fc.interruptAfterTimeLimit(20_000)] };
const TEST_LIMIT_MS = 60_000;

/** The history in application order, written independently of orderEvents: seq is unique here. */
function sortedUnique(events: readonly LeadEvent[]): LeadEvent[] {
  const sorted = [...events].sort(
    (a, b) => toEpochMs(a.occurred_at) - toEpochMs(b.occurred_at) || Number(a.seq) - Number(b.seq),
  );
  const seen = new Set<string>();
  return sorted.filter((e) => e.id === undefined || (!seen.has(e.id) && seen.add(e.id) !== undefined));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** What is wrong with a state, as messages (plain checks: thousands of states are checked per run). */
function inconsistencies(state: EnrollmentState): string[] {
  const problems: string[] = [];
  const fits = (status: EnrollmentState['status'], reason: EnrollmentState['reason']) => {
    const reasons = reasonsFor(status);
    return reasons.length === 0 ? reason === null : reason !== null && reasons.includes(reason);
  };
  if (!isStatus(state.status)) problems.push(`unknown status ${state.status}`);
  if (!fits(state.status, state.reason)) problems.push(`reason ${state.reason} does not fit ${state.status}`);
  if (!isBaseStatus(state.base)) problems.push(`base ${state.base} is not a base status`);
  else if (!fits(state.base, state.baseReason))
    problems.push(`baseReason ${state.baseReason} does not fit ${state.base}`);
  if (state.paused !== (state.status === 'paused')) problems.push('paused disagrees with status');
  if (state.paused && !PAUSABLE_STATUSES.includes(state.base)) problems.push(`paused over ${state.base}`);
  if (!state.paused && (state.status !== state.base || state.reason !== state.baseReason)) {
    problems.push('status and reason differ from base while not paused');
  }
  if (state.softBounceStreak > state.counters.soft_bounced) problems.push('streak above soft bounces');
  if (Object.values(state.counters).some((n) => !Number.isInteger(n) || n < 0)) problems.push('bad counter');
  return problems;
}

describe('properties', () => {
  it(
    'folding applyEvent over the sorted history equals deriveStatus of any permutation',
    () => {
      const arb = historyWithDuplicatesArb.chain(({ withDuplicates }) =>
        permutationOf(withDuplicates).map((shuffled) => ({ withDuplicates, shuffled })),
      );
      fc.assert(
        fc.property(arb, ({ withDuplicates, shuffled }) => {
          const folded = foldStates(sortedUnique(withDuplicates)).at(-1);
          expect(deriveStatus(shuffled)).toEqual(folded);
          expect(deriveStatus(shuffled, { filterMachineEvents: false })).toEqual(
            sortedUnique(withDuplicates).reduce(
              (s, e) => applyEvent(s, e, { filterMachineEvents: false }),
              deriveStatus([]),
            ),
          );
        }),
        RUNS,
      );
    },
    TEST_LIMIT_MS,
  );

  it(
    'exact duplicates of an event (same id) change nothing',
    () => {
      fc.assert(
        fc.property(historyWithDuplicatesArb, ({ history, withDuplicates }) => {
          expect(deriveStatus(withDuplicates)).toEqual(deriveStatus(history));
        }),
        RUNS,
      );
    },
    TEST_LIMIT_MS,
  );

  it(
    'once unsubscribed, always unsubscribed with the same reason',
    () => {
      fc.assert(
        fc.property(historyArb, (history) => {
          const states = foldStates(sortedUnique(history));
          const first = states.findIndex((s) => s.status === 'unsubscribed');
          if (first < 0) return;
          const reason = states[first]?.reason;
          for (const state of states.slice(first)) {
            expect(state.status).toBe('unsubscribed');
            expect(state.reason).toBe(reason);
          }
        }),
        RUNS,
      );
    },
    TEST_LIMIT_MS,
  );

  it(
    'every state has a valid status, a reason valid for it, and base and paused consistent with it',
    () => {
      fc.assert(
        fc.property(historyArb, (history) => {
          const problems = foldStates(sortedUnique(history)).flatMap(inconsistencies);
          expect(problems).toEqual([]);
        }),
        RUNS,
      );
    },
    TEST_LIMIT_MS,
  );

  it(
    'applyEvent never changes its input',
    () => {
      fc.assert(
        fc.property(historyArb, historyArb, (history, more) => {
          const state = deepFreeze(deriveStatus(history));
          const snapshot = structuredClone(state);
          for (const event of more) {
            const frozenEvent = deepFreeze(event);
            const next = applyEvent(state, frozenEvent);
            expect(next).not.toBe(state);
          }
          expect(state).toEqual(snapshot);
        }),
        RUNS,
      );
    },
    TEST_LIMIT_MS,
  );
});
