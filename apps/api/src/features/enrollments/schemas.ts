import { z } from '@hono/zod-openapi';
import { STATUS_REASONS, STATUSES } from '@leadstatus/core';
import { EmailSchema } from '../../platform/email/email.js';
import { idSchema } from '../../platform/http/common-schemas.js';
import { StatusSchema } from '../statuses/public.js';

/** `status` as an array, or one value, or comma-separated values. */
export const StatusFilterSchema = z.preprocess(
  (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(','))),
  z.array(z.enum(STATUSES)).min(1),
);

export const CampaignFilterSchema = z
  .object({
    campaign_id: idSchema('cmp'),
    status: z.array(z.enum(STATUSES)).min(1).max(STATUSES.length),
  })
  .openapi('CampaignStatusFilter', {
    description: 'The leads of `campaign_id` whose status there is one of `status`.',
  });

export const EnrollBodySchema = z
  .object({
    lead_ids: z.array(idSchema('lead')).min(1).max(1000).optional(),
    emails: z
      .array(EmailSchema)
      .min(1)
      .max(1000)
      .optional()
      .openapi({ description: 'Leads by e-mail; a lead is created for an e-mail that has none.' }),
    filter: CampaignFilterSchema.optional().openapi({
      description: 'Every lead of another campaign in these statuses, e.g. to re-engage its Completed leads.',
    }),
  })
  .refine((b) => [b.lead_ids, b.emails, b.filter].filter((x) => x !== undefined).length === 1, {
    message: 'Give exactly one of lead_ids, emails or filter',
    path: ['lead_ids'],
  })
  .openapi('EnrollRequest');

export const EnrollResultSchema = z
  .object({
    lead_id: idSchema('lead').nullable(),
    email: z.string().nullable(),
    enrollment_id: idSchema('enr').nullable(),
    status: StatusSchema.nullable(),
    status_reason: z.enum(STATUS_REASONS).nullable(),
    result: z.enum(['enrolled', 'blocked', 'already_enrolled', 'not_found']).openapi({
      description:
        '`blocked`: enrolled as Bounced / Blocked because the e-mail or its domain is on the do-not-contact list; nothing will be sent.',
    }),
    lead_created: z.boolean(),
  })
  .openapi('EnrollResult');

export const EnrollResponseSchema = z
  .object({
    data: z.array(EnrollResultSchema),
    summary: z.object({
      enrolled: z.number().int(),
      blocked: z.number().int(),
      already_enrolled: z.number().int(),
      not_found: z.number().int(),
      leads_created: z.number().int(),
    }),
  })
  .openapi('EnrollResponse');
