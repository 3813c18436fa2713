import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/app-env.js';
import type { ListCampaign } from '../lists/public.js';
import { exportBody } from './export-body.js';
import { type ExportQuery, exportPages } from './export-pages.js';
import { exportChunks, FORMAT_WRITERS } from './formats.js';
import type { ExportFormat } from './schemas.js';

export interface ExportRequest {
  query: ExportQuery;
  format: ExportFormat;
  /** The campaign of `GET /v1/campaigns/{id}/leads/export`, checked to be the caller's. */
  campaign?: ListCampaign;
}

/** `leads-<campaign id | all>-<yyyy-mm-dd>.<ext>`: ids are `[A-Za-z0-9_]`, safe in the header as is. */
export function exportFilename(campaignId: string | undefined, now: number, format: ExportFormat): string {
  const day = new Date(now).toISOString().slice(0, 10);
  return `leads-${campaignId ?? 'all'}-${day}.${FORMAT_WRITERS[format].extension}`;
}

function nodeResponse(c: Context<AppEnv>): { destroy(): void } | undefined {
  const env = c.env as { outgoing?: { destroy?: unknown } } | undefined;
  const outgoing = env?.outgoing;
  return typeof outgoing?.destroy === 'function' ? (outgoing as { destroy(): void }) : undefined;
}

/**
 * The streamed 200 of both export routes. Everything that can be a problem document (validation,
 * the campaign, the first read) happens before this returns; after that, a failure aborts the body.
 */
export async function exportResponse(c: Context<AppEnv>, request: ExportRequest): Promise<Response> {
  const { db, dialect, clock, logger } = c.get('services');
  const { workspaceId } = c.get('caller');
  const pages = exportPages(db, workspaceId, request.query, { dialect, campaign: request.campaign });
  const requestId = c.get('requestId');
  const body = await exportBody(exportChunks(pages, request.format), {
    onError: (error) =>
      logger.error({ err: error, requestId, workspaceId }, 'export failed mid-stream; aborting the response'),
    // Under @hono/node-server, `c.env.outgoing` is the Node response. Its handling of an errored
    // body cuts the socket when a read was pending (always so here, see exportBody) but ends the
    // response cleanly, with an "Error: …" line, when not: destroying it first never depends on that.
    abortConnection: () => nodeResponse(c)?.destroy(),
  });
  const filename = exportFilename(request.campaign?.id, clock.now(), request.format);
  return c.body(body, 200, {
    'Content-Type': FORMAT_WRITERS[request.format].contentType,
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
    // As Hono's own streaming helpers do: the length is unknown, and the server must not buffer
    // the first chunks to guess one (a failure there would become a 500 with the error's message).
    'Transfer-Encoding': 'chunked',
  });
}
