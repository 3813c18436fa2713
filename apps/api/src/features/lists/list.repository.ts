import type { DbOrTrx, DialectName } from '../../platform/db/database.js';
import { isCampaignIdShape } from '../campaigns/public.js';
import type { Position } from './cursor.js';
import {
  type ListFilter,
  mergePositions,
  planPartitions,
  ROW_COLUMNS,
  type SortSpec,
  seekQuery,
  sortSpec,
} from './keyset.js';
import { labelInfos } from './label-infos.js';
import { type ListCampaign, type ListEnrollment, type ListRow, type ListSort, toListRow } from './schemas.js';

export type { ListFilter } from './keyset.js';

export interface ListQuery extends ListFilter {
  sort: ListSort;
  limit: number;
  /** The position the previous page ended at (a decoded cursor), or null for the first page. */
  after: Position | null;
}

export interface ListResult {
  rows: ListRow[];
  /** Where this page ended, when more rows may follow; null on the last page. */
  next: Position | null;
}

type EnrollmentRow = ListEnrollment & { campaign_id: string; lead_id: string; lead_email: string };

export interface ListOptions {
  /** The index hint's syntax differs. */
  dialect: DialectName;
  /** Campaigns the caller has read already (the campaign view's): not read again. */
  campaigns?: readonly ListCampaign[];
}

/**
 * One page of enrollments in a workspace (the Leads tab, or one campaign's view with
 * `campaignIds: [id]`), by keyset: each partition's index range is read from the cursor on for
 * `limit + 1` rows, so a deep page costs what the first does. Leads and campaigns are then read by id.
 */
export async function listEnrollments(
  db: DbOrTrx,
  workspaceId: string,
  query: ListQuery,
  options: ListOptions,
): Promise<ListResult> {
  if (query.campaignIds?.length === 0 || query.statuses?.length === 0) return { rows: [], next: null };
  const { page, next } = await readRanges(db, workspaceId, query, sortSpec(query.sort), options.dialect);
  return { rows: await toRows(db, workspaceId, page, options.campaigns), next };
}

/**
 * Up to this many ranges are read with whole rows; beyond, each range yields only (key, id) and the
 * page's rows are read by id afterwards, so a wide fan-out reads `limit` whole rows, not
 * `ranges × (limit + 1)`. Two ranges of whole rows cost about what keys plus a read by id do on
 * SQLite, and save a round trip on MySQL.
 */
export const WHOLE_ROW_RANGES = 2;

interface RangePage {
  page: EnrollmentRow[];
  next: Position | null;
}

async function readRanges(
  db: DbOrTrx,
  workspaceId: string,
  query: ListQuery,
  spec: SortSpec,
  dialect: DialectName,
): Promise<RangePage> {
  const partitions = planPartitions(query, spec);
  const seek = { dialect, filter: query, spec, after: query.after, take: query.limit + 1 };
  const keyOf = (row: { id: string } & Record<SortSpec['column'], number | string>) => ({
    key: row[spec.column],
    id: row.id,
  });
  if (partitions.length <= WHOLE_ROW_RANGES) {
    const results = await Promise.all(
      partitions.map(async (partition) => {
        const rows = await seekQuery(db, workspaceId, { ...seek, partition, columns: ROW_COLUMNS }).execute();
        return rows.map((row) => ({ ...keyOf(row), row }));
      }),
    );
    const merged = mergePositions(spec, results, seek.take);
    return { page: merged.slice(0, query.limit).map((p) => p.row), next: nextPosition(merged, query.limit) };
  }
  const results = await Promise.all(
    partitions.map(async (partition) => {
      const columns = ['id', spec.column] as const;
      const rows = await seekQuery(db, workspaceId, { ...seek, partition, columns }).execute();
      return rows.map(keyOf);
    }),
  );
  const merged = mergePositions(spec, results, seek.take);
  const pageIds = merged.slice(0, query.limit).map((p) => p.id);
  const byId = await enrollmentsById(db, workspaceId, pageIds);
  return { page: pageIds.flatMap((id) => byId.get(id) ?? []), next: nextPosition(merged, query.limit) };
}

/**
 * Where the next page starts: the last row of this page as the index ranges read it (even if the
 * row has changed since), when one more row was found.
 */
function nextPosition(merged: readonly Position[], limit: number): Position | null {
  const last = merged[limit - 1];
  return merged.length > limit && last ? { key: last.key, id: last.id } : null;
}

async function enrollmentsById(
  db: DbOrTrx,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, EnrollmentRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('enrollments')
    .select(ROW_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** Joins each enrollment with its lead and campaign, read with one `id in (…)` query each. */
async function toRows(
  db: DbOrTrx,
  workspaceId: string,
  enrollments: readonly EnrollmentRow[],
  knownCampaigns: readonly ListCampaign[] = [],
): Promise<ListRow[]> {
  if (enrollments.length === 0) return [];
  const campaigns = new Map(knownCampaigns.map((c) => [c.id, c]));
  const leadIds = [...new Set(enrollments.map((e) => e.lead_id))];
  const campaignIds = [...new Set(enrollments.map((e) => e.campaign_id))].filter((id) => !campaigns.has(id));
  const [leads, moreCampaigns] = await Promise.all([
    db
      .selectFrom('leads')
      .select(['id', 'email', 'first_name', 'last_name', 'company'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', leadIds)
      .execute(),
    campaignIds.length === 0
      ? []
      : db
          .selectFrom('campaigns')
          .select(['id', 'name'])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', campaignIds)
          .execute(),
  ]);
  for (const campaign of moreCampaigns) campaigns.set(campaign.id, campaign);
  const leadsById = new Map(leads.map((lead) => [lead.id, lead]));
  const labels = await labelInfos(
    db,
    workspaceId,
    enrollments.map((e) => e.label),
  );
  // An enrollment whose lead or campaign was erased meanwhile is left out of the page.
  return enrollments.flatMap((enrollment) => {
    const lead = leadsById.get(enrollment.lead_id);
    const campaign = campaigns.get(enrollment.campaign_id);
    return lead && campaign ? [toListRow(enrollment, lead, campaign, labels)] : [];
  });
}

/** List rows of some enrollments, in the order given (unknown ids are left out): for pause and resume. */
export async function listRowsByIds(
  db: DbOrTrx,
  workspaceId: string,
  enrollmentIds: readonly string[],
): Promise<ListRow[]> {
  const byId = await enrollmentsById(db, workspaceId, [...new Set(enrollmentIds)]);
  const enrollments = enrollmentIds.flatMap((id) => byId.get(id) ?? []);
  return toRows(db, workspaceId, enrollments);
}

/** A campaign of the workspace, for the Campaign -> Leads view (undefined: answer 404). */
export async function findListCampaign(
  db: DbOrTrx,
  workspaceId: string,
  campaignId: string,
): Promise<ListCampaign | undefined> {
  // No query for what cannot be an id: MySQL refuses to compare non-ASCII text with the ASCII id column.
  if (!isCampaignIdShape(campaignId)) return undefined;
  return db
    .selectFrom('campaigns')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', campaignId)
    .executeTakeFirst();
}
