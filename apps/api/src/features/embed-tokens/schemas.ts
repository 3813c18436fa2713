import { z } from '@hono/zod-openapi';
import { STATUSES } from '@leadstatus/core';

export const DEFAULT_EMBED_TTL_SECONDS = 15 * 60;
export const MAX_EMBED_TTL_SECONDS = 24 * 60 * 60;
const MAX_SCOPE_ITEMS = 50;

/**
 * An origin exactly as browsers send it: scheme, host and an optional port, nothing else. https
 * only, except http on localhost for development.
 */
function isOrigin(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.origin !== value) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export const EmbedTokenInputSchema = z
  .object({
    campaign_ids: z
      .array(z.string())
      .min(1)
      .max(MAX_SCOPE_ITEMS)
      .optional()
      .openapi({
        description: 'Only these campaigns are visible with the token. Omit for every campaign.',
        example: ['cmp_01JDQ7X3M6V1W8A2B4C6D8E0F3'],
      }),
    statuses: z
      .array(z.enum(STATUSES))
      .min(1)
      .max(STATUSES.length)
      .optional()
      .openapi({
        description:
          'Only leads in these statuses are listed, exported and streamed; a request filter is intersected with them.',
        example: ['engaged', 'replied'],
      }),
    allowed_origins: z
      .array(
        z.string().refine(isOrigin, {
          message: 'Must be an origin such as https://app.example.com (https, or http on localhost)',
        }),
      )
      .min(1)
      .max(MAX_SCOPE_ITEMS)
      .optional()
      .openapi({
        description:
          'Pages on these origins may use the token (CORS). Omit to allow only pages served by this service.',
        example: ['https://app.example.com'],
      }),
    expires_in_seconds: z
      .number()
      .int()
      .min(60)
      .max(MAX_EMBED_TTL_SECONDS)
      .default(DEFAULT_EMBED_TTL_SECONDS)
      .openapi({ description: 'Lifetime: 60 s to 24 h, 15 minutes by default.', example: 900 }),
  })
  .strict()
  .openapi('EmbedTokenInput');

export const EmbedTokenSchema = z
  .object({
    token: z.string().openapi({ description: 'Send as `Authorization: Bearer <token>`. Read-only.' }),
    expires_at: z.string().openapi({ example: '2026-11-27T10:15:00.000Z' }),
    campaign_ids: z.array(z.string()).nullable(),
    statuses: z.array(z.enum(STATUSES)).nullable(),
    allowed_origins: z.array(z.string()).nullable(),
  })
  .openapi('EmbedToken');
