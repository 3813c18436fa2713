import { z } from '@hono/zod-openapi';
import { MAX_EMAIL_LENGTH } from '../../platform/email/email-address.js';
import { idSchema, TimestampSchema } from '../../platform/http/common-schemas.js';
import { parseDncValue } from './dnc-value.js';

export const DncInputSchema = z
  .object({
    value: z
      .string()
      .trim()
      .min(3)
      // Checked first, and nothing else runs on a longer value (no pattern ever sees a huge input).
      .max(MAX_EMAIL_LENGTH, { abort: true })
      .superRefine((value, ctx) => {
        const parsed = parseDncValue(value);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
      })
      .openapi({ example: '@competitor.example' }),
  })
  .openapi('DncInput');

export const DncEntrySchema = z
  .object({
    id: idSchema('dnc'),
    value: z
      .string()
      .openapi({ example: '@competitor.example', description: 'An e-mail, or @ and a domain.' }),
    kind: z.enum(['email', 'domain']),
    source: z.string().openapi({
      example: 'manual',
      description: '`manual` (added here), `unsubscribed` or `complaint` (added when the lead opted out).',
    }),
    created_at: TimestampSchema,
  })
  .openapi('DncEntry');

export const DncCreatedSchema = DncEntrySchema.extend({
  affected_enrollments: z.number().int().openapi({
    description: 'Enrollments this entry just unsubscribed (an e-mail) or blocked (a domain).',
  }),
}).openapi('DncCreated');

export const DncListSchema = z
  .object({ data: z.array(DncEntrySchema), next_cursor: z.string().nullable() })
  .openapi('DncList');

/** `@domain` for domain entries, the address for e-mail entries: the form users type. */
export function displayValue(kind: 'email' | 'domain', value: string): string {
  return kind === 'domain' ? `@${value}` : value;
}
