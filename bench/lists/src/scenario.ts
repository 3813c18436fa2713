import { createApp } from '@leadstatus/api';
import { encodeCursor, type Position } from '@leadstatus/api/features/lists/cursor';
import { ROW_COLUMNS, seekQuery, sortSpec } from '@leadstatus/api/features/lists/keyset';
import {
  findListCampaign,
  type ListQuery,
  listEnrollments,
} from '@leadstatus/api/features/lists/list.repository';
import type { DatabaseHandle } from '@leadstatus/api/platform/db/open-database';
import type { Figure } from '@leadstatus/bench-support/measure';
import { CompiledQuery } from 'kysely';

export const STATUSES = ['sent', 'engaged'] as const;
export const LIMIT = 50;
export const DEEP_PAGE = 1000;

export interface Scenario {
  figures: Figure[];
  deepPage: number;
  plan: string;
}

/**
 * The Campaign -> Leads view filtered on two statuses, 50 a page: the first page and a deep one,
 * through the repository and through the app, beside the bare indexed query of one status.
 */
export async function buildScenario(
  handle: DatabaseHandle,
  workspaceId: string,
  apiKey: string,
  campaignId: string,
): Promise<Scenario> {
  const { db } = handle;
  const campaign = await findListCampaign(db, workspaceId, campaignId);
  if (!campaign) throw new Error('the benchmark campaign is missing');
  const base: Omit<ListQuery, 'after'> = {
    campaignIds: [campaignId],
    statuses: STATUSES,
    sort: '-status_changed_at',
    limit: LIMIT,
  };
  const page = (after: Position | null) =>
    listEnrollments(db, workspaceId, { ...base, after }, { dialect: handle.dialect, campaigns: [campaign] });

  // Reach the deep page by paging, as a client would.
  let after: Position | null = null;
  let deepPage = 1;
  for (; deepPage < DEEP_PAGE; deepPage++) {
    const result = await page(after);
    if (!result.next) break;
    after = result.next;
  }
  const deepAfter = after;
  if (!deepAfter) throw new Error('too few rows for a second page');
  const deepCursor = encodeCursor(base.sort, deepAfter);

  const { app } = createApp({ database: handle });
  const path = `/v1/campaigns/${campaignId}/leads?status=${STATUSES.join(',')}&limit=${LIMIT}`;
  const headers = { Authorization: `Bearer ${apiKey}` };
  const viaApp = async (query: string) => {
    const response = await app.request(`${path}${query}`, { headers });
    if (response.status !== 200) throw new Error(`app answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { data: Array<{ enrollment_id: string }> };
  };
  // The two paths must agree before their speed means anything.
  const [repoDeep, appDeep] = [await page(deepAfter), await viaApp(`&cursor=${deepCursor}`)];
  const repoIds = repoDeep.rows.map((r) => r.enrollment_id).join();
  if (repoDeep.rows.length === 0 || repoIds !== appDeep.data.map((r) => r.enrollment_id).join()) {
    throw new Error('the repository and the app disagree on the deep page');
  }

  const bare = 'select id from enrollments where workspace_id = ? and campaign_id = ? and status = ?';
  const order = 'order by status_changed_at desc, id desc limit 51';
  const baseline = CompiledQuery.raw(`${bare} ${order}`, [workspaceId, campaignId, 'sent']);
  const baselineDeep = CompiledQuery.raw(
    `${bare} and status_changed_at <= ? and (status_changed_at < ? or id < ?) ${order}`,
    [workspaceId, campaignId, 'sent', deepAfter.key, deepAfter.key, deepAfter.id],
  );

  // How the database reads one status range of the deep page (the query the repository runs).
  const seek = seekQuery(db, workspaceId, {
    dialect: handle.dialect,
    partition: { campaignId, statuses: ['sent'] },
    filter: base,
    spec: sortSpec(base.sort),
    after: deepAfter,
    take: LIMIT + 1,
    columns: ROW_COLUMNS,
  }).compile();
  const explain = handle.dialect === 'sqlite' ? 'explain query plan' : 'explain';
  const planRows = await db.executeQuery<Record<string, unknown>>(
    CompiledQuery.raw(`${explain} ${seek.sql}`, [...seek.parameters]),
  );
  const plan = planRows.rows
    .map((row) =>
      handle.dialect === 'sqlite'
        ? String(row.detail)
        : `${row.table}: ${row.type} on ${row.key} (${row.Extra ?? ''}), ~${row.rows} rows`,
    )
    .join('; ');

  return {
    deepPage,
    plan,
    figures: [
      { name: 'baseline: bare indexed SQL, 1 status, first page', run: () => db.executeQuery(baseline) },
      {
        name: `baseline: bare indexed SQL, 1 status, page ${deepPage}`,
        run: () => db.executeQuery(baselineDeep),
      },
      { name: 'repository, first page', run: () => page(null) },
      { name: `repository, page ${deepPage}`, run: () => page(deepAfter) },
      { name: 'app (in-process request), first page', run: () => viaApp('') },
      { name: `app (in-process request), page ${deepPage}`, run: () => viaApp(`&cursor=${deepCursor}`) },
    ],
  };
}
