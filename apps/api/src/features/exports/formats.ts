import type { LabelInfo } from '@leadstatus/core';
import { toIso } from '../../platform/time.js';
import { type ListCampaign, type ListRow, labelJson } from '../lists/public.js';
import { CsvWriter, csvHeader } from './csv.js';
import type { ExportPage, ExportRow } from './export-pages.js';
import { isoTime } from './iso-time.js';
import type { ExportFormat } from './schemas.js';

/** Writes one export's pages as text; made anew for each export (it may remember what it wrote). */
export interface PageWriter {
  header(): string;
  page(page: ExportPage): string;
}

/** How one format is written: its media type, file extension, and a writer for each export. */
export interface FormatWriter {
  contentType: string;
  extension: string;
  writer(): PageWriter;
}

/** The list row of an export row: what `GET /v1/leads` shows (`toListRow`'s shape). */
export function toExportListRow(
  row: ExportRow,
  campaign: ListCampaign,
  labels: ReadonlyMap<string, LabelInfo>,
): ListRow {
  return {
    enrollment_id: row.id,
    lead: {
      id: row.lead_id,
      email: row.email,
      first_name: row.first_name,
      last_name: row.last_name,
      company: row.company,
    },
    campaign: { id: campaign.id, name: campaign.name },
    status: row.status,
    status_reason: row.status_reason,
    paused_until: row.paused_until === null ? null : toIso(row.paused_until),
    label: labelJson(row.label, labels),
    label_changed_at: row.label_changed_at === null ? null : toIso(row.label_changed_at),
    status_changed_at: toIso(row.status_changed_at),
    last_event_at: row.last_event_at === 0 ? null : toIso(row.last_event_at),
    counters: {
      sent: row.sent_count,
      opened: row.opened_count,
      clicked: row.clicked_count,
      replied: row.replied_count,
    },
  };
}

const json = JSON.stringify;

/**
 * NDJSON: each line exactly `JSON.stringify(toExportListRow(row))` (a test holds it to that), written
 * without building the object: JSON.stringify escapes each value (every control character, LF and
 * CR too, so a row is always one line), a campaign's JSON is written once, and times (RFC 3339, no
 * character to escape) go between quotes as they are.
 */
class NdjsonWriter implements PageWriter {
  readonly #campaigns = new Map<string, string>();

  header(): string {
    return '';
  }

  page({ rows, campaigns, labels }: ExportPage): string {
    let out = '';
    for (const row of rows) {
      out +=
        `{"enrollment_id":${json(row.id)},"lead":{"id":${json(row.lead_id)},"email":${json(row.email)},` +
        `"first_name":${json(row.first_name)},"last_name":${json(row.last_name)},"company":${json(row.company)}},` +
        `"campaign":${this.#campaign(row.campaign_id, campaigns)},"status":${json(row.status)},` +
        `"status_reason":${json(row.status_reason)},` +
        `"paused_until":${row.paused_until === null ? 'null' : `"${isoTime(row.paused_until)}"`},` +
        `"label":${json(labelJson(row.label, labels))},` +
        `"label_changed_at":${row.label_changed_at === null ? 'null' : `"${isoTime(row.label_changed_at)}"`},` +
        `"status_changed_at":"${isoTime(row.status_changed_at)}",` +
        `"last_event_at":${row.last_event_at === 0 ? 'null' : `"${isoTime(row.last_event_at)}"`},` +
        `"counters":{"sent":${json(row.sent_count)},"opened":${json(row.opened_count)},` +
        `"clicked":${json(row.clicked_count)},"replied":${json(row.replied_count)}}}\n`;
    }
    return out;
  }

  #campaign(id: string, campaigns: ExportPage['campaigns']): string {
    let text = this.#campaigns.get(id);
    if (text === undefined) {
      const campaign = campaigns.get(id);
      text = json(campaign ? { id: campaign.id, name: campaign.name } : null);
      this.#campaigns.set(id, text);
    }
    return text;
  }
}

export const FORMAT_WRITERS: Readonly<Record<ExportFormat, FormatWriter>> = {
  csv: {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    writer: () => {
      const csv = new CsvWriter();
      return { header: csvHeader, page: (page) => csv.page(page) };
    },
  },
  ndjson: { contentType: 'application/x-ndjson', extension: 'ndjson', writer: () => new NdjsonWriter() },
};

/**
 * The export as text chunks, one per page (the header rides with the first, so awaiting the first
 * chunk runs the first query), read as they are pulled.
 */
export async function* exportChunks(
  pages: AsyncIterable<ExportPage>,
  format: ExportFormat,
): AsyncGenerator<string> {
  const writer = FORMAT_WRITERS[format].writer();
  let header = writer.header();
  for await (const page of pages) {
    const chunk = header + writer.page(page);
    header = '';
    if (chunk !== '') yield chunk;
  }
  if (header !== '') yield header;
}
