import { dealt } from './people.js';
import type { Random } from './random.js';
import type { EnrollmentTraits } from './timeline.js';

/** Rates per enrollment of a campaign (replies come from the campaign spec). */
const UNSUBSCRIBE_RATE = 0.011;
const OPEN_RATE = 0.52;
const CLICK_RATE = 0.09;
const AUTO_REPLY_RATE = 0.025;
const SOFT_ONCE_RATE = 0.015;

/** At most `wanted`, never more than what is left of `n`. */
function take(left: { n: number }, wanted: number): number {
  const count = Math.max(0, Math.min(left.n, wanted));
  left.n -= count;
  return count;
}

/**
 * The traits of a campaign's `n` enrollments, dealt by quota (exact counts, random order), so even a
 * small demo has a reply, an unsubscribe and the complaints it asks for.
 */
export function dealTraits(
  random: Random,
  n: number,
  replyRate: number,
  complaints: number,
): EnrollmentTraits[] {
  const left = { n };
  const complaint = take(left, complaints);
  const reply = take(left, Math.max(1, Math.round(n * replyRate)));
  const unsubscribe = take(left, Math.max(1, Math.round(n * UNSUBSCRIBE_RATE)));
  const fates = dealt(random.fork('fates'), { reply, unsubscribe, complaint, none: left.n });
  const clicks = Math.round(n * CLICK_RATE);
  const opens = dealt(random.fork('opens'), {
    click: clicks,
    open: Math.round(n * OPEN_RATE) - clicks,
    none: n - Math.round(n * OPEN_RATE),
  });
  const autoReplies = dealt(random.fork('auto'), {
    yes: Math.round(n * AUTO_REPLY_RATE),
    no: n - Math.round(n * AUTO_REPLY_RATE),
  });
  const softOnce = dealt(random.fork('soft'), {
    yes: Math.round(n * SOFT_ONCE_RATE),
    no: n - Math.round(n * SOFT_ONCE_RATE),
  });
  return fates.map((fate, i) => ({
    fate,
    opener: opens[i] !== 'none',
    clicker: opens[i] === 'click',
    autoReply: autoReplies[i] === 'yes',
    softOnce: softOnce[i] === 'yes',
  }));
}
