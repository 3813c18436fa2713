import { pipeline, type Readable } from 'node:stream';
import { CsvError, type InfoRecord, type Options, parse } from 'csv-parse';

/** One CSV record with the line it starts on (1-based; a quoted field may span several lines). */
export interface CsvRecord {
  cells: string[];
  line: number;
  /** Bytes of the input parsed so far, for progress. */
  bytes: number;
}

/** The CSV cannot be read past `line`; `reason` says why, for a person. */
export class MalformedCsvError extends Error {
  override name = 'MalformedCsvError';
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`Malformed CSV at line ${line}: ${reason}`);
  }
}

/** Longer records can never be valid leads; the limit stops an unclosed quote from reading a whole file into memory. */
export const MAX_RECORD_CHARACTERS = 1_000_000;

const BREAKS = /\r\n|\r|\n/g;
const LEADING_BREAKS = /^(?:\r\n|\r|\n)*/;

const countBreaks = (text: string) => text.match(BREAKS)?.length ?? 0;

/**
 * The line each record starts on, from the raw text csv-parse gives for it (skipped empty lines
 * first, then the record; a CRLF line end appears there as its CR alone). csv-parse's own count is
 * not used: it counts a CRLF inside a quoted field as two lines.
 */
class LineTracker {
  /** The line the next record's raw text starts on. */
  private nextLine = 1;

  startOf(raw: string): number {
    const start = this.nextLine + countBreaks(LEADING_BREAKS.exec(raw)?.[0] ?? '');
    this.nextLine += countBreaks(raw);
    return start;
  }

  /** The line the record that failed starts on. */
  lineOf(error: CsvError): number {
    const raw = error.code !== 'CSV_MAX_RECORD_SIZE' && typeof error.raw === 'string' ? error.raw : '';
    return this.nextLine + countBreaks(LEADING_BREAKS.exec(raw)?.[0] ?? '');
  }
}

const REASONS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (a quote is missing).',
  CSV_INVALID_CLOSING_QUOTE:
    'a quoted field has text after its closing quote (write a quote inside a quoted field as "").',
  INVALID_OPENING_QUOTE:
    'a quote inside a field that does not start with one (quote the whole field and write the quote as "").',
  CSV_MAX_RECORD_SIZE: `the row is longer than ${MAX_RECORD_CHARACTERS.toLocaleString('en')} characters.`,
};

function reasonOf(error: CsvError): string {
  return REASONS[error.code] ?? `${error.message.replace(/ at line \d+/, '').replace(/\.?$/, '.')}`;
}

/**
 * Streams the records of a CSV (RFC 4180: quoted fields with commas, quotes and line breaks; a
 * UTF-8 BOM; CRLF, LF or CR line ends; empty lines skipped). Memory stays flat: records are pulled
 * one at a time and the file is read only as fast as they are consumed.
 */
export async function* readCsvRecords(source: Readable): AsyncGenerator<CsvRecord> {
  const lines = new LineTracker();
  // Called in file order as records are parsed, even for records that an error later in the same
  // chunk discards, so the tracker knows where a failing record starts.
  const onRecord = (parsed: { record: string[]; raw: string }, context: InfoRecord): CsvRecord => ({
    cells: parsed.record,
    line: lines.startOf(parsed.raw),
    bytes: context.bytes,
  });
  const parser = parse({
    bom: true,
    raw: true,
    skip_empty_lines: true,
    // Rows with fewer or more cells than the header are the importer's call, not a parse error.
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARACTERS,
    // csv-parse's types expect on_record to return a record of the input's shape; ours is CsvRecord.
    on_record: onRecord as unknown as Options['on_record'],
  });
  // Errors of the file stream destroy the parser, so they surface in the loop below.
  pipeline(source, parser, () => {});
  try {
    yield* parser as AsyncIterable<CsvRecord>;
  } catch (error) {
    if (error instanceof CsvError) throw new MalformedCsvError(lines.lineOf(error), reasonOf(error));
    throw error;
  }
}
