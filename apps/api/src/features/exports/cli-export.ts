import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isStatus, STATUSES, type Status } from '@leadstatus/core';
import type { DatabaseHandle } from '../../platform/db/open-database.js';
import { findListCampaign } from '../lists/public.js';
import { findWorkspace } from '../workspaces/public.js';
import { type ExportPage, exportPages, toExportQuery } from './export-pages.js';
import { expectedRows } from './export-total.js';
import { exportChunks } from './formats.js';
import { EXPORT_FORMATS, type ExportFormat } from './schemas.js';

/** Stops an export before it starts; the message is one line for a person. */
export class ExportError extends Error {
  override name = 'ExportError';
}

export interface CliExportOptions {
  workspaceId: string;
  campaignId?: string | undefined;
  /** As typed: repeated and/or comma-separated. */
  statuses?: readonly string[] | undefined;
  format?: string | undefined;
  /** A file to write; `stdout` when absent. */
  output?: string | undefined;
  stdout?: Writable;
  /** Called with the total expected (undefined when unknown) before the first row. */
  onStart?: (expected: number | undefined) => void;
  /** Called with the rows written so far after each page. */
  onProgress?: (rows: number) => void;
}

function parseStatuses(values: readonly string[] | undefined): Status[] | undefined {
  if (values === undefined) return undefined;
  const parts = [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()))].filter((v) => v);
  const unknown = parts.filter((v) => !isStatus(v));
  if (unknown.length > 0) {
    throw new ExportError(
      `Unknown status ${unknown.map((v) => `"${v}"`).join(', ')}; expected any of ${STATUSES.join(', ')}.`,
    );
  }
  return parts as Status[];
}

function parseFormat(value: string | undefined): ExportFormat {
  if (value === undefined) return 'csv';
  if ((EXPORT_FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw new ExportError(`Unknown format "${value}"; expected ${EXPORT_FORMATS.join(' or ')}.`);
}

async function* counted(pages: AsyncIterable<ExportPage>, onRows: (rows: number) => void) {
  let rows = 0;
  for await (const page of pages) {
    yield page;
    rows += page.rows.length;
    onRows(rows);
  }
}

/**
 * `leadstatus export`: the rows of `GET /v1/leads/export` (or one campaign's), written by the same
 * code, to stdout or a file, with backpressure. The workspace, campaign, statuses and format are
 * checked before a byte is written; a file left half-written by a failure is removed.
 */
export async function exportToStream(database: DatabaseHandle, options: CliExportOptions): Promise<number> {
  const { db, dialect } = database;
  const statuses = parseStatuses(options.statuses);
  const format = parseFormat(options.format);
  if (!(await findWorkspace(db, options.workspaceId))) {
    throw new ExportError(`No workspace ${options.workspaceId}.`);
  }
  const campaign =
    options.campaignId === undefined
      ? undefined
      : await findListCampaign(db, options.workspaceId, options.campaignId);
  if (options.campaignId !== undefined && !campaign) {
    throw new ExportError(`No campaign ${options.campaignId} in workspace ${options.workspaceId}.`);
  }
  const query = toExportQuery({ status: statuses, sort: '-status_changed_at' });
  const scoped = campaign ? { ...query, campaignIds: [campaign.id] } : query;
  options.onStart?.(await expectedRows(db, options.workspaceId, scoped));

  let written = 0;
  const pages = counted(exportPages(db, options.workspaceId, scoped, { dialect, campaign }), (rows) => {
    written = rows;
    options.onProgress?.(rows);
  });
  const source = Readable.from(exportChunks(pages, format));
  if (options.output === undefined) {
    await pipeline(source, options.stdout ?? process.stdout, { end: false }).catch((error: unknown) => {
      // The reader went away (`| head`): stop quietly, as other command-line tools do.
      if (errorCode(error) !== 'EPIPE') throw error;
    });
    return written;
  }
  const file = createWriteStream(options.output);
  let opened = false;
  file.once('open', () => {
    opened = true;
  });
  try {
    await pipeline(source, file);
  } catch (error) {
    // Only a file this export opened (and so truncated) is removed, never one it could not write.
    if (opened) await rm(options.output, { force: true }).catch(() => undefined);
    const code = errorCode(error);
    if (code && FILE_ERRORS.has(code)) {
      throw new ExportError(`Cannot write ${options.output}: ${(error as Error).message}.`);
    }
    throw error;
  }
  return written;
}

const FILE_ERRORS = new Set(['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'EROFS', 'ENOSPC', 'EEXIST']);

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
