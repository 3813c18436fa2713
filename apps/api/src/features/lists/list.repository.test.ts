import { STATUSES, type Status } from '@leadstatus/core';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../../platform/db/database.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { seekQuery, sortSpec } from './keyset.js';
import {
  type ListFilter,
  type ListQuery,
  type ListResult,
  listEnrollments,
  listRowsByIds,
} from './list.repository.js';
import { LIST_SORTS, type ListRow, type ListSort } from './schemas.js';
import { changeStatus, type SeedEnrollment, seedCampaign, seedEnrollments } from './test-support/seed.js';

const T0 = Date.UTC(2026, 1, 1);
const WS_A = 'ws_repoA';
const WS_B = 'ws_repoB';

/** Deterministic spread of statuses, ties in every sort key, and some enrollments without events. */
function mixedSpecs(count: number, prefix: string): SeedEnrollment[] {
  return Array.from({ length: count }, (_, i) => ({
    status: STATUSES[(i * 5) % STATUSES.length] as Status,
    statusChangedAt: T0 + (i % 13) * 1000,
    lastEventAt: i % 4 === 0 ? 0 : T0 + (i % 9) * 1000,
    leadEmail: `${prefix}${(i * 37) % 50}-${i}@example.com`,
  }));
}

type List = (workspaceId: string, query: ListQuery) => Promise<ListResult>;

async function pageAll(list: List, workspaceId: string, query: Omit<ListQuery, 'after'>) {
  const rows: ListRow[] = [];
  let after: ListQuery['after'] = null;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await list(workspaceId, { ...query, after });
    rows.push(...page.rows);
    if (!page.next) return rows;
    after = page.next;
  }
  throw new Error('did not reach the end');
}

/** The same list as one plain query: what the merged, paged ranges must equal. */
async function reference(db: Db, workspaceId: string, filter: ListFilter, sort: ListSort) {
  const spec = sortSpec(sort);
  let query = db.selectFrom('enrollments').select('id').where('workspace_id', '=', workspaceId);
  if (filter.campaignIds) query = query.where('campaign_id', 'in', filter.campaignIds);
  if (filter.statuses) query = query.where('status', 'in', filter.statuses);
  const rows = await query.orderBy(spec.column, spec.direction).orderBy('id', spec.direction).execute();
  return rows.map((r) => r.id);
}

describeEachDatabase('enrollment lists (repository)', ({ dialect, database }) => {
  const db = () => database.handle.db;
  const list: List = (workspaceId, query) => listEnrollments(db(), workspaceId, query, { dialect });
  let c1 = '';
  let c2 = '';
  let other = '';

  beforeAll(async () => {
    c1 = await seedCampaign(database.seed, WS_A, 'One');
    c2 = await seedCampaign(database.seed, WS_A, 'Two');
    other = await seedCampaign(database.seed, WS_B, 'Other tenant');
    await seedEnrollments(database.seed, WS_A, c1, mixedSpecs(90, 'a'));
    await seedEnrollments(database.seed, WS_A, c2, mixedSpecs(50, 'B'));
    await seedEnrollments(database.seed, WS_B, other, mixedSpecs(30, 'a'));
  });

  const filters = (): Array<[string, ListFilter]> => [
    ['three statuses', { statuses: ['sent', 'engaged', 'replied'] }],
    ['two campaigns, two statuses', { campaignIds: [c1, c2], statuses: ['sent', 'bounced'] }],
    ['two campaigns', { campaignIds: [c1, c2] }],
    ['one campaign, all statuses', { campaignIds: [c1], statuses: [...STATUSES] }],
    ['nothing', {}],
  ];

  it('pages merged ranges in exactly the order of one plain query, for every sort and page size', async () => {
    for (const [name, filter] of filters()) {
      for (const sort of LIST_SORTS) {
        const expected = await reference(db(), WS_A, filter, sort);
        expect(expected.length, name).toBeGreaterThan(0);
        for (const limit of [4, 500]) {
          const rows = await pageAll(list, WS_A, { ...filter, sort, limit });
          expect(
            rows.map((r) => r.enrollment_id),
            `${name}, ${sort}, limit ${limit}`,
          ).toEqual(expected);
        }
      }
    }
  }, 60_000);

  it('never shows another workspace: its rows, its campaigns, or through a cursor', async () => {
    const all = await pageAll(list, WS_A, { sort: '-status_changed_at', limit: 500 });
    expect(all).toHaveLength(140);
    expect(all.every((r) => r.campaign.id === c1 || r.campaign.id === c2)).toBe(true);
    const viaOther = await list(WS_A, {
      campaignIds: [other],
      sort: '-status_changed_at',
      limit: 50,
      after: null,
    });
    expect(viaOther.rows).toEqual([]);
    const firstA = await list(WS_A, { sort: '-status_changed_at', limit: 5, after: null });
    const inB = await pageAll(list, WS_B, { sort: '-status_changed_at', limit: 500 });
    const bWithACursor = await list(WS_B, {
      sort: '-status_changed_at',
      limit: 500,
      after: firstA.next,
    });
    const bIds = new Set(inB.map((r) => r.enrollment_id));
    expect(bWithACursor.rows.every((r) => bIds.has(r.enrollment_id))).toBe(true);
    expect(await listRowsByIds(db(), WS_B, [all[0]?.enrollment_id ?? ''])).toEqual([]);
  });

  it('answers list rows by id for pause and resume, in the order asked', async () => {
    const [first, second] = await pageAll(list, WS_A, { sort: 'email', limit: 2, campaignIds: [c2] });
    const ids = [second?.enrollment_id ?? '', 'enr_unknown', first?.enrollment_id ?? ''];
    expect(await listRowsByIds(db(), WS_A, ids)).toEqual([second, first]);
  });

  for (const sort of ['-status_changed_at', '-last_event_at'] as const) {
    for (const statuses of [undefined, ['not_contacted', 'sent', 'engaged', 'paused'] as Status[]]) {
      it(`neither skips nor repeats a row while statuses change between pages (${sort}, ${statuses ? 'status filter' : 'no filter'})`, async () => {
        const campaignId = await seedCampaign(database.seed, WS_A, 'Changing');
        const seeded = await seedEnrollments(
          database.seed,
          WS_A,
          campaignId,
          mixedSpecs(120, `c${sort}${statuses ? 's' : ''}`),
        );
        const ids = seeded.map((s) => s.enrollmentId);
        const matching = new Set(await reference(db(), WS_A, { campaignIds: [campaignId], statuses }, sort));
        const changed = new Set<string>();
        const seen: string[] = [];
        let now = T0 + 86_400_000;
        let pick = 7;
        const changeOne = async (candidates: string[]) => {
          const fresh = candidates.filter((id) => !changed.has(id));
          if (fresh.length === 0) return;
          pick = (pick * 31 + 17) % 997;
          const id = fresh[pick % fresh.length] ?? '';
          changed.add(id);
          now += 1000;
          await changeStatus(database.seed, WS_A, id, STATUSES[pick % STATUSES.length] as Status, now);
        };
        let after: ListQuery['after'] = null;
        for (let page = 0; page < 100; page++) {
          const result = await list(WS_A, {
            campaignIds: [campaignId],
            statuses,
            sort,
            limit: 9,
            after,
          });
          seen.push(...result.rows.map((r) => r.enrollment_id));
          if (!result.next) break;
          after = result.next;
          // Rows already read and rows not read yet both change before the next request.
          const read = new Set(seen);
          await changeOne(seen);
          await changeOne(seen);
          await changeOne(ids.filter((id) => !read.has(id)));
          await changeOne(ids.filter((id) => !read.has(id)));
        }
        expect(changed.size).toBeGreaterThan(20);
        expect(new Set(seen).size, 'a row appeared twice').toBe(seen.length);
        const unchanged = [...matching].filter((id) => !changed.has(id));
        const seenSet = new Set(seen);
        expect(
          unchanged.filter((id) => !seenSet.has(id)),
          'unchanged rows skipped',
        ).toEqual([]);
        expect(seen.every((id) => matching.has(id))).toBe(true);
      });
    }
  }

  it('names the index each range reads, unless q or updated_since may be more selective', () => {
    const sql = (filter: ListFilter, sort: ListSort, statuses: Status[] = []) =>
      seekQuery(db(), WS_A, {
        dialect,
        partition: { campaignId: 'cmp_1', statuses },
        filter,
        spec: sortSpec(sort),
        after: null,
        take: 51,
        columns: ['id'],
      }).compile().sql;
    const hint = (index: string) => (dialect === 'mysql' ? `force index (${index})` : `indexed by ${index}`);
    expect(sql({}, '-status_changed_at', ['sent'])).toContain(hint('enr_cmp_status_changed'));
    expect(sql({}, '-status_changed_at')).toContain(hint('enr_cmp_changed'));
    expect(sql({}, 'email', ['sent', 'replied'])).toContain(hint('enr_cmp_email'));
    expect(sql({}, 'last_event_at')).toContain(hint('enr_cmp_last_event'));
    expect(sql({ q: 'x' }, '-status_changed_at', ['sent'])).not.toMatch(/force index|indexed by/);
    expect(sql({ updatedSince: 1 }, '-status_changed_at')).not.toMatch(/force index|indexed by/);
  });

  it('finds leads by e-mail, name or company, case-insensitively, with LIKE wildcards taken literally', async () => {
    const campaignId = await seedCampaign(database.seed, WS_A, 'Search');
    const seeded = await seedEnrollments(database.seed, WS_A, campaignId, [
      { lead: { email: 'Percent@Example.com', company: '100% Growth' } },
      { lead: { email: 'x1@example.com', company: '1000 Growth' } },
      { lead: { email: 'x2@example.com', first_name: 'Under_Score' } },
      { lead: { email: 'x3@example.com', first_name: 'UnderXScore' } },
      { lead: { email: 'x4@example.com', last_name: 'Bang!Hyphen' } },
      { lead: { email: 'x5@example.com', last_name: 'BangXHyphen' } },
    ]);
    const ids = seeded.map((s) => s.enrollmentId);
    const search = async (q: string) =>
      (await pageAll(list, WS_A, { campaignIds: [campaignId], q, sort: 'email', limit: 50 })).map(
        (r) => r.enrollment_id,
      );
    expect(await search('100%')).toEqual([ids[0]]);
    expect(await search('percent@')).toEqual([ids[0]]);
    expect(await search('under_')).toEqual([ids[2]]);
    expect(await search('UNDER')).toEqual([ids[2], ids[3]]);
    expect(await search('g!h')).toEqual([ids[4]]);
    expect(await search('GROWTH')).toEqual([ids[0], ids[1]]);
    expect(await search('%')).toEqual([ids[0]]);
    expect(await search('nobody')).toEqual([]);
  });
});
