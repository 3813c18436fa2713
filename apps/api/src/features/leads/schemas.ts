import { z } from '@hono/zod-openapi';
import { BOUNCE_TYPES, EVENT_TYPES, MANUAL_EVENT_TYPES, STATUS_REASONS } from '@leadstatus/core';
import { INBOUND_KINDS } from '@leadstatus/mail';
import { EmailSchema } from '../../platform/email/email.js';
import { TimestampSchema } from '../../platform/http/common-schemas.js';
import { LabelRefSchema } from '../lists/public.js';
import { StatusSchema } from '../statuses/public.js';
import { CustomFieldsInputSchema, CustomFieldsSchema } from './custom-fields.js';

export const MAX_LEAD_BATCH = 1000;

const LEAD_ID_EXAMPLE = 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F2';
const CAMPAIGN_ID_EXAMPLE = 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F3';
const ENROLLMENT_ID_EXAMPLE = 'enr_01JDQ7X3M6V1W8A2B4C6D8E0F4';

/** A path id: any string, so an unknown or malformed id is a 404 like any other unknown id. */
export const LeadIdParamsSchema = z.object({
  id: z.string().openapi({
    param: { name: 'id', in: 'path' },
    maxLength: 64,
    example: LEAD_ID_EXAMPLE,
  }),
});

/** A name or company: trimmed, at most 255 characters; null or an empty string clears it. */
const TextFieldSchema = z.string().trim().max(255).nullable();

export const LeadInputSchema = z
  .object({
    email: EmailSchema,
    first_name: TextFieldSchema.optional().openapi({ example: 'Ann' }),
    last_name: TextFieldSchema.optional().openapi({ example: 'Lee' }),
    company: TextFieldSchema.optional().openapi({ example: 'Example Ltd' }),
    custom_fields: CustomFieldsInputSchema.optional(),
  })
  .openapi('LeadInput', {
    description: 'A lead to create; in a batch, a lead to create or update (matched by e-mail).',
    example: {
      email: 'ann@example.com',
      first_name: 'Ann',
      company: 'Example Ltd',
      custom_fields: { plan: 'pro' },
    },
  });

export const LeadPatchSchema = z
  .object({
    email: EmailSchema.optional(),
    first_name: TextFieldSchema.optional(),
    last_name: TextFieldSchema.optional(),
    company: TextFieldSchema.optional(),
    custom_fields: CustomFieldsInputSchema.optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'Send at least one of email, first_name, last_name, company, custom_fields',
  })
  .openapi('LeadPatch', {
    description: 'Fields to change; absent fields are kept, null clears a name or company.',
    example: { company: 'Example Group', custom_fields: { plan: 'enterprise', trial: null } },
  });

export const LeadSchema = z
  .object({
    id: z.string().openapi({ example: LEAD_ID_EXAMPLE }),
    email: z.string().openapi({ example: 'ann@example.com', description: 'As it was given.' }),
    first_name: z.string().nullable().openapi({ example: 'Ann' }),
    last_name: z.string().nullable().openapi({ example: 'Lee' }),
    company: z.string().nullable().openapi({ example: 'Example Ltd' }),
    custom_fields: CustomFieldsSchema,
    created_at: TimestampSchema,
    updated_at: TimestampSchema,
  })
  .openapi('Lead');

const CountersSchema = z.object({
  sent: z.number().int(),
  opened: z.number().int(),
  clicked: z.number().int(),
  replied: z.number().int(),
});

export const LeadEnrollmentSchema = z
  .object({
    enrollment_id: z.string().openapi({ example: ENROLLMENT_ID_EXAMPLE }),
    campaign: z.object({
      id: z.string().openapi({ example: CAMPAIGN_ID_EXAMPLE }),
      name: z.string().openapi({ example: 'Q4 outreach' }),
    }),
    status: StatusSchema,
    status_reason: z.enum(STATUS_REASONS).nullable(),
    paused_until: TimestampSchema.nullable().openapi({
      description: 'When an out-of-office hold ends and the sequence resumes by itself; null otherwise.',
    }),
    label: LabelRefSchema.nullable().openapi({ description: 'The outcome label: what came of the lead.' }),
    label_changed_at: TimestampSchema.nullable(),
    status_changed_at: TimestampSchema,
    last_event_at: TimestampSchema.nullable().openapi({ description: 'Null until the first event.' }),
    paused: z.boolean(),
    current_step: z.number().int().openapi({ description: 'Steps sent so far.' }),
    counters: CountersSchema.openapi({ description: 'Human opens, clicks and replies; emails sent.' }),
  })
  .openapi('LeadEnrollment');

export const TimelineEventSchema = z
  .object({
    kind: z.literal('event'),
    id: z.string().openapi({ example: 'evt_01JDQ7X3M6V1W8A2B4C6D8E0F5' }),
    campaign_id: z.string(),
    enrollment_id: z.string(),
    type: z.enum([...EVENT_TYPES, ...MANUAL_EVENT_TYPES]),
    occurred_at: TimestampSchema,
    step: z.number().int().nullable(),
    bounce_type: z.enum(BOUNCE_TYPES).nullable(),
    auto_reply: z.boolean(),
    machine: z.boolean().openapi({ description: 'An open or click by a scanner or privacy proxy.' }),
    reason: z.enum(STATUS_REASONS).nullable(),
    paused_until: TimestampSchema.nullable().openapi({
      description: 'For a `paused` event of an out-of-office hold: when the hold ends.',
    }),
    mail: z
      .object({
        inbound_message_id: z.string().openapi({ example: 'inb_01JDQ7X3M6V1W8A2B4C6D8E0F7' }),
        kind: z.enum(INBOUND_KINDS),
        snippet: z.string().openapi({
          description: 'The new text of the mail: quoted history and signature removed.',
          example: 'Sounds good, can we talk on Thursday?',
        }),
      })
      .nullable()
      .openapi({ description: 'For an event read from an inbound mail: the mail, in short.' }),
  })
  .openapi('LeadTimelineEvent');

export const TimelineStatusChangeSchema = z
  .object({
    kind: z.literal('status_change'),
    id: z.string().openapi({ example: 'chg_01JDQ7X3M6V1W8A2B4C6D8E0F6' }),
    campaign_id: z.string(),
    enrollment_id: z.string(),
    from: StatusSchema,
    to: StatusSchema,
    reason: z.enum(STATUS_REASONS).nullable(),
    at: TimestampSchema,
  })
  .openapi('LeadTimelineStatusChange');

export const TimelineItemSchema = z
  .discriminatedUnion('kind', [TimelineEventSchema, TimelineStatusChangeSchema])
  .openapi('LeadTimelineItem');

export const LeadDetailsSchema = LeadSchema.extend({
  enrollments: z.array(LeadEnrollmentSchema),
  timeline: z.array(TimelineItemSchema).openapi({
    description: 'Events and status changes of every enrollment, oldest first: the most recent 500.',
  }),
}).openapi('LeadDetails');

export const LeadBatchRequestSchema = z
  .object({
    leads: z
      .array(z.unknown())
      .min(1)
      .max(MAX_LEAD_BATCH)
      // Items are validated one by one, so one bad item does not reject the others.
      .openapi({ items: { $ref: '#/components/schemas/LeadInput' } }),
  })
  .openapi('LeadBatchRequest');

export const LeadBatchResultSchema = z
  .object({
    index: z.number().int().openapi({ description: 'Position of the item in `leads`.' }),
    status: z.enum(['created', 'updated', 'unchanged', 'invalid']),
    lead_id: z.string().optional().openapi({ example: LEAD_ID_EXAMPLE }),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'For `invalid` items: each problem, with a path inside the item.' }),
  })
  .openapi('LeadBatchResult');

export const LeadBatchResponseSchema = z
  .object({
    data: z.array(LeadBatchResultSchema),
    summary: z.object({
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      invalid: z.number().int(),
    }),
  })
  .openapi('LeadBatchResponse');

export type LeadInput = z.infer<typeof LeadInputSchema>;
export type LeadPatch = z.infer<typeof LeadPatchSchema>;
export type LeadBatchResult = z.infer<typeof LeadBatchResultSchema>;

const LEAD_ID_PATTERN = /^lead_[0-9A-Za-z]{1,40}$/;

/** Ids that cannot be a lead's answer 404 without a query (and never reach an ASCII-only column). */
export function isLeadIdShape(id: string): boolean {
  return LEAD_ID_PATTERN.test(id);
}
