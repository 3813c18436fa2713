import { z } from '@hono/zod-openapi';
import type { IdPrefix } from '../ids.js';

/** A path or body id with its type prefix, e.g. `idSchema('lead')` for `lead_01J…`. */
export function idSchema(prefix: IdPrefix) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9A-Za-z]{1,40}$`), `Must be an id starting with ${prefix}_`)
    .openapi({ example: `${prefix}_01JDQ7X3M6V1W8A2B4C6D8E0F2` });
}

/** RFC 3339 UTC timestamps, as every response writes them. */
export const TimestampSchema = z
  .string()
  .openapi({ format: 'date-time', example: '2026-11-27T10:00:00.000Z' });
