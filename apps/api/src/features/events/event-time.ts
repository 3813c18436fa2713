import { z } from '@hono/zod-openapi';

/** The earliest event time accepted: nothing this product tracks happened before it. */
export const EARLIEST_EVENT_TIME = Date.UTC(2000, 0, 1);
export const EARLIEST_EVENT_TIME_ISO = '2000-01-01T00:00:00Z';

/** How far ahead of the server clock an event may claim to have happened (clock skew allowance). */
export const MAX_EVENT_FUTURE_MS = 15 * 60 * 1000;

/** Said where an event time is documented (OpenAPI descriptions, problems). */
export const EVENT_TIME_RANGE = `from ${EARLIEST_EVENT_TIME_ISO} to 15 minutes after the server's clock`;

/**
 * Why an event time (epoch ms) is outside the accepted range, or null when it is inside. Every time
 * a list sorts by and every cursor carries then stays a plain, bounded number.
 */
export function eventTimeProblem(time: number, now: number): string | null {
  if (!Number.isFinite(time) || time < EARLIEST_EVENT_TIME)
    return `Must not be before ${EARLIEST_EVENT_TIME_ISO}`;
  if (time > now + MAX_EVENT_FUTURE_MS) return 'Must not be more than 15 minutes in the future';
  return null;
}

/** An event time in a request body: an RFC 3339 string (checked by the caller), documented with its range. */
export function eventTimeSchema(description: string) {
  return z
    .string()
    .max(64, { abort: true })
    .openapi({
      format: 'date-time',
      example: '2026-11-27T10:00:00Z',
      description: `${description} Accepted ${EVENT_TIME_RANGE}; anything else is a 400.`,
    });
}
