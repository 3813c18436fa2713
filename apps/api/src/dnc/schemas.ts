import { z } from '@hono/zod-openapi';
import { idSchema, TimestampSchema } from '../http/common-schemas.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^@(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i;

export const DncInputSchema = z
  .object({
    value: z
      .string()
      .trim()
      .min(3)
      .max(320)
      .refine((v) => EMAIL.test(v) || DOMAIN.test(v), {
        message: 'Must be an e-mail address (ann@example.com) or a domain starting with @ (@example.com)',
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
