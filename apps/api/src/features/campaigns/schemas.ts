import { z } from '@hono/zod-openapi';
import { OUT_OF_OFFICE_ACTIONS } from '../../platform/db/tables/campaigns.js';
import { TimestampSchema } from '../../platform/http/common-schemas.js';

export const MAX_CAMPAIGN_STEPS = 50;
/** A year: longer delays are almost certainly a unit mistake (minutes or days for hours). */
export const MAX_DELAY_HOURS = 8760;

const CAMPAIGN_ID_EXAMPLE = 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F3';

/** A path id: any string, so an unknown or malformed id is a 404 like any other unknown id. */
export const CampaignIdParamsSchema = z.object({
  id: z.string().openapi({
    param: { name: 'id', in: 'path' },
    maxLength: 64,
    example: CAMPAIGN_ID_EXAMPLE,
  }),
});

const NameSchema = z.string().trim().min(1).max(255).openapi({ example: 'Q4 outreach' });

export const CampaignStepInputSchema = z
  .object({
    subject: z.string().trim().min(1).max(255).openapi({ example: 'Quick question, {{first_name}}' }),
    delay_hours: z
      .number()
      .int()
      .min(0)
      .max(MAX_DELAY_HOURS)
      .openapi({ description: 'Hours after the previous step (after enrollment, for step 1).', example: 48 }),
  })
  .openapi('CampaignStepInput');

const StepsInputSchema = z
  .array(CampaignStepInputSchema)
  .min(1)
  .max(MAX_CAMPAIGN_STEPS)
  .openapi({ description: `The emails of the sequence, in order (1 to ${MAX_CAMPAIGN_STEPS}).` });

const MailSettingsInputSchema = {
  stop_on_company_reply: z
    .boolean()
    .optional()
    .openapi({
      description:
        'When a lead replies, pause the other leads of this campaign at the same company domain (reason ' +
        '`company_replied`); free-mail domains never count as a company. Default false.',
    }),
  out_of_office: z
    .enum(OUT_OF_OFFICE_ACTIONS)
    .optional()
    .openapi({
      description:
        '`pause` (default): an out-of-office reply pauses the lead until the day after its return date; ' +
        '`ignore`: it is recorded as an automatic reply and changes nothing.',
    }),
  out_of_office_default_days: z.number().int().min(1).max(90).optional().openapi({
    description: 'Days an out-of-office hold lasts when the reply gives no return date. Default 7.',
    example: 7,
  }),
};

export const CampaignInputSchema = z
  .object({ name: NameSchema, steps: StepsInputSchema, ...MailSettingsInputSchema })
  .openapi('CampaignInput', {
    example: {
      name: 'Q4 outreach',
      steps: [
        { subject: 'Quick question', delay_hours: 0 },
        { subject: 'Following up', delay_hours: 72 },
      ],
    },
  });

export const CampaignPatchSchema = z
  .object({ name: NameSchema.optional(), steps: StepsInputSchema.optional(), ...MailSettingsInputSchema })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message:
      'Send at least one of name, steps, stop_on_company_reply, out_of_office, out_of_office_default_days',
  })
  .openapi('CampaignPatch', {
    description: '`steps`, when sent, replaces every step.',
    example: { name: 'Q4 outreach (EU)' },
  });

export const CampaignStepSchema = z
  .object({
    position: z.number().int().openapi({ description: 'From 1.', example: 1 }),
    subject: z.string().openapi({ example: 'Quick question' }),
    delay_hours: z.number().int().openapi({ example: 0 }),
  })
  .openapi('CampaignStep');

export const CampaignSchema = z
  .object({
    id: z.string().openapi({ example: CAMPAIGN_ID_EXAMPLE }),
    name: z.string().openapi({ example: 'Q4 outreach' }),
    steps: z.array(CampaignStepSchema),
    stop_on_company_reply: z.boolean(),
    out_of_office: z.enum(OUT_OF_OFFICE_ACTIONS),
    out_of_office_default_days: z.number().int(),
    created_at: TimestampSchema,
    updated_at: TimestampSchema,
  })
  .openapi('Campaign');

export const CampaignListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ example: 50 }),
  cursor: z.string().optional().openapi({ description: 'The `next_cursor` of the previous page.' }),
});

export const CampaignListSchema = z
  .object({
    data: z.array(CampaignSchema),
    next_cursor: z.string().nullable().openapi({ description: 'Null on the last page.' }),
  })
  .openapi('CampaignList');

const CAMPAIGN_ID_PATTERN = /^cmp_[0-9A-Za-z]{1,40}$/;

/** Ids that cannot be a campaign's answer 404 without a query (and never reach an ASCII-only column). */
export function isCampaignIdShape(id: string): boolean {
  return CAMPAIGN_ID_PATTERN.test(id);
}
