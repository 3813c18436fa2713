import { z } from '@hono/zod-openapi';
import { TimestampSchema } from '../../platform/http/common-schemas.js';
import { PROVIDERS } from './providers/inbound-event.js';

export const ProviderParamsSchema = z.object({
  provider: z.enum(PROVIDERS).openapi({ param: { name: 'provider', in: 'path' }, example: 'sendgrid' }),
});

export const ProviderConfigInputSchema = z
  .object({
    topic_arns: z
      .array(z.string().max(300))
      .min(1)
      .max(20)
      .optional()
      .openapi({
        description: '`ses`: the SNS topics that deliver your SES events (any other topic is refused).',
        example: ['arn:aws:sns:us-east-1:123456789012:ses-events'],
      }),
    public_key: z.string().min(1).max(4000).optional().openapi({
      description:
        '`sendgrid`: the Event Webhook verification key (Signed Event Webhook), as SendGrid shows it.',
    }),
    signing_key: z
      .string()
      .min(8)
      .max(200)
      .optional()
      .openapi({ description: '`mailgun`: the HTTP webhook signing key.' }),
    secret: z.string().min(16).max(200).optional().openapi({
      description:
        '`postmark`: the basic-auth password of the webhook URL (`https://postmark:<secret>@…`), or the value of its `X-Webhook-Secret` header.',
    }),
    username: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: '`postmark`: the basic-auth user; default `postmark`.' }),
  })
  .openapi('ProviderConfigInput', { example: { signing_key: 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0' } });

export type ProviderConfigInput = z.infer<typeof ProviderConfigInputSchema>;

export const ProviderSchema = z
  .object({
    provider: z.enum(PROVIDERS),
    webhook_url: z.string().openapi({
      description: 'Point the ESP’s webhook here.',
      example: 'https://track.example.com/webhooks/sendgrid/ws_01JDQ7X3M6V1W8A2B4C6D8E0F2',
    }),
    settings: z.record(z.string(), z.unknown()).openapi({
      description: 'The settings, secrets shown only as a fingerprint.',
      example: { key_fingerprint: 'sha256:1f3a9c0d2b4e' },
    }),
    pending_confirmation: z
      .object({ topic_arn: z.string(), subscribe_url: z.string(), received_at: TimestampSchema })
      .nullable()
      .openapi({ description: '`ses`: an SNS subscription waiting for you to open its SubscribeURL.' }),
    created_at: TimestampSchema,
    updated_at: TimestampSchema,
  })
  .openapi('Provider');

export const ProviderListSchema = z.object({ data: z.array(ProviderSchema) }).openapi('ProviderList');

export const InboundParamsSchema = z.object({
  provider: z.string().openapi({
    param: { name: 'provider', in: 'path' },
    example: 'sendgrid',
    description: '`ses`, `sendgrid`, `mailgun` or `postmark`.',
  }),
  workspace_id: z
    .string()
    .openapi({ param: { name: 'workspace_id', in: 'path' }, example: 'ws_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
});

export const InboundResultSchema = z
  .object({
    received: z.number().int().openapi({ description: 'Provider events in the request.' }),
    applied: z.number().int(),
    duplicate: z
      .number()
      .int()
      .openapi({ description: 'Seen before (same provider event id): nothing changed.' }),
    unmatched: z
      .number()
      .int()
      .openapi({ description: 'Naming no message or lead of this workspace: ignored.' }),
    ignored: z.number().int().openapi({
      description:
        'Events nothing depends on (deliveries, deferrals, …), and events whose time is outside the accepted range (from 2000-01-01T00:00:00Z to 15 minutes after the server’s clock).',
    }),
    subscription: z
      .enum(['pending_confirmation', 'confirmed'])
      .optional()
      .openapi({ description: '`ses`: a SubscriptionConfirmation.' }),
  })
  .openapi('InboundResult', { example: { received: 2, applied: 1, duplicate: 1, unmatched: 0, ignored: 0 } });
