import { z } from '@hono/zod-openapi';
import { CampaignListQuerySchema, ListQuerySchema } from '../lists/public.js';

/** The export formats; the first is the default. */
export const EXPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const format = z.enum(EXPORT_FORMATS).default('csv').openapi({
  description:
    '`csv` (RFC 4180, UTF-8, a header row) or `ndjson` (one list row as JSON per line, the shape of `LeadListRow`).',
});

/** The list views' filters and sorts, without paging: an export reads to the end. */
const withoutPaging = { limit: true, cursor: true } as const;

/** `GET /v1/leads/export`: the Leads tab's query, plus `format`. */
export const ExportQuerySchema = ListQuerySchema.omit(withoutPaging).extend({ format });

/** `GET /v1/campaigns/{id}/leads/export`: the Campaign -> Leads view's query, plus `format`. */
export const CampaignExportQuerySchema = CampaignListQuerySchema.omit(withoutPaging).extend({ format });

/** What the 200 of an export holds, for the OpenAPI document: a body streamed in either format. */
export const exportContent = {
  'text/csv': {
    schema: z.string().openapi({
      description:
        'RFC 4180 CSV (UTF-8, CRLF line ends, a header row). A text cell that starts with `=`, `+`, `-`, `@`, ' +
        "a tab or a carriage return is prefixed with `'` so spreadsheets do not run it as a formula.",
      example:
        'enrollment_id,lead_id,email,first_name,last_name,company,campaign_id,campaign_name,status,status_label,' +
        'status_reason,paused_until,label,label_name,label_changed_at,status_changed_at,last_event_at,sent,opened,clicked,replied\r\n',
    }),
  },
  'application/x-ndjson': {
    schema: z.string().openapi({
      description: 'Newline-delimited JSON: one `LeadListRow` object per line.',
    }),
  },
} as const;
