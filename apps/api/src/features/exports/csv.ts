import { type LabelInfo, STATUS_INFO } from '@leadstatus/core';
import { stringify } from 'csv-stringify/sync';
import { toIso } from '../../platform/time.js';
import type { ExportPage, ExportRow } from './export-pages.js';
import { isoTime } from './iso-time.js';

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
  'paused_until',
  'label',
  'label_name',
  'label_changed_at',
  'status_changed_at',
  'last_event_at',
  'sent',
  'opened',
  'clicked',
  'replied',
] as const;

export type CsvRecord = Array<string | number | null>;

/**
 * csv-stringify does the quoting (RFC 4180: a cell with a comma, a quote, CR or LF is quoted, quotes
 * doubled; CRLF between records; null is an empty cell) and the formula guard: a text cell starting
 * with `=`, `+`, `-`, `@`, tab or CR (or their full-width forms) gets a leading `'`, so a lead named
 * `=HYPERLINK(…)` stays text in Excel, LibreOffice and Sheets. Numbers are never prefixed.
 */
export const CSV_OPTIONS = {
  record_delimiter: 'windows',
  // Off by default once a record delimiter is named: a lone LF or CR in a cell would go unquoted.
  quote_record_delimiter: true,
  escape_formulas: true,
  eof: true,
} as const;

/** The header row, CRLF-terminated. */
export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]], CSV_OPTIONS);
}

/** One record as csv-stringify writes it, without the record delimiter. */
function cells(record: CsvRecord): string {
  return stringify([record], { ...CSV_OPTIONS, eof: false });
}

/** A row's cells in column order, as the export writes them: what csv-stringify is given. */
export function csvRecord(
  row: ExportRow,
  campaignName: string,
  labels: ReadonlyMap<string, LabelInfo> = new Map(),
): CsvRecord {
  return [
    row.id,
    row.lead_id,
    row.email,
    row.first_name,
    row.last_name,
    row.company,
    row.campaign_id,
    campaignName,
    row.status,
    STATUS_INFO[row.status].label,
    row.status_reason,
    row.paused_until === null ? null : toIso(row.paused_until),
    row.label,
    row.label === null ? null : (labels.get(row.label)?.name ?? null),
    row.label_changed_at === null ? null : toIso(row.label_changed_at),
    toIso(row.status_changed_at),
    row.last_event_at === 0 ? null : toIso(row.last_event_at),
    row.sent_count,
    row.opened_count,
    row.clicked_count,
    row.replied_count,
  ];
}

/** RFC 3339 times of years 1970..9999: digits, `-`, `:`, `T`, `.`, `Z`, nothing csv-stringify changes. */
const LAST_PLAIN_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * The CSV of an export, a page at a time: exactly `stringify(rows.map(csvRecord), CSV_OPTIONS)`
 * (a test holds it to that), for a third of the cost. csv-stringify's cost is per cell, so it is
 * given, in one call per page, the six cells that vary per row and may hold anything (the ids, the
 * e-mail, the names, the company). The cells of a campaign and of a status (with its label and
 * reason) are few: each is written by csv-stringify once and then reused. Times and counters are
 * our own numbers, which csv-stringify writes as they are.
 */
export class CsvWriter {
  readonly #campaigns = new Map<string, string>();
  readonly #statuses = new Map<string, string>();
  readonly #labels = new Map<string, string>();

  page({ rows, campaigns, labels }: ExportPage): string {
    if (rows.length === 0) return '';
    const text = stringify(
      rows.map((row) => [row.id, row.lead_id, row.email, row.first_name, row.last_name, row.company]),
      CSV_OPTIONS,
    );
    const lines = splitRecords(text, rows.length);
    let out = '';
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as ExportRow;
      out +=
        `${lines[i]},${this.#campaign(row.campaign_id, campaigns.get(row.campaign_id)?.name ?? '')},` +
        `${this.#status(row)},${row.paused_until === null ? '' : timeCell(row.paused_until)},` +
        `${this.#label(row.label, labels)},${row.label_changed_at === null ? '' : timeCell(row.label_changed_at)},` +
        `${timeCell(row.status_changed_at)},` +
        `${row.last_event_at === 0 ? '' : timeCell(row.last_event_at)},` +
        `${row.sent_count},${row.opened_count},${row.clicked_count},${row.replied_count}\r\n`;
    }
    return out;
  }

  #campaign(id: string, name: string): string {
    let text = this.#campaigns.get(id);
    if (text === undefined) {
      text = cells([id, name]);
      this.#campaigns.set(id, text);
    }
    return text;
  }

  #label(key: string | null, labels: ReadonlyMap<string, LabelInfo>): string {
    if (key === null) return ',';
    let text = this.#labels.get(key);
    if (text === undefined) {
      text = cells([key, labels.get(key)?.name ?? null]);
      this.#labels.set(key, text);
    }
    return text;
  }

  #status(row: ExportRow): string {
    const key = `${row.status} ${row.status_reason ?? ''}`;
    let text = this.#statuses.get(key);
    if (text === undefined) {
      text = cells([row.status, STATUS_INFO[row.status].label, row.status_reason]);
      this.#statuses.set(key, text);
    }
    return text;
  }
}

function timeCell(ms: number): string {
  return ms >= 0 && ms <= LAST_PLAIN_TIME ? isoTime(ms) : cells([toIso(ms)]);
}

/**
 * csv-stringify's output for `count` records, split into records (without their CRLF). Any CR or LF
 * in a cell is quoted, so a CRLF outside quotes ends a record; a page without a quote is split at
 * every CRLF.
 */
export function splitRecords(text: string, count: number): string[] {
  const records = text.indexOf('"') === -1 ? text.split('\r\n') : splitQuoted(text);
  // Each record ends with CRLF, so the last part is empty.
  if (records.length !== count + 1 || records[count] !== '') {
    throw new Error(`CSV: expected ${count} records, found ${records.length - 1}`);
  }
  return records;
}

function splitQuoted(text: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) {
      quoted = !quoted;
    } else if (code === 13 && !quoted && text.charCodeAt(i + 1) === 10) {
      records.push(text.slice(start, i));
      start = i + 2;
      i += 1;
    }
  }
  records.push(text.slice(start));
  return records;
}
