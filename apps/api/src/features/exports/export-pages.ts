import type { LabelInfo } from '@leadstatus/core';
import type { Db, DialectName } from '../../platform/db/database.js';
import type { ListCampaign, ListEnrollment, Position } from '../lists/public.js';
import {
  type ListParams,
  type ListQuery,
  labelInfos,
  mergePositions,
  planPartitions,
  ROW_COLUMNS,
  type SortSpec,
  seekQuery,
  sortSpec,
  toListQuery,
  WHOLE_ROW_RANGES,
} from '../lists/public.js';
import { openRowReader, type RowReader } from './row-reader.js';

/** Rows per read: the list views' largest page. */
export const EXPORT_PAGE_SIZE = 500;

/** The filters and sort of an export: the list query without paging. */
export type ExportQuery = Omit<ListQuery, 'limit' | 'after'>;

/** The list views' validated parameters (without `limit` and `cursor`) as an export query. */
export function toExportQuery(params: Omit<ListParams, 'limit' | 'cursor'>): ExportQuery {
  const { limit: _limit, after: _after, ...query } = toListQuery({ ...params, limit: EXPORT_PAGE_SIZE });
  return query;
}

/**
 * One row of an export as the database gives it: the enrollment's columns of a list row and its
 * lead's, read by one query (times in epoch ms; `last_event_at` 0 before the first event).
 */
export type ExportRow = ListEnrollment & {
  campaign_id: string;
  lead_id: string;
  lead_email: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  company: string | null;
};

/** A page of rows, each of a campaign in `campaigns`, each label in `labels`. */
export interface ExportPage {
  rows: readonly ExportRow[];
  campaigns: ReadonlyMap<string, ListCampaign>;
  labels: ReadonlyMap<string, LabelInfo>;
}

export interface ExportPagesOptions {
  dialect: DialectName;
  /** The campaign of a campaign export, read already (the rows' campaign is not read again). */
  campaign?: ListCampaign | undefined;
  /**
   * SQLite on a file: read on a read-only connection of the export's own (the default) instead of
   * the service's. See `openRowReader`.
   */
  ownConnection?: boolean;
}

/** A row as a page reads it: `email` is null where the lead was erased meanwhile. */
type ReadRow = Omit<ExportRow, 'email'> & { email: string | null };

interface ReadResult {
  /** The page's rows in list order. */
  rows: ReadRow[];
  next: Position | null;
}

/**
 * Every row of a list, page by page: each read is exactly one page of `listEnrollments` (the same
 * partitions, index ranges, cursor and merge, `EXPORT_PAGE_SIZE` rows), so the export shows exactly
 * the rows, in exactly the order, that paging the list to the end does, also while rows change. A
 * page is one query, the enrollments' index range joined with their leads; campaigns are read once.
 *
 * Nothing is read before the caller asks for the next page, but on MySQL the next page is read while
 * the caller writes this one (at most two pages are held): the database works while Node writes.
 */
export async function* exportPages(
  db: Db,
  workspaceId: string,
  query: ExportQuery,
  options: ExportPagesOptions,
): AsyncGenerator<ExportPage> {
  if (query.campaignIds?.length === 0 || query.statuses?.length === 0) return;
  const reader = await openRowReader(db, { dialect: options.dialect, own: options.ownConnection ?? true });
  try {
    const campaigns = new Map<string, ListCampaign>();
    const labels = new Map<string, LabelInfo>();
    if (options.campaign) campaigns.set(options.campaign.id, options.campaign);
    const spec = sortSpec(query.sort);
    const read = (after: Position | null): Promise<ReadResult> => {
      const reading = readPage(db, reader, workspaceId, { ...query, after }, spec, options.dialect);
      // Awaited below; this only keeps a failure nobody awaits (the caller stopped) from crashing.
      reading.catch(() => {});
      return reading;
    };
    // MySQL answers over the network: the next page is asked for as soon as this one is in, and read
    // while this one is written. SQLite reads in this thread, so reading ahead would only hold one
    // more page in memory: there the next page is read when the caller asks for it.
    const readAhead = options.dialect === 'mysql';
    let reading = read(null);
    for (;;) {
      const page = await reading;
      if (page.next && readAhead) reading = read(page.next);
      const rows = await withCampaigns(db, workspaceId, page.rows, campaigns);
      if (rows.length > 0) {
        const unknown = rows.flatMap((row) =>
          row.label !== null && !labels.has(row.label) ? [row.label] : [],
        );
        if (unknown.length > 0)
          for (const [key, info] of await labelInfos(db, workspaceId, unknown)) labels.set(key, info);
        yield { rows, campaigns, labels };
      }
      if (!page.next) return;
      if (!readAhead) reading = read(page.next);
    }
  } finally {
    reader.close();
  }
}

/**
 * The rows whose lead and campaign still exist (as the list leaves out an enrollment whose lead or
 * campaign was erased meanwhile), reading the names of campaigns not seen before.
 */
async function withCampaigns(
  db: Db,
  workspaceId: string,
  rows: ReadRow[],
  campaigns: Map<string, ListCampaign>,
): Promise<ExportRow[]> {
  const unknown = new Set<string>();
  for (const row of rows) if (!campaigns.has(row.campaign_id)) unknown.add(row.campaign_id);
  if (unknown.size > 0) {
    const found = await db
      .selectFrom('campaigns')
      .select(['id', 'name'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [...unknown])
      .execute();
    for (const campaign of found) campaigns.set(campaign.id, campaign);
  }
  const complete = (row: ReadRow): row is ExportRow => row.email !== null && campaigns.has(row.campaign_id);
  return rows.every(complete) ? rows : rows.filter(complete);
}

/** The enrollment columns of a page (the list's), then the lead's. */
const LEAD_COLUMNS = ['l.email', 'l.first_name', 'l.last_name', 'l.company'] as const;
const JOINED_COLUMNS = [...ROW_COLUMNS.map((column) => `e.${column}` as const), ...LEAD_COLUMNS];

/**
 * One page, as `listEnrollments` reads it (see `readRanges` there): up to `WHOLE_ROW_RANGES`
 * partitions read whole rows, `limit + 1` each, merged; more read only keys, and the page's rows by
 * id. The lead is joined in the same query (a left join, so a row whose lead was erased still moves
 * the cursor, and is left out afterwards).
 */
async function readPage(
  db: Db,
  reader: RowReader,
  workspaceId: string,
  query: ExportQuery & { after: Position | null },
  spec: SortSpec,
  dialect: DialectName,
): Promise<ReadResult> {
  const limit = EXPORT_PAGE_SIZE;
  const partitions = planPartitions(query, spec);
  const seek = { dialect, filter: query, spec, after: query.after, take: limit + 1 };
  if (partitions.length <= WHOLE_ROW_RANGES) {
    const results = await Promise.all(
      partitions.map((partition) => {
        const range = seekQuery(db, workspaceId, { ...seek, partition, columns: ROW_COLUMNS });
        const joined = db
          .selectFrom(range.as('e'))
          .leftJoin('leads as l', (join) =>
            join.on('l.workspace_id', '=', workspaceId).onRef('l.id', '=', 'e.lead_id'),
          )
          .select(JOINED_COLUMNS)
          .orderBy(`e.${spec.column}`, spec.direction)
          .orderBy('e.id', spec.direction);
        return reader.rows<ReadRow>(joined.compile());
      }),
    );
    if (results.length === 1) {
      // One range (no merge): its rows are in list order already.
      const rows = results[0] ?? [];
      const last = rows[limit - 1];
      const next = rows.length > limit && last ? { key: last[spec.column], id: last.id } : null;
      return { rows: rows.length > limit ? rows.slice(0, limit) : rows, next };
    }
    const merged = mergePositions(
      spec,
      results.map((rows) => rows.map((row) => ({ key: row[spec.column], id: row.id, row }))),
      seek.take,
    );
    return { rows: merged.slice(0, limit).map((p) => p.row), next: nextPosition(merged, limit) };
  }
  const results = await Promise.all(
    partitions.map(async (partition) => {
      const columns = ['id', spec.column] as const;
      const range = seekQuery(db, workspaceId, { ...seek, partition, columns });
      const keys = await reader.rows<{ id: string } & Record<SortSpec['column'], number | string>>(
        range.compile(),
      );
      return keys.map((row) => ({ key: row[spec.column], id: row.id }));
    }),
  );
  const merged = mergePositions(spec, results, seek.take);
  const ids = merged.slice(0, limit).map((p) => p.id);
  if (ids.length === 0) return { rows: [], next: null };
  const byId = await reader.rows<ReadRow>(
    db
      .selectFrom('enrollments as e')
      .leftJoin('leads as l', (join) =>
        join.on('l.workspace_id', '=', workspaceId).onRef('l.id', '=', 'e.lead_id'),
      )
      .select(JOINED_COLUMNS)
      .where('e.workspace_id', '=', workspaceId)
      .where('e.id', 'in', ids)
      .compile(),
  );
  const rows = new Map(byId.map((row) => [row.id, row]));
  return { rows: ids.flatMap((id) => rows.get(id) ?? []), next: nextPosition(merged, limit) };
}

/** As the list: the last row of this page as the index ranges read it, when one more row was found. */
function nextPosition(merged: readonly Position[], limit: number): Position | null {
  const last = merged[limit - 1];
  return merged.length > limit && last ? { key: last.key, id: last.id } : null;
}
