import { z } from '@hono/zod-openapi';
import { BOUNCE_TYPES, EVENT_TYPES, parseEventTime, STATUS_REASONS } from '@leadstatus/core';
import { EmailSchema } from '../../platform/email/email.js';
import { idSchema } from '../../platform/http/common-schemas.js';
import { StatusSchema } from '../statuses/public.js';
import { eventTimeSchema } from './event-time.js';

const MAX_METADATA_BYTES = 8 * 1024;

export const EventInputSchema = z
  .object({
    type: z.enum(EVENT_TYPES).openapi({ example: 'opened' }),
    campaign_id: idSchema('cmp'),
    lead_id: idSchema('lead').optional().openapi({ description: 'The lead; or name it by `email`.' }),
    email: EmailSchema.optional().openapi({ description: 'The lead’s e-mail, instead of `lead_id`.' }),
    occurred_at: eventTimeSchema('When it happened; defaults to now.').optional(),
    id: z.string().min(1).max(255).optional().openapi({
      example: 'esp-msg-123:open',
      description:
        'Your id for the event: the same id again is acknowledged as a duplicate and changes nothing.',
    }),
    step: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .openapi({ description: 'The sequence step (1-based).' }),
    bounce_type: z.enum(BOUNCE_TYPES).optional().openapi({ description: 'For `bounced`; default `hard`.' }),
    auto_reply: z
      .boolean()
      .optional()
      .openapi({ description: 'For `replied`: an out-of-office or autoresponder.' }),
    machine: z
      .boolean()
      .optional()
      .openapi({ description: 'For `opened`/`clicked`: made by a security scanner or privacy proxy.' }),
    reason: z.enum(STATUS_REASONS).optional().openapi({
      description:
        'For `unsubscribed` (link, one_click, reply, dnc_list, complaint, manual; default link) and `blocked` (dnc_rule, opted_out; default dnc_rule).',
    }),
    user_agent: z.string().max(1000).optional(),
    metadata: z
      .record(z.string(), z.unknown())
      .optional()
      .refine((m) => m === undefined || JSON.stringify(m).length <= MAX_METADATA_BYTES, {
        message: `Must be at most ${MAX_METADATA_BYTES} bytes of JSON`,
      }),
  })
  .superRefine((event, ctx) => {
    if ((event.lead_id === undefined) === (event.email === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lead_id'],
        message: 'Name the lead by exactly one of lead_id or email',
      });
    }
    if (event.occurred_at !== undefined && !parseEventTime(event.occurred_at).ok) {
      ctx.addIssue({
        code: 'custom',
        path: ['occurred_at'],
        message: 'Must be an RFC 3339 time with an offset, e.g. 2026-11-27T10:00:00Z',
      });
    }
    if (event.reason !== undefined) {
      const allowed: Record<string, readonly string[]> = {
        unsubscribed: ['link', 'one_click', 'reply', 'dnc_list', 'complaint', 'manual'],
        blocked: ['dnc_rule', 'opted_out'],
      };
      if (!allowed[event.type]?.includes(event.reason)) {
        ctx.addIssue({
          code: 'custom',
          path: ['reason'],
          message: allowed[event.type]
            ? `For ${event.type} the reason must be one of ${allowed[event.type]?.join(', ')}`
            : `A ${event.type} event takes no reason`,
        });
      }
    }
    if (event.bounce_type !== undefined && event.type !== 'bounced') {
      ctx.addIssue({
        code: 'custom',
        path: ['bounce_type'],
        message: 'Only a bounced event has a bounce_type',
      });
    }
  })
  .openapi('EventInput');

export type EventInput = z.infer<typeof EventInputSchema>;

export const EnrollmentStatusSchema = z
  .object({
    id: idSchema('enr'),
    status: StatusSchema,
    status_reason: z.enum(STATUS_REASONS).nullable(),
  })
  .openapi('EnrollmentStatus');

export const EventAcceptedSchema = z
  .object({
    event_id: idSchema('evt'),
    duplicate: z
      .boolean()
      .openapi({ description: 'True when this event id was seen before: nothing changed.' }),
    enrollment: EnrollmentStatusSchema,
  })
  .openapi('EventAccepted');

export const BatchEventResultSchema = z
  .object({
    index: z.number().int(),
    result: z.enum(['applied', 'duplicate', 'invalid', 'not_found']),
    event_id: idSchema('evt').optional(),
    enrollment: EnrollmentStatusSchema.optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('BatchEventResult');

export const BatchEventsResponseSchema = z
  .object({
    data: z.array(BatchEventResultSchema),
    summary: z.object({
      applied: z.number().int(),
      duplicate: z.number().int(),
      invalid: z.number().int(),
      not_found: z.number().int(),
    }),
  })
  .openapi('BatchEventsResponse');
