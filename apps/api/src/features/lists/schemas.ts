import { z } from '@hono/zod-openapi';
import {
  isLabelKey,
  isStatus,
  LABEL_SENTIMENTS,
  type LabelInfo,
  STATUSES,
  type Status,
  type StatusReason,
} from '@leadstatus/core';
import { toIso } from '../../platform/time.js';
import { StatusSchema } from '../statuses/public.js';
import { MAX_CURSOR_LENGTH } from './cursor.js';
import { labelJson } from './label-infos.js';

/** The sorts of the list views; `-` means descending. The first is the default. */
export const LIST_SORTS = [
  '-status_changed_at',
  'status_changed_at',
  'email',
  '-email',
  '-last_event_at',
  'last_event_at',
] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const MAX_LIMIT = 500;
export const MAX_CAMPAIGN_IDS = 50;

/** `a&a` and `a,b` alike, as one de-duplicated list (repeated keys reach zod as an array). */
function splitList(value: unknown): unknown {
  if (value === undefined) return undefined;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
  return [...new Set(parts.map((p) => p.trim()).filter((p) => p !== ''))];
}

/**
 * Statuses, checked as a whole so an unknown value is reported at `query.status` (not at an index
 * into the split list), naming the allowed values.
 */
const StatusListSchema = z
  .preprocess(
    splitList,
    z
      .array(z.string())
      .superRefine((values, ctx) => {
        const unknown = values.filter((v) => !isStatus(v));
        if (unknown.length > 0) {
          ctx.addIssue({
            code: 'custom',
            message: `Unknown status ${unknown.map((v) => `"${v}"`).join(', ')}; expected any of ${STATUSES.join(', ')}`,
          });
        }
      })
      .transform((values) => values as Status[]),
  )
  .optional()
  .openapi({
    param: { style: 'form', explode: false },
    type: 'array',
    items: { $ref: '#/components/schemas/Status' },
    description: 'Only these statuses: repeat the parameter (`status=a&status=b`) or separate with commas.',
    example: ['engaged', 'replied'],
  });

const CampaignIdListSchema = z
  .preprocess(splitList, z.array(z.string().max(64)).max(MAX_CAMPAIGN_IDS))
  .optional()
  .openapi({
    param: { style: 'form', explode: false },
    description: `Only these campaigns (at most ${MAX_CAMPAIGN_IDS}): repeat the parameter or separate with commas.`,
    example: ['cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2'],
  });

/** The most labels one filter names. */
export const MAX_FILTER_LABELS = 20;

const LabelListSchema = z
  .preprocess(
    splitList,
    z
      .array(z.string().max(64))
      .max(MAX_FILTER_LABELS)
      .superRefine((values, ctx) => {
        const bad = values.filter((v) => v !== 'none' && !isLabelKey(v));
        if (bad.length > 0) {
          ctx.addIssue({
            code: 'custom',
            message: `Not a label key: ${bad.map((v) => `"${v}"`).join(', ')}; use keys from GET /v1/labels, or none`,
          });
        }
      }),
  )
  .optional()
  .openapi({
    param: { style: 'form', explode: false },
    type: 'array',
    items: { type: 'string' },
    description:
      'Only leads with these outcome labels (keys from `GET /v1/labels`); `none` for leads with no label. ' +
      'Repeat the parameter or separate with commas.',
    example: ['interested', 'meeting_booked'],
  });

const commonQuery = {
  label: LabelListSchema,
  q: z.string().trim().min(1).max(200).optional().openapi({
    description: 'Case-insensitive "contains" over the e-mail, first name, last name and company.',
    example: 'acme',
  }),
  updated_since: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Only enrollments updated at or after this RFC 3339 time.' }),
  sort: z
    .enum(LIST_SORTS)
    .default('-status_changed_at')
    .openapi({ description: 'Sort key; `-` for descending. Ties are broken by enrollment id.' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(50)
    .openapi({ description: `Page size, 1..${MAX_LIMIT}.` }),
  cursor: z
    .string()
    .max(MAX_CURSOR_LENGTH)
    .optional()
    .openapi({ description: 'Opaque: the `next_cursor` of the previous page, with the same `sort`.' }),
};

/** The Campaign -> Leads view's query. */
export const CampaignListQuerySchema = z.object({ status: StatusListSchema, ...commonQuery });

/** The Leads tab's query: the campaign view's plus `campaign_id`. */
export const ListQuerySchema = z.object({
  status: StatusListSchema,
  campaign_id: CampaignIdListSchema,
  ...commonQuery,
});

export const LabelRefSchema = z
  .object({
    key: z.string().openapi({ example: 'meeting_booked' }),
    name: z.string().openapi({ example: 'Meeting booked' }),
    sentiment: z.enum(LABEL_SENTIMENTS),
  })
  .openapi('LabelRef');

export const ListRowSchema = z
  .object({
    enrollment_id: z.string().openapi({ example: 'enr_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
    lead: z.object({
      id: z.string().openapi({ example: 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
      email: z.string().openapi({ example: 'ann@example.com' }),
      first_name: z.string().nullable(),
      last_name: z.string().nullable(),
      company: z.string().nullable(),
    }),
    campaign: z.object({
      id: z.string().openapi({ example: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
      name: z.string(),
    }),
    status: StatusSchema,
    status_reason: z
      .string()
      .nullable()
      .openapi({
        description:
          'Why a bounced, unsubscribed or paused lead is so, e.g. `hard_bounce`; for `paused`: `manual`, ' +
          '`out_of_office` or `company_replied`.',
      }),
    paused_until: z.string().nullable().openapi({
      format: 'date-time',
      description: 'When an out-of-office hold ends and the sequence resumes by itself; null otherwise.',
    }),
    label: LabelRefSchema.nullable().openapi({ description: 'The outcome label: what came of the lead.' }),
    label_changed_at: z
      .string()
      .nullable()
      .openapi({ format: 'date-time', description: 'When the label was last set or cleared.' }),
    status_changed_at: z.string().openapi({ format: 'date-time' }),
    last_event_at: z
      .string()
      .nullable()
      .openapi({ format: 'date-time', description: 'The latest event; null when none yet.' }),
    counters: z.object({
      sent: z.number().int(),
      opened: z.number().int(),
      clicked: z.number().int(),
      replied: z.number().int(),
    }),
  })
  .openapi('LeadListRow', { description: 'A lead in a campaign, as the list views show it.' });
export type ListRow = z.infer<typeof ListRowSchema>;

export const ListPageSchema = z
  .object({
    data: z.array(ListRowSchema),
    next_cursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .openapi('LeadListPage');
export type ListPage = z.infer<typeof ListPageSchema>;

/** The enrollment columns a list row shows. */
export interface ListEnrollment {
  id: string;
  status: Status;
  status_reason: StatusReason | null;
  paused_until: number | null;
  label: string | null;
  label_changed_at: number | null;
  status_changed_at: number;
  last_event_at: number;
  sent_count: number;
  opened_count: number;
  clicked_count: number;
  replied_count: number;
}

export interface ListLead {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  company: string | null;
}

export interface ListCampaign {
  id: string;
  name: string;
}

/** One row of the list views (also what pause and resume answer). */
export function toListRow(
  enrollment: ListEnrollment,
  lead: ListLead,
  campaign: ListCampaign,
  labels: ReadonlyMap<string, LabelInfo>,
): ListRow {
  return {
    enrollment_id: enrollment.id,
    lead: {
      id: lead.id,
      email: lead.email,
      first_name: lead.first_name,
      last_name: lead.last_name,
      company: lead.company,
    },
    campaign: { id: campaign.id, name: campaign.name },
    status: enrollment.status,
    status_reason: enrollment.status_reason,
    paused_until: enrollment.paused_until === null ? null : toIso(enrollment.paused_until),
    label: labelJson(enrollment.label, labels),
    label_changed_at: enrollment.label_changed_at === null ? null : toIso(enrollment.label_changed_at),
    status_changed_at: toIso(enrollment.status_changed_at),
    last_event_at: enrollment.last_event_at === 0 ? null : toIso(enrollment.last_event_at),
    counters: {
      sent: enrollment.sent_count,
      opened: enrollment.opened_count,
      clicked: enrollment.clicked_count,
      replied: enrollment.replied_count,
    },
  };
}
