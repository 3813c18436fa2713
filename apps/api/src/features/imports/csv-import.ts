import { type FileHandle, open } from 'node:fs/promises';
import { basename } from 'node:path';
import { normalizeEmail } from '../../platform/email/email.js';
import type { FieldProblem } from '../../platform/http/problem.js';
import type { Services } from '../../platform/services/services.js';
import { findCampaign } from '../campaigns/public.js';
import { enrollLeads } from '../enrollments/public.js';
import { MAX_LEAD_BATCH, upsertLeadBatch } from '../leads/public.js';
import { findWorkspace } from '../workspaces/public.js';
import { type Column, isBlankRow, type LeadRow, mapColumns, rowToLead } from './column-mapping.js';
import { type CsvRecord, MalformedCsvError, readCsvRecords } from './csv-records.js';
import { emptySummary, type ImportSummary, recordInvalidRow } from './import-summary.js';

/** Stops an import before or while it runs; the message is one line for a person. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export interface ImportOptions {
  path: string;
  workspaceId: string;
  /** Enroll every valid lead of the file in this campaign too. */
  campaignId?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Rows per database round (upsert, then enroll); at most the API's batch size. */
  chunkSize?: number;
}

/** A row read and waiting for its chunk: a lead to upsert, or the reason it cannot be one. */
type PendingRow = { line: number } & ({ lead: LeadRow } | { problem: FieldProblem });

const PROGRESS_EVERY_ROWS = 250;

/**
 * Imports leads from a CSV file: each row is upserted by e-mail with the validation of
 * `POST /v1/leads/batch`, chunk by chunk, and enrolled in the campaign when one is given. An invalid
 * row is reported and never stops the others. The workspace, the campaign and the header are checked
 * before anything is written.
 */
export async function importLeadsCsv(services: Services, options: ImportOptions): Promise<ImportSummary> {
  const chunkSize = Math.max(1, Math.min(options.chunkSize ?? MAX_LEAD_BATCH, MAX_LEAD_BATCH));
  const name = basename(options.path);
  const { file, size } = await openCsv(options.path);
  try {
    if (!(await findWorkspace(services.db, options.workspaceId))) {
      throw new ImportError(`No workspace ${options.workspaceId}.`);
    }
    if (
      options.campaignId !== undefined &&
      !(await findCampaign(services.db, options.workspaceId, options.campaignId))
    ) {
      throw new ImportError(`No campaign ${options.campaignId} in workspace ${options.workspaceId}.`);
    }

    const summary = emptySummary();
    let pending: PendingRow[] = [];
    let pendingEmails = new Set<string>();
    let imported = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      await importChunk(services, options, pending, summary);
      imported += pending.length;
      pending = [];
      pendingEmails = new Set();
    };
    const report = (bytesRead: number) =>
      options.onProgress?.({ bytesRead, totalBytes: size, rows: summary.rows });

    const records = readCsvRecords(file.createReadStream({ autoClose: false }));
    try {
      const columns = await readHeader(records, name);
      report(0);
      for await (const record of records) {
        if (isBlankRow(record.cells)) continue;
        summary.rows += 1;
        const problem = extraCellsProblem(columns, record);
        if (problem) {
          pending.push({ line: record.line, problem });
        } else {
          const lead = rowToLead(columns, record.cells);
          // A batch takes each e-mail once, so a repeated row is counted by what it changes.
          // (Rows without an e-mail are invalid anyway and need no batch of their own.)
          const email = normalizeEmail(lead.email);
          if (email !== '' && pendingEmails.has(email)) await flush();
          pending.push({ line: record.line, lead });
          pendingEmails.add(email);
        }
        if (pending.length >= chunkSize) await flush();
        if (summary.rows % PROGRESS_EVERY_ROWS === 0) report(record.bytes);
      }
      await flush();
    } catch (error) {
      if (error instanceof MalformedCsvError) {
        const done =
          imported > 0
            ? ` The first ${imported} rows were imported; importing the fixed file again is safe.`
            : ' Nothing was imported.';
        throw new ImportError(`${name}: ${error.message}${done}`);
      }
      throw error;
    }
    report(size);
    return summary;
  } finally {
    await file.close();
  }
}

async function openCsv(path: string): Promise<{ file: FileHandle; size: number }> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (error) {
    throw new ImportError(`Cannot read ${path}: ${describeFsError(error)}.`);
  }
  const stats = await file.stat();
  if (!stats.isFile()) {
    await file.close();
    throw new ImportError(`Cannot read ${path}: not a file.`);
  }
  return { file, size: stats.size };
}

function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'not a file';
  return error instanceof Error ? error.message : String(error);
}

async function readHeader(records: AsyncGenerator<CsvRecord>, name: string): Promise<Column[]> {
  const first = await records.next();
  if (first.done) throw new ImportError(`${name} is empty: the first row must name the columns.`);
  const mapping = mapColumns(first.value.cells);
  if (!mapping.ok) throw new ImportError(`${name}: ${mapping.message}`);
  return mapping.columns;
}

/** Cells beyond the header's columns mean the row is misaligned (an unquoted comma, usually). */
function extraCellsProblem(columns: readonly Column[], record: CsvRecord): FieldProblem | undefined {
  const extra = record.cells.slice(columns.length).filter((cell) => cell.trim() !== '');
  if (extra.length === 0) return undefined;
  return {
    path: '(row)',
    message: `Has ${record.cells.length} cells but the header has ${columns.length} columns (is a comma in a value not quoted?)`,
  };
}

async function importChunk(
  services: Services,
  options: ImportOptions,
  rows: readonly PendingRow[],
  summary: ImportSummary,
): Promise<void> {
  const leads = rows.flatMap((row) => ('lead' in row ? [row.lead] : []));
  const results = await upsertLeadBatch(services.writer, options.workspaceId, leads, services.clock.now());
  const resultOf = new Map(results.map((result) => [result.index, result]));
  const leadIds: string[] = [];
  let next = 0;
  // Walk the rows in file order, so invalid rows are reported in line order.
  for (const row of rows) {
    if ('problem' in row) {
      recordInvalidRow(summary, { line: row.line, errors: [row.problem] });
      continue;
    }
    const result = resultOf.get(next++);
    if (!result || result.status === 'invalid' || result.lead_id === undefined) {
      recordInvalidRow(summary, { line: row.line, errors: result?.errors ?? [] });
      continue;
    }
    summary[result.status] += 1;
    leadIds.push(result.lead_id);
  }
  if (options.campaignId === undefined || leadIds.length === 0) return;
  const enrolled = await enrollLeads(services, options.workspaceId, options.campaignId, {
    kind: 'lead_ids',
    leadIds,
  });
  for (const result of enrolled) {
    if (result.result !== 'not_found') summary[result.result] += 1;
  }
}
