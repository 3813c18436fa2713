import { STATUS_INFO } from '@leadstatus/core';
import { stringify } from 'csv-stringify/sync';
import type { ListRow } from '../enrollments/list/schemas.js';

/** The columns of a CSV export, in order: the list row, flattened, with the status's label. */
export const CSV_COLUMNS = [
  'enrollment_id',
  'lead_id',
  'email',
  'first_name',
  'last_name',
  'company',
  'campaign_id',
  'campaign_name',
  'status',
  'status_label',
  'status_reason',
  'status_changed_at',
  'last_event_at',
  'sent',
  'opened',
  'clicked',
  'replied',
] as const;

type CsvRecord = Array<string | number | null>;

function toRecord(row: ListRow): CsvRecord {
  return [
    row.enrollment_id,
    row.lead.id,
    row.lead.email,
    row.lead.first_name,
    row.lead.last_name,
    row.lead.company,
    row.campaign.id,
    row.campaign.name,
    row.status,
    STATUS_INFO[row.status].label,
    row.status_reason,
    row.status_changed_at,
    row.last_event_at,
    row.counters.sent,
    row.counters.opened,
    row.counters.clicked,
    row.counters.replied,
  ];
}

/**
 * csv-stringify does the quoting (RFC 4180: a cell with a comma, a quote, CR or LF is quoted, quotes
 * doubled; CRLF between records; null is an empty cell) and the formula guard: a text cell starting
 * with `=`, `+`, `-`, `@`, tab or CR (or their full-width forms) gets a leading `'`, so a lead named
 * `=HYPERLINK(…)` stays text in Excel, LibreOffice and Sheets. Numbers are never prefixed.
 */
const OPTIONS = {
  record_delimiter: 'windows',
  // Off by default once a record delimiter is named: a lone LF or CR in a cell would go unquoted.
  quote_record_delimiter: true,
  escape_formulas: true,
  eof: true,
} as const;

/** The header row, CRLF-terminated. */
export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]], OPTIONS);
}

/** Rows as CSV records, each CRLF-terminated ('' for none). */
export function csvRows(rows: readonly ListRow[]): string {
  return rows.length === 0 ? '' : stringify(rows.map(toRecord), OPTIONS);
}
