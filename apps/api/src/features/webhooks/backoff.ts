const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The pause before each retry: the first attempt is immediate, then these; ten attempts over about
 * 47 hours, so an endpoint that is down for a day still gets everything.
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  30 * SECOND,
  2 * MINUTE,
  10 * MINUTE,
  30 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  24 * HOUR,
];

/** Up to this much is added to each pause, so retries of many deliveries do not arrive in step. */
export const JITTER_RATIO = 0.2;

/**
 * When to try again after `attempts` failed attempts in this round, or null to give up.
 * `random` returns [0, 1) like Math.random (injected in tests).
 */
export function nextAttemptAt(
  attempts: number,
  now: number,
  random: () => number,
  delays: readonly number[] = RETRY_DELAYS_MS,
): number | null {
  const delay = delays[attempts - 1];
  if (delay === undefined) return null;
  return now + delay + Math.floor(delay * JITTER_RATIO * random());
}
