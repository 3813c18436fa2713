import type { DbOrTrx } from '../../db/database.js';
import type { Position } from './cursor.js';
import {
  type ListFilter,
  mergePositions,
  type Partition,
  planPartitions,
  type SeekColumn,
  type SortSpec,
  seekQuery,
  sortSpec,
} from './keyset.js';
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

const ROW_COLUMNS = [
  'id',
  'campaign_id',
  'lead_id',
  'lead_email',
  'status',
  'status_reason',
  'status_changed_at',
  'last_event_at',
  'sent_count',
  'opened_count',
  'clicked_count',
  'replied_count',
] as const satisfies readonly SeekColumn[];

type EnrollmentRow = ListEnrollment & { campaign_id: string; lead_id: string; lead_email: string };

function positionOf(spec: SortSpec, row: EnrollmentRow): Position {
  return { key: row[spec.column], id: row.id };
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
  known: { campaigns?: readonly ListCampaign[] } = {},
): Promise<ListResult> {
  if (query.campaignIds?.length === 0 || query.statuses?.length === 0) return { rows: [], next: null };
  const spec = sortSpec(query.sort);
  const partitions = planPartitions(query, spec);
  const take = query.limit + 1;
  const [single] = partitions;
  const { page, next } =
    partitions.length === 1 && single
      ? await readOneRange(db, workspaceId, query, spec, single, take)
      : await readMergedRanges(db, workspaceId, query, spec, partitions, take);
  return { rows: await toRows(db, workspaceId, page, known.campaigns), next };
}

interface RangePage {
  page: EnrollmentRow[];
  next: Position | null;
}

/** One range: reads the whole rows in it directly. */
async function readOneRange(
  db: DbOrTrx,
  workspaceId: string,
  query: ListQuery,
  spec: SortSpec,
  partition: Partition,
  take: number,
): Promise<RangePage> {
  const rows = await seekQuery(
    db,
    workspaceId,
    partition,
    query,
    spec,
    query.after,
    take,
    ROW_COLUMNS,
  ).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { page, next: rows.length > query.limit && last ? positionOf(spec, last) : null };
}

/** Several ranges: reads only (key, id) from each index, merges them, then reads the page's rows by id. */
async function readMergedRanges(
  db: DbOrTrx,
  workspaceId: string,
  query: ListQuery,
  spec: SortSpec,
  partitions: readonly Partition[],
  take: number,
): Promise<RangePage> {
  const results = await Promise.all(
    partitions.map(async (partition) => {
      const columns = ['id', spec.column] as const;
      const rows = await seekQuery(
        db,
        workspaceId,
        partition,
        query,
        spec,
        query.after,
        take,
        columns,
      ).execute();
      return rows.map((row): Position => ({ key: row[spec.column], id: row.id }));
    }),
  );
  const positions = mergePositions(spec, results, take);
  const pageIds = positions.slice(0, query.limit).map((p) => p.id);
  const byId = await enrollmentsById(db, workspaceId, pageIds);
  // The cursor is where the index ranges were read to, even if a row has changed since.
  const last = positions[query.limit - 1];
  return {
    page: pageIds.flatMap((id) => byId.get(id) ?? []),
    next: positions.length > query.limit && last ? last : null,
  };
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
  // An enrollment whose lead or campaign was erased meanwhile is left out of the page.
  return enrollments.flatMap((enrollment) => {
    const lead = leadsById.get(enrollment.lead_id);
    const campaign = campaigns.get(enrollment.campaign_id);
    return lead && campaign ? [toListRow(enrollment, lead, campaign)] : [];
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
  return db
    .selectFrom('campaigns')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', campaignId)
    .executeTakeFirst();
}
