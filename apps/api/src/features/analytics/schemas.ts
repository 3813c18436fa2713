import { z } from '@hono/zod-openapi';
import { STATUSES } from '@leadstatus/core';
import { isCampaignIdShape } from '../campaigns/public.js';

export const MAX_ANALYTICS_CAMPAIGN_IDS = 50;

/** `a&a` and `a,b` alike, as one de-duplicated list (repeated keys reach zod as an array). */
function splitList(value: unknown): unknown {
  if (value === undefined) return undefined;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
  return [...new Set(parts.map((p) => p.trim()))];
}

export const AnalyticsQuerySchema = z.object({
  campaign_id: z
    .preprocess(
      splitList,
      z
        .array(
          z.string().refine(isCampaignIdShape, {
            message: 'Must be a campaign id (cmp_ followed by 26 characters)',
          }),
        )
        .min(1)
        .max(MAX_ANALYTICS_CAMPAIGN_IDS),
    )
    .optional()
    .openapi({
      param: { style: 'form', explode: false },
      description: `Only these campaigns (1 to ${MAX_ANALYTICS_CAMPAIGN_IDS}): repeat the parameter or separate with commas. Ids of no campaign in your workspace add nothing.`,
      example: ['cmp_01JDQ7X3M6V1W8A2B4C6D8E0F3'],
    }),
});

const RateSchema = z
  .number()
  .min(0)
  .max(1)
  .nullable()
  .openapi({ description: 'A fraction from 0 to 1; null when its denominator is 0.', example: 0.125 });

const count = (description: string, example: number) =>
  z.number().int().min(0).openapi({ description, example });

export const AnalyticsSummarySchema = z
  .object({
    enrolled: count('Enrollments, whatever their status.', 120),
    contacted: count(
      'Enrollments with at least one event that reached or was tried on the lead: a send, an open or click (human or machine), a reply (human or automatic), a bounce, a rejection, or an opt-out by link, one-click, reply or complaint. Not a do-not-contact block, a pause, the end of the sequence, an unsubscribe with reason `dnc_list` or `manual`, or an opt-out fanned out from another campaign. The denominator of every rate.',
      96,
    ),
    blocked: count(
      'Enrollments Bounced / Blocked by the do-not-contact list (reason `dnc_rule` or `opted_out`): counted apart, in no rate.',
      4,
    ),
    distribution: z
      .object(
        Object.fromEntries(STATUSES.map((s) => [s, z.number().int().min(0)])) as Record<
          (typeof STATUSES)[number],
          z.ZodNumber
        >,
      )
      .openapi({
        description: 'Enrollments per status (sums to `enrolled`).',
        example: {
          not_contacted: 20,
          sent: 40,
          engaged: 22,
          replied: 12,
          bounced: 6,
          unsubscribed: 3,
          completed: 15,
          paused: 2,
        },
      }),
    rates: z
      .object({
        reply_rate: RateSchema,
        engagement_rate: RateSchema,
        open_rate: RateSchema,
        click_rate: RateSchema,
        bounce_rate: RateSchema,
        completion_rate: RateSchema,
        unsubscribe_rate: RateSchema,
      })
      .openapi({
        description:
          'Each a share of `contacted` (its numerator counts only contacted enrollments, so it is within [0, 1]); null when `contacted` is 0. See `GET /v1/metrics/definitions` for each numerator.',
      }),
    opens: z.object({
      human: count('Enrollments with at least one human open.', 40),
      machine: count('Enrollments with at least one machine-made open (scanners, privacy proxies).', 30),
    }),
    replies_automatic: count(
      'Enrollments with at least one automatic reply (out-of-office, autoresponder): counted apart, in no rate.',
      9,
    ),
    out_of_office_holds: count(
      'Enrollments paused now by an out-of-office reply, until the day after its return date.',
      3,
    ),
    company_stops: count(
      'Enrollments paused now because another lead at their company replied in the campaign.',
      2,
    ),
  })
  .openapi('AnalyticsSummary');

export const MetricDefinitionSchema = z
  .object({
    name: z.string().openapi({ example: 'reply_rate' }),
    kind: z.enum(['count', 'rate']),
    description: z.string(),
    numerator: z.string().openapi({ example: 'enrollments with at least one human reply' }),
    denominator: z.string().nullable().openapi({ example: 'contacted enrollments' }),
  })
  .openapi('MetricDefinition');

export const MetricDefinitionsSchema = z
  .object({ data: z.array(MetricDefinitionSchema) })
  .openapi('MetricDefinitions');
