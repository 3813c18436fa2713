import { z } from '@hono/zod-openapi';
import { STATUS_REASONS, STATUSES } from '@leadstatus/core';
import { BOUNCE_KINDS, INBOUND_KINDS } from '@leadstatus/mail';
import { TimestampSchema } from '../../../platform/http/common-schemas.js';
import { isIdShape } from '../../../platform/ids.js';

/** The biggest raw message read (API.md): larger ones answer 413. */
export const MAX_MAIL_BYTES = 10 * 1024 * 1024;

export const MATCH_BYS = [
  'in_reply_to',
  'references',
  'original_message',
  'recipient',
  'sender',
  'manual',
] as const;

const INBOUND_ID_EXAMPLE = 'inb_01JDQ7X3M6V1W8A2B4C6D8E0F7';

export const InboundIdParamsSchema = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, maxLength: 64, example: INBOUND_ID_EXAMPLE }),
});

/** Ids that cannot be a mail's answer 404 without a query. */
export function isInboundIdShape(id: string): boolean {
  return isIdShape(id, 'inb');
}

export const ReceiveQuerySchema = z.object({
  campaign_id: z.string().max(64).optional().openapi({
    description: 'Only this campaign’s enrollments match the mail.',
    example: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2',
  }),
});

const BounceSchema = z
  .object({
    type: z.enum(BOUNCE_KINDS),
    status: z
      .string()
      .nullable()
      .openapi({ description: 'The enhanced status code (RFC 3463).', example: '5.1.1' }),
    recipient: z.string().nullable().openapi({ example: 'ann@example.com' }),
    diagnostic: z.string().nullable().openapi({ example: '550 5.1.1 user unknown' }),
  })
  .openapi('InboundBounce');

const MatchSchema = z
  .object({
    lead_id: z.string(),
    campaign_id: z.string(),
    enrollment_id: z.string(),
    by: z.enum(MATCH_BYS).openapi({
      description:
        'How it was found: the reply’s In-Reply-To or References, the original message inside a bounce or ' +
        'complaint, the failed recipient, the sender’s address, or by hand.',
    }),
  })
  .openapi('InboundMatch');

const MailEnrollmentSchema = z
  .object({
    id: z.string(),
    status: z.enum(STATUSES),
    status_reason: z.enum(STATUS_REASONS).nullable(),
    paused_until: TimestampSchema.nullable(),
  })
  .openapi('InboundEnrollment');

const mailFields = {
  id: z.string().openapi({ example: INBOUND_ID_EXAMPLE }),
  kind: z.enum(INBOUND_KINDS),
  bounce: BounceSchema.nullable().openapi({ description: 'Null unless `kind` is `bounce`.' }),
  out_of_office_until: z.string().nullable().openapi({
    description:
      'The return date an out-of-office gives (`YYYY-MM-DD`, as written, read in the workspace’s reporting zone).',
    example: '2026-12-15',
  }),
  match: MatchSchema.nullable().openapi({ description: 'Null for unmatched mail (kept for triage).' }),
  event_id: z.string().nullable().openapi({
    description:
      'The event recorded for the mail; null when unmatched or when it changes nothing (a delayed DSN).',
  }),
  enrollment: MailEnrollmentSchema.nullable().openapi({ description: 'The matched enrollment, now.' }),
};

export const ReceivedMailSchema = z
  .object({
    ...mailFields,
    duplicate: z
      .boolean()
      .openapi({ description: 'True when this mail was received before: nothing changed.' }),
  })
  .openapi('ReceivedMail');

export const InboundMessageSchema = z
  .object({
    ...mailFields,
    rfc822_message_id: z.string().nullable().openapi({ example: '<CAF=abc@mail.gmail.com>' }),
    from: z.object({ email: z.string(), name: z.string().nullable() }),
    to: z.array(z.string()),
    subject: z.string(),
    sent_at: TimestampSchema.nullable().openapi({ description: 'The mail’s Date header.' }),
    received_at: TimestampSchema,
    in_reply_to: z.array(z.string()),
    references: z.array(z.string()),
    snippet: z.string().openapi({
      description: 'The new text of the mail: quoted history and signature removed.',
      example: 'Sounds good, can we talk on Thursday?',
    }),
    evidence: z.array(z.string()).openapi({
      description: 'The rules that decided the kind, e.g. `auto-submitted:auto-replied`.',
    }),
    source: z.string().openapi({ description: '`api`, or the ESP it came through.', example: 'api' }),
  })
  .openapi('InboundMessage');

export const InboundListQuerySchema = z.object({
  kind: z.enum(INBOUND_KINDS).optional(),
  matched: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: '`false`: the triage list of mail no enrollment was found for.' }),
  campaign_id: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ example: 50 }),
  cursor: z.string().max(100).optional().openapi({ description: 'The `next_cursor` of the previous page.' }),
});

export const InboundListSchema = z
  .object({
    data: z.array(InboundMessageSchema),
    next_cursor: z.string().nullable().openapi({ description: 'Null on the last page.' }),
  })
  .openapi('InboundMessageList');

export const ManualMatchSchema = z
  .object({
    lead_id: z.string().max(64).openapi({ example: 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F3' }),
    campaign_id: z.string().max(64).openapi({ example: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
  })
  .openapi('InboundManualMatch');
