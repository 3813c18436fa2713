import type { ListRow } from '../enrollments/list/schemas.js';
import { csvHeader, csvRows } from './csv.js';
import type { ExportFormat } from './schemas.js';

/** How one format is written: its media type, file extension, what comes first, and each page. */
export interface FormatWriter {
  contentType: string;
  extension: string;
  header(): string;
  page(rows: readonly ListRow[]): string;
}

export const FORMAT_WRITERS: Readonly<Record<ExportFormat, FormatWriter>> = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv', header: csvHeader, page: csvRows },
  ndjson: {
    contentType: 'application/x-ndjson',
    extension: 'ndjson',
    header: () => '',
    // JSON.stringify escapes every control character (LF and CR too), so a row is always one line.
    page: (rows) => rows.map((row) => `${JSON.stringify(row)}\n`).join(''),
  },
};

/**
 * The export as text chunks, one per page (the header rides with the first, so awaiting the first
 * chunk runs the first query), read as they are pulled: at most one page is held at a time.
 */
export async function* exportChunks(
  pages: AsyncIterable<readonly ListRow[]>,
  format: ExportFormat,
): AsyncGenerator<string> {
  const writer = FORMAT_WRITERS[format];
  let header = writer.header();
  for await (const rows of pages) {
    const chunk = header + writer.page(rows);
    header = '';
    if (chunk !== '') yield chunk;
  }
  if (header !== '') yield header;
}
