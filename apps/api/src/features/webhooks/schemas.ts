import { z } from '@hono/zod-openapi';
import { STATUS_REASONS } from '@leadstatus/core';
import { idSchema, TimestampSchema } from '../../platform/http/common-schemas.js';
import { StatusSchema } from '../statuses/public.js';
import { TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES } from './payload.js';
import { MAX_URL_LENGTH } from './url-policy.js';

export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES).openapi('WebhookEventType', {
  description:
    'What a subscription receives. Only `lead.status_changed` for now; raw event types may follow.',
});

const UrlSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_URL_LENGTH)
  .openapi({
    example: 'https://partner.example/webhooks/lead-status',
    description:
      'An `https` URL whose host is not (and does not resolve to) a private, loopback, link-local or ' +
      'otherwise non-public address. Checked again before every delivery. Redirects are not followed.',
  });

const EventTypesSchema = z
  .array(WebhookEventTypeSchema)
  .min(1)
  .max(10)
  .transform((types) => [...new Set(types)]);

export const WebhookInputSchema = z
  .object({
    url: UrlSchema,
    event_types: EventTypesSchema.optional().openapi({
      description: 'Defaults to `["lead.status_changed"]`.',
    }),
  })
  .openapi('WebhookInput');

export const WebhookPatchSchema = z
  .object({
    url: UrlSchema.optional(),
    event_types: EventTypesSchema.optional(),
    enabled: z
      .boolean()
      .optional()
      .openapi({
        description:
          'false stops deliveries; true starts them again with the changes from now on (changes made while ' +
          'disabled are not sent). Deliveries already queued are sent once it is enabled.',
      }),
  })
  .refine((p) => p.url !== undefined || p.event_types !== undefined || p.enabled !== undefined, {
    message: 'Send url, event_types or enabled',
  })
  .openapi('WebhookPatch');

export const WebhookSchema = z
  .object({
    id: idSchema('whk'),
    url: z.string().openapi({ example: 'https://partner.example/webhooks/lead-status' }),
    event_types: z.array(WebhookEventTypeSchema),
    enabled: z.boolean(),
    disabled_reason: z.enum(['manual', 'gone']).nullable().openapi({
      description:
        '`manual` (disabled with PATCH) or `gone` (the endpoint answered 410 Gone); null when enabled.',
    }),
    created_at: TimestampSchema,
    updated_at: TimestampSchema,
  })
  .openapi('Webhook');

export const WebhookCreatedSchema = WebhookSchema.extend({
  secret: z.string().openapi({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret, shown only here: store it to verify `webhook-signature`.',
  }),
}).openapi('WebhookCreated');

export const WebhookListSchema = z
  .object({ data: z.array(WebhookSchema), next_cursor: z.string().nullable() })
  .openapi('WebhookList');

export const LeadStatusChangedEventSchema = z
  .object({
    id: idSchema('dlv').openapi({ description: 'The message id, also sent as `webhook-id`.' }),
    type: z.literal('lead.status_changed'),
    created_at: TimestampSchema,
    data: z.object({
      enrollment_id: idSchema('enr'),
      lead_id: idSchema('lead'),
      campaign_id: idSchema('cmp'),
      from: StatusSchema,
      to: StatusSchema,
      reason: z.enum(STATUS_REASONS).nullable(),
      paused_until: TimestampSchema.nullable().openapi({
        description: 'For a change to `paused` by an out-of-office reply: when the hold ends; else null.',
      }),
      at: TimestampSchema.openapi({ description: 'When it happened in the lead’s history.' }),
    }),
  })
  .openapi('LeadStatusChangedEvent');

export const WebhookTestEventSchema = z
  .object({
    id: idSchema('dlv'),
    type: z.literal(TEST_EVENT_TYPE),
    created_at: TimestampSchema,
    data: z.object({ webhook_id: idSchema('whk'), message: z.string() }),
  })
  .openapi('WebhookTestEvent');

export const WebhookEventSchema = z
  .union([LeadStatusChangedEventSchema, WebhookTestEventSchema])
  .openapi('WebhookEvent', { description: 'The JSON body of a delivery.' });

export const WebhookAttemptSchema = z
  .object({
    attempt: z.number().int().openapi({ example: 1 }),
    attempted_at: TimestampSchema,
    status_code: z.number().int().nullable().openapi({
      example: 500,
      description: 'The HTTP status answered; null when there was no response (see `error`).',
    }),
    duration_ms: z.number().int(),
    error: z.string().nullable().openapi({ example: 'timed out after 10000 ms' }),
    response_body: z
      .string()
      .nullable()
      .openapi({ description: 'The first 1024 characters of the response.' }),
  })
  .openapi('WebhookAttempt');

export const WebhookDeliverySchema = z
  .object({
    id: idSchema('dlv'),
    webhook_id: idSchema('whk'),
    type: z.string().openapi({ example: 'lead.status_changed' }),
    status: z.enum(['pending', 'delivered', 'failed']).openapi({
      description:
        '`pending` (waiting for its next attempt), `delivered` (a 2xx answer), `failed` (gave up, or the ' +
        'endpoint answered 410): replay it to send it again.',
    }),
    attempt_count: z.number().int(),
    next_attempt_at: TimestampSchema.nullable(),
    delivered_at: TimestampSchema.nullable(),
    created_at: TimestampSchema,
    payload: WebhookEventSchema,
    attempts: z.array(WebhookAttemptSchema).openapi({ description: 'Every attempt, oldest first.' }),
  })
  .openapi('WebhookDelivery');

export const WebhookDeliveryListSchema = z
  .object({ data: z.array(WebhookDeliverySchema), next_cursor: z.string().nullable() })
  .openapi('WebhookDeliveryList');

/** Path ids are checked by shape in the handler: a malformed id is simply not found (404). */
export const WebhookParamsSchema = z.object({
  id: z.string().max(64).openapi({ example: 'whk_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
});
export const DeliveryParamsSchema = WebhookParamsSchema.extend({
  delivery_id: z.string().max(64).openapi({ example: 'dlv_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
});

/** The headers of every delivery (Standard Webhooks). */
export const WebhookHeadersSchema = z.object({
  'webhook-id': z.string().openapi({ description: 'The message id (`dlv_…`): the same on every attempt.' }),
  'webhook-timestamp': z
    .string()
    .openapi({ description: 'Unix seconds of this attempt.', example: '1795774800' }),
  'webhook-signature': z.string().openapi({
    description: '`v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`.',
    example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
  }),
});
