import { z } from '@hono/zod-openapi';
import { TimestampSchema } from '../../platform/http/common-schemas.js';

export const DueQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100).openapi({ example: 100 }),
});

export const DueEnrollmentSchema = z
  .object({
    enrollment_id: z.string().openapi({ example: 'enr_01JDQ7X3M6V1W8A2B4C6D8E0F4' }),
    lead: z.object({
      id: z.string().openapi({ example: 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F3' }),
      email: z.string().openapi({ example: 'ann@example.com' }),
      first_name: z.string().nullable(),
      last_name: z.string().nullable(),
      company: z.string().nullable(),
    }),
    status: z.enum(['not_contacted', 'sent', 'engaged']),
    due_at: TimestampSchema,
    step: z.object({
      position: z.number().int().openapi({ example: 2 }),
      subject: z.string().openapi({ example: 'Following up' }),
    }),
  })
  .openapi('DueEnrollment');

export const DueListSchema = z.object({ data: z.array(DueEnrollmentSchema) }).openapi('DueList', {
  example: {
    data: [
      {
        enrollment_id: 'enr_01JDQ7X3M6V1W8A2B4C6D8E0F4',
        lead: {
          id: 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F3',
          email: 'ann@example.com',
          first_name: 'Ann',
          last_name: null,
          company: 'Acme',
        },
        status: 'sent',
        due_at: '2026-11-27T10:00:00.000Z',
        step: { position: 2, subject: 'Following up' },
      },
    ],
  },
});

export const SequenceSettingsSchema = z
  .object({
    campaign_id: z.string().openapi({ example: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
    final_wait_hours: z.number().int().openapi({
      description: 'Hours after the last step is sent before the lead counts as Completed (no reply).',
      example: 72,
    }),
  })
  .openapi('SequenceSettings');

export const SequenceSettingsInputSchema = z
  .object({
    final_wait_hours: z.number().int().min(0).max(8760).openapi({ example: 96 }),
  })
  .openapi('SequenceSettingsInput');
