import type { ProviderName } from './inbound-event.js';

const MINUTE = 60_000;

/**
 * How far a webhook's signed time may be from the server's clock, per provider, before the request
 * is refused like a bad signature. `before`: how old; `after`: how far ahead (clock skew).
 * - Mailgun signs each delivery afresh but signs no body: 5 minutes, and each token is accepted once.
 * - SendGrid signs the timestamp header with the body: 5 minutes (a replay inside them only repeats
 *   events already recorded, by their `sg_event_id`).
 * - SNS signs `Timestamp`, the time the notification was published, and keeps it on its retries,
 *   which a delivery policy may spread over up to an hour: one hour (a replay repeats `MessageId`).
 * - Postmark signs nothing and sends no time: nothing to check (its secret is the whole check).
 */
export const FRESHNESS: Readonly<
  Record<Exclude<ProviderName, 'postmark'>, { before: number; after: number }>
> = {
  mailgun: { before: 5 * MINUTE, after: 5 * MINUTE },
  sendgrid: { before: 5 * MINUTE, after: 5 * MINUTE },
  ses: { before: 60 * MINUTE, after: 5 * MINUTE },
};

/** True when a signed time (epoch ms) is within the provider's window around `now`. */
export function isFresh(provider: keyof typeof FRESHNESS, signedAt: number, now: number): boolean {
  const window = FRESHNESS[provider];
  return Number.isFinite(signedAt) && signedAt >= now - window.before && signedAt <= now + window.after;
}

/** Unix seconds as a provider writes them (`"1770920772"`), as epoch ms; NaN when it is not that. */
export function unixSecondsToMs(value: string): number {
  return /^\d{1,12}$/.test(value) ? Number(value) * 1000 : Number.NaN;
}
