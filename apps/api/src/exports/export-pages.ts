import type { DbOrTrx, DialectName } from '../db/database.js';
import { type ListQuery, listEnrollments } from '../enrollments/list/list.repository.js';
import { type ListParams, toListQuery } from '../enrollments/list/list-query.js';
import type { ListCampaign, ListRow } from '../enrollments/list/schemas.js';

/** Rows per read: the list views' largest page. */
export const EXPORT_PAGE_SIZE = 500;

/** The filters and sort of an export: the list query without paging. */
export type ExportQuery = Omit<ListQuery, 'limit' | 'after'>;

/** The list views' validated parameters (without `limit` and `cursor`) as an export query. */
export function toExportQuery(params: Omit<ListParams, 'limit' | 'cursor'>): ExportQuery {
  const { limit: _limit, after: _after, ...query } = toListQuery({ ...params, limit: EXPORT_PAGE_SIZE });
  return query;
}

export interface ExportPagesOptions {
  dialect: DialectName;
  /** The campaign of a campaign export, read already (the rows' campaign is not read again). */
  campaign?: ListCampaign | undefined;
}

/**
 * Every row of a list, page by page, through `listEnrollments` and its cursor: the export shows
 * exactly the rows, in exactly the order, that paging the list to the end does. Only the page being
 * written is held, whatever the number of rows.
 */
export async function* exportPages(
  db: DbOrTrx,
  workspaceId: string,
  query: ExportQuery,
  options: ExportPagesOptions,
): AsyncGenerator<ListRow[]> {
  let after: ListQuery['after'] = null;
  let known: ListCampaign[] = options.campaign ? [options.campaign] : [];
  do {
    const result = await listEnrollments(
      db,
      workspaceId,
      { ...query, limit: EXPORT_PAGE_SIZE, after },
      { dialect: options.dialect, campaigns: known },
    );
    if (result.rows.length > 0) {
      yield result.rows;
      // The Leads tab: the next page's rows are mostly of the same few campaigns; not read again.
      if (!options.campaign) known = campaignsOf(result.rows);
    }
    after = result.next;
  } while (after);
}

function campaignsOf(rows: readonly ListRow[]): ListCampaign[] {
  const byId = new Map(rows.map((row) => [row.campaign.id, row.campaign]));
  return [...byId.values()];
}
