import { BLOCKED_REASONS, type EnrollmentState, STATUSES, type StatusReason } from '@leadstatus/core';
import { statusMetric } from './counters.repository.js';

/** The reasons that make a `bounced` enrollment "blocked": stopped by the DNC list, counted apart. */
const BLOCKED: ReadonlySet<StatusReason> = new Set(BLOCKED_REASONS);
/** The reasons of a bounce by delivery: what the bounce rate counts (blocks are counted apart). */
const DELIVERY_BOUNCE: ReadonlySet<StatusReason> = new Set([
  'hard_bounce',
  'rejected',
  'repeated_soft_bounce',
]);

/** Every indicator metric besides the per-status ones: the rate numerators and the counts beside them. */
export const INDICATOR_METRICS = [
  'enrolled',
  'contacted',
  'opened',
  'clicked',
  'replied',
  'engaged',
  'bounced',
  'completed',
  'unsubscribed',
  'blocked',
  'machine_opened',
  'replies_automatic',
  'out_of_office_holds',
  'company_stops',
] as const;
export type IndicatorMetric = (typeof INDICATOR_METRICS)[number];

/** The metrics of an outcome label: enrollments carrying it, and those of them that were contacted. */
export const labelMetric = (key: string) => `label:${key}`;
export const contactedLabelMetric = (key: string) => `label_contacted:${key}`;

/**
 * The counters one enrollment contributes to its campaign, each 0 or 1 (null = not enrolled or
 * erased). Every maintained metric is such an indicator, so a campaign's counter is the number of
 * its enrollments for which the indicator is 1, and `metricDeltas` is the difference of two states.
 * Each rate numerator is AND-ed with `contacted`, so it never exceeds its denominator (DESIGN.md).
 * The outcome label is not part of the core state: the enrollment's label is given beside it.
 */
export function metricValues(
  state: EnrollmentState | null,
  label: string | null = null,
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const status of STATUSES) values[statusMetric(status)] = 0;
  for (const metric of INDICATOR_METRICS) values[metric] = 0;
  if (state === null) return values;
  const c = state.counters;
  const among = (indicator: boolean) => (state.contacted && indicator ? 1 : 0);
  values[statusMetric(state.status)] = 1;
  if (label !== null) {
    values[labelMetric(label)] = 1;
    values[contactedLabelMetric(label)] = state.contacted ? 1 : 0;
  }
  return {
    ...values,
    enrolled: 1,
    contacted: state.contacted ? 1 : 0,
    opened: among(c.opened > 0),
    clicked: among(c.clicked > 0),
    replied: among(c.replied > 0),
    engaged: among(c.opened > 0 || c.clicked > 0 || c.replied > 0),
    bounced: among(state.status === 'bounced' && isReason(DELIVERY_BOUNCE, state.reason)),
    completed: among(state.status === 'completed'),
    unsubscribed: among(state.status === 'unsubscribed'),
    blocked: state.status === 'bounced' && isReason(BLOCKED, state.reason) ? 1 : 0,
    machine_opened: c.machine_opened > 0 ? 1 : 0,
    replies_automatic: c.auto_replied > 0 ? 1 : 0,
    out_of_office_holds: state.status === 'paused' && state.reason === 'out_of_office' ? 1 : 0,
    company_stops: state.status === 'paused' && state.reason === 'company_replied' ? 1 : 0,
  };
}

function isReason(reasons: ReadonlySet<StatusReason>, reason: StatusReason | null): boolean {
  return reason !== null && reasons.has(reason);
}

/**
 * How a campaign's counters move when one enrollment goes from `before` to `after` (null = not
 * enrolled / erased). Only non-zero deltas are returned; `metricDeltas(a, b)` is `-metricDeltas(b, a)`.
 */
export function metricDeltas(
  before: EnrollmentState | null,
  after: EnrollmentState | null,
  labels: { before: string | null; after: string | null } = NO_LABELS,
): Record<string, number> {
  // Most events move an enrollment's counts but none of its indicators: skip building both maps.
  if (before !== null && after !== null && labels.before === labels.after && sameIndicators(before, after))
    return {};
  const from = metricValues(before, labels.before);
  const to = metricValues(after, labels.after);
  const deltas: Record<string, number> = {};
  for (const metric of new Set([...Object.keys(from), ...Object.keys(to)])) {
    const delta = (to[metric] ?? 0) - (from[metric] ?? 0);
    if (delta !== 0) deltas[metric] = delta;
  }
  return deltas;
}

const NO_LABELS = { before: null, after: null } as const;

/** True when every indicator of `metricValues` is the same for both states: it reads nothing else. */
function sameIndicators(a: EnrollmentState, b: EnrollmentState): boolean {
  const x = a.counters;
  const y = b.counters;
  return (
    a.status === b.status &&
    a.reason === b.reason &&
    a.contacted === b.contacted &&
    x.opened > 0 === y.opened > 0 &&
    x.clicked > 0 === y.clicked > 0 &&
    x.replied > 0 === y.replied > 0 &&
    x.machine_opened > 0 === y.machine_opened > 0 &&
    x.auto_replied > 0 === y.auto_replied > 0
  );
}

/** `metricDeltas` as counter deltas of one campaign, for `applyCounterDeltas`. */
export function counterDeltas(
  campaignId: string,
  before: EnrollmentState | null,
  after: EnrollmentState | null,
  times = 1,
  labels: { before: string | null; after: string | null } = NO_LABELS,
): Array<{ campaignId: string; metric: string; delta: number }> {
  return Object.entries(metricDeltas(before, after, labels)).map(([metric, delta]) => ({
    campaignId,
    metric,
    delta: delta * times,
  }));
}
