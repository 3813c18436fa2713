import { type EnrollmentState, STATUSES } from '@leadstatus/core';
import { statusMetric } from '../counters/campaign-counters.repository.js';

/** The reasons that make a `bounced` enrollment "blocked": never contacted because of the DNC list. */
const BLOCKED_REASONS: ReadonlySet<string> = new Set(['dnc_rule', 'opted_out']);

/**
 * The counters one enrollment contributes to its campaign, each 0 or 1 (null = not enrolled or
 * erased). Every maintained metric is such an indicator, so a campaign's counter is the number of
 * its enrollments for which the indicator is 1, and `metricDeltas` is the difference of two states.
 */
export function metricValues(state: EnrollmentState | null): Record<string, number> {
  const values: Record<string, number> = {};
  for (const status of STATUSES) values[statusMetric(status)] = 0;
  if (state === null) {
    return {
      ...values,
      enrolled: 0,
      contacted: 0,
      opened: 0,
      clicked: 0,
      replied: 0,
      engaged: 0,
      blocked: 0,
      machine_opened: 0,
    };
  }
  const c = state.counters;
  values[statusMetric(state.status)] = 1;
  return {
    ...values,
    enrolled: 1,
    contacted: c.sent > 0 ? 1 : 0,
    opened: c.opened > 0 ? 1 : 0,
    clicked: c.clicked > 0 ? 1 : 0,
    replied: c.replied > 0 ? 1 : 0,
    engaged: c.opened > 0 || c.clicked > 0 || c.replied > 0 ? 1 : 0,
    blocked: state.status === 'bounced' && state.reason !== null && BLOCKED_REASONS.has(state.reason) ? 1 : 0,
    machine_opened: c.machine_opened > 0 ? 1 : 0,
  };
}

/**
 * How a campaign's counters move when one enrollment goes from `before` to `after` (null = not
 * enrolled / erased). Only non-zero deltas are returned; `metricDeltas(a, b)` is `-metricDeltas(b, a)`.
 */
export function metricDeltas(
  before: EnrollmentState | null,
  after: EnrollmentState | null,
): Record<string, number> {
  // Most events move an enrollment's counts but none of its indicators: skip building both maps.
  if (before !== null && after !== null && sameIndicators(before, after)) return {};
  const from = metricValues(before);
  const to = metricValues(after);
  const deltas: Record<string, number> = {};
  for (const metric of Object.keys(to)) {
    const delta = (to[metric] ?? 0) - (from[metric] ?? 0);
    if (delta !== 0) deltas[metric] = delta;
  }
  return deltas;
}

/** True when every indicator of `metricValues` is the same for both states. */
function sameIndicators(a: EnrollmentState, b: EnrollmentState): boolean {
  const x = a.counters;
  const y = b.counters;
  return (
    a.status === b.status &&
    BLOCKED_REASONS.has(a.reason ?? '') === BLOCKED_REASONS.has(b.reason ?? '') &&
    x.sent > 0 === y.sent > 0 &&
    x.opened > 0 === y.opened > 0 &&
    x.clicked > 0 === y.clicked > 0 &&
    x.replied > 0 === y.replied > 0 &&
    x.machine_opened > 0 === y.machine_opened > 0
  );
}

/** `metricDeltas` as counter deltas of one campaign, for `applyCounterDeltas`. */
export function counterDeltas(
  campaignId: string,
  before: EnrollmentState | null,
  after: EnrollmentState | null,
  times = 1,
): Array<{ campaignId: string; metric: string; delta: number }> {
  return Object.entries(metricDeltas(before, after)).map(([metric, delta]) => ({
    campaignId,
    metric,
    delta: delta * times,
  }));
}
