import type { LeadEvent } from './events.js';
import { toEpochMs } from './time.js';

// Kinds of seq, so that mixed kinds still sort in one total order: numbers, then strings, then none.
function seqRank(seq: number | string | undefined): number {
  if (typeof seq === 'number') return Number.isFinite(seq) ? 0 : 2;
  return typeof seq === 'string' ? 1 : 2;
}

/**
 * Orders two `seq` values: numbers numerically, strings by code unit (not locale), numbers before
 * strings, and a missing (or non-finite) seq after both.
 */
export function compareSeq(a: number | string | undefined, b: number | string | undefined): number {
  const rankA = seqRank(a);
  const rankB = seqRank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (rankA === 2 || a === b) return 0;
  return (a as number | string) < (b as number | string) ? -1 : 1;
}

/**
 * The order events apply in: by `occurred_at`, then by `seq` (arrival). Events equal by both keep their
 * input order (deriveStatus sorts stably). Negative when `a` applies before `b`.
 */
export function compareEvents(a: LeadEvent, b: LeadEvent): number {
  const timeA = toEpochMs(a.occurred_at);
  const timeB = toEpochMs(b.occurred_at);
  if (timeA !== timeB) return timeA < timeB ? -1 : 1;
  return compareSeq(a.seq, b.seq);
}
