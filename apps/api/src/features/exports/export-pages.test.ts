import { STATUS_INFO, STATUSES, type Status } from '@leadstatus/core';
import SqliteDatabase from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import type { ListQuery } from '../lists/list.repository.js';
import { listEnrollments } from '../lists/list.repository.js';
import type { ListRow } from '../lists/schemas.js';
import {
  changeStatus,
  type SeedEnrollment,
  seedCampaign,
  seedEnrollments,
} from '../lists/test-support/seed.js';
import { CSV_COLUMNS } from './csv.js';
import { EXPORT_PAGE_SIZE, type ExportPagesOptions, type ExportQuery, exportPages } from './export-pages.js';
import { exportChunks, toExportListRow } from './formats.js';

const T0 = Date.UTC(2026, 2, 1, 12);
const WS = 'ws_exportPagesA';
const OTHER = 'ws_exportPagesB';
const BIG = 20_000;

/** mulberry32: the same "random" data on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Ann',
  'Zoë, "Z"',
  'Lee\nSmith',
  'Zürich\r\nAG 🚀',
  '=HYPERLINK("x")',
  '+1',
  '-2',
  '@corp',
  null,
];
const GUARDED = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A cell as the CSV shows it: empty for null, a leading `'` before a formula start. */
const shown = (value: string | null) => (value === null ? '' : GUARDED.test(value) ? `'${value}` : value);
const iso = (ms: number) => new Date(ms).toISOString();

describeEachDatabase('exportPages', ({ dialect, database }) => {
  const db = () => database.handle.db;
  /** Rows set up around the product (on SQLite the handle's own connection is read-only). */
  const seed = () => database.seed;
  let campaigns: Array<{ id: string; name: string }> = [];
  /** Every seeded row of WS, as the CSV must show it, in the default order. */
  let expected: string[][] = [];

  beforeAll(async () => {
    const random = seededRandom(3);
    campaigns = [
      { id: await seedCampaign(seed(), WS, 'Q4, "EU" launch'), name: 'Q4, "EU" launch' },
      { id: await seedCampaign(seed(), WS, '=cmd'), name: '=cmd' },
    ];
    const rows: Array<{ spec: SeedEnrollment; campaign: { id: string; name: string } }> = [];
    for (let i = 0; i < BIG; i++) {
      const status = STATUSES[Math.floor(random() * STATUSES.length)] as Status;
      const changed = T0 + Math.floor(random() * 3000) * 1000;
      const pick = () => NAMES[Math.floor(random() * NAMES.length)] ?? null;
      rows.push({
        campaign: campaigns[i % 2] ?? { id: '', name: '' },
        spec: {
          status,
          statusReason: status === 'bounced' ? 'hard_bounce' : status === 'paused' ? 'out_of_office' : null,
          pausedUntil: status === 'paused' ? changed + 86_400_000 : null,
          statusChangedAt: changed,
          lastEventAt: i % 5 === 0 ? 0 : changed + (i % 7) * 1000,
          updatedAt: changed,
          counters: { sent: i % 3, opened: i % 4, clicked: i % 2, replied: status === 'replied' ? 1 : 0 },
          lead: { email: `lead${i}@example.com`, first_name: pick(), last_name: pick(), company: pick() },
        },
      });
    }
    const records: Array<{ changed: number; record: string[] }> = [];
    for (const campaign of campaigns) {
      const mine = rows.filter((r) => r.campaign === campaign);
      const seeded = await seedEnrollments(
        seed(),
        WS,
        campaign.id,
        mine.map((r) => r.spec),
      );
      seeded.forEach((s, i) => {
        const spec = mine[i]?.spec as SeedEnrollment;
        const lead = spec.lead ?? {};
        const status = spec.status as Status;
        records.push({
          changed: spec.statusChangedAt ?? 0,
          record: [
            s.enrollmentId,
            s.leadId,
            lead.email ?? '',
            shown(lead.first_name ?? null),
            shown(lead.last_name ?? null),
            shown(lead.company ?? null),
            campaign.id,
            shown(campaign.name),
            status,
            STATUS_INFO[status].label,
            spec.statusReason ?? '',
            spec.pausedUntil ? iso(spec.pausedUntil) : '',
            '',
            '',
            '',
            iso(spec.statusChangedAt ?? 0),
            spec.lastEventAt ? iso(spec.lastEventAt) : '',
            String(spec.counters?.sent ?? 0),
            String(spec.counters?.opened ?? 0),
            String(spec.counters?.clicked ?? 0),
            String(spec.counters?.replied ?? 0),
          ],
        });
      });
    }
    // -status_changed_at, ties by enrollment id, descending.
    records.sort((x, y) => y.changed - x.changed || ((y.record[0] ?? '') < (x.record[0] ?? '') ? -1 : 1));
    expected = records.map((r) => r.record);
    const other = await seedCampaign(seed(), OTHER, 'Other');
    await seedEnrollments(seed(), OTHER, other, [{ lead: { email: 'lead1@example.com' } }]);
  }, 120_000);

  const query = (extra: Partial<ExportQuery> = {}): ExportQuery => ({
    sort: '-status_changed_at',
    ...extra,
  });
  const collect = async (q: ExportQuery, options: Partial<ExportPagesOptions> = {}) => {
    const rows: ListRow[] = [];
    let pages = 0;
    for await (const page of exportPages(db(), WS, q, { dialect, ...options })) {
      pages += 1;
      expect(page.rows.length).toBeLessThanOrEqual(EXPORT_PAGE_SIZE);
      for (const row of page.rows) {
        const campaign = page.campaigns.get(row.campaign_id);
        if (!campaign) throw new Error(`no campaign ${row.campaign_id}`);
        rows.push(toExportListRow(row, campaign, page.labels));
      }
    }
    return { rows, pages };
  };
  const csv = async (q: ExportQuery, options: Partial<ExportPagesOptions> = {}) => {
    let text = '';
    for await (const chunk of exportChunks(exportPages(db(), WS, q, { dialect, ...options }), 'csv')) {
      text += chunk;
    }
    return text;
  };
  const listAll = async (q: ExportQuery, limit = 173) => {
    const rows: ListRow[] = [];
    let after: ListQuery['after'] = null;
    do {
      const page = await listEnrollments(db(), WS, { ...q, limit, after }, { dialect });
      rows.push(...page.rows);
      after = page.next;
    } while (after);
    return rows;
  };

  for (const ownConnection of [true, false]) {
    it(`writes ${BIG.toLocaleString('en-US')} rows as CSV that parses back to exactly the rows, in order (ownConnection: ${ownConnection})`, async () => {
      const text = await csv(query(), { ownConnection });
      const [header, ...records] = parse(text) as string[][];
      expect(header).toEqual([...CSV_COLUMNS]);
      expect(records).toHaveLength(BIG);
      expect(records).toEqual(expected);
    }, 60_000);
  }

  const queries: Array<[string, Partial<ExportQuery>]> = [
    ['no filter', {}],
    ['ascending', { sort: 'status_changed_at' }],
    ['by e-mail', { sort: 'email' }],
    ['by last event', { sort: '-last_event_at' }],
    ['one status', { statuses: ['sent'] }],
    ['two statuses (two ranges merged)', { statuses: ['engaged', 'replied'] }],
    ['four statuses (keys, then rows by id)', { statuses: ['sent', 'bounced', 'paused', 'completed'] }],
    ['statuses, by last event', { statuses: ['sent', 'bounced', 'paused'], sort: 'last_event_at' }],
    ['a search', { q: 'lead1', sort: '-email' }],
    ['updated since', { updatedSince: T0 + 2_000_000 }],
  ];
  it.each(queries)(
    'gives the rows of paging the list to its end: %s',
    async (_name, extra) => {
      const q = query(extra);
      const expectedRows = await listAll(q);
      expect(expectedRows.length).toBeGreaterThan(0);
      expect((await collect(q)).rows).toEqual(expectedRows);
    },
    60_000,
  );

  it('takes campaign filters, and the campaign of a campaign export', async () => {
    const [one, two] = campaigns;
    const byCampaign = query({ campaignIds: [two?.id ?? ''] });
    const expectedRows = await listAll(byCampaign);
    expect(expectedRows).toHaveLength(BIG / 2);
    expect((await collect(byCampaign, { campaign: two })).rows).toEqual(expectedRows);
    const both = query({ campaignIds: [one?.id ?? '', two?.id ?? ''], statuses: ['sent', 'replied'] });
    expect((await collect(both)).rows).toEqual(await listAll(both));
  }, 60_000);

  it('stays in its workspace, and reads nothing for an empty filter', async () => {
    const all = await collect(query());
    expect(all.rows).toHaveLength(BIG);
    expect(all.pages).toBe(BIG / EXPORT_PAGE_SIZE);
    const theirs = await listEnrollments(db(), OTHER, { sort: 'email', limit: 5, after: null }, { dialect });
    const [their] = theirs.rows;
    expect(all.rows.some((r) => r.enrollment_id === their?.enrollment_id)).toBe(false);
    expect((await collect(query({ campaignIds: [their?.campaign.id ?? ''] }))).rows).toEqual([]);
    expect((await collect(query({ campaignIds: [] }))).pages).toBe(0);
    expect((await collect(query({ statuses: [] }))).pages).toBe(0);
  });

  for (const sort of ['-status_changed_at', '-last_event_at'] as const) {
    for (const statuses of [undefined, ['not_contacted', 'sent', 'engaged', 'paused'] as Status[]]) {
      it(`neither skips nor repeats a row while statuses change during the export (${sort}, ${statuses ? 'status filter' : 'no filter'})`, async () => {
        const campaignId = await seedCampaign(seed(), WS, 'Changing');
        const seeded = await seedEnrollments(
          seed(),
          WS,
          campaignId,
          Array.from({ length: 2600 }, (_, i) => ({
            status: STATUSES[(i * 5) % STATUSES.length] as Status,
            statusChangedAt: T0 + (i % 97) * 1000,
            lastEventAt: i % 4 === 0 ? 0 : T0 + (i % 89) * 1000,
          })),
        );
        const ids = seeded.map((s) => s.enrollmentId);
        const q = query({ campaignIds: [campaignId], statuses, sort });
        const matching = new Set((await listAll(q, 500)).map((r) => r.enrollment_id));
        const changed = new Set<string>();
        const seen: string[] = [];
        let now = T0 + 86_400_000;
        let pick = 7;
        const changeSome = async (candidates: string[], count: number) => {
          for (let n = 0; n < count; n++) {
            const fresh = candidates.filter((id) => !changed.has(id));
            if (fresh.length === 0) return;
            pick = (pick * 31 + 17) % 997;
            const id = fresh[pick % fresh.length] ?? '';
            changed.add(id);
            now += 1000;
            await changeStatus(seed(), WS, id, STATUSES[pick % STATUSES.length] as Status, now);
          }
        };
        for await (const page of exportPages(db(), WS, q, { dialect })) {
          seen.push(...page.rows.map((r) => r.id));
          // Rows already written and rows not read yet both change before the next page.
          const read = new Set(seen);
          await changeSome(seen, 20);
          await changeSome(
            ids.filter((id) => !read.has(id)),
            20,
          );
        }
        expect(changed.size).toBeGreaterThan(40);
        expect(new Set(seen).size, 'a row appeared twice').toBe(seen.length);
        const seenSet = new Set(seen);
        const skipped = [...matching].filter((id) => !changed.has(id) && !seenSet.has(id));
        expect(skipped, 'unchanged rows skipped').toEqual([]);
        expect(seen.every((id) => matching.has(id) || changed.has(id))).toBe(true);
      }, 60_000);
    }
  }

  describe.runIf(dialect === 'sqlite')('on SQLite on a file', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('reads on a read-only connection of its own, closed when the export ends or stops', async () => {
      const prepare = vi.spyOn(SqliteDatabase.prototype, 'prepare');
      const readers = () =>
        [...new Set(prepare.mock.contexts as SqliteDatabase.Database[])].filter((c) => c.readonly);
      const all = await collect(query({ campaignIds: [campaigns[0]?.id ?? ''] }));
      expect(all.rows).toHaveLength(BIG / 2);
      const [reader, ...more] = readers();
      expect(more).toEqual([]);
      expect(reader?.name).toBe(database.url.replace(/^sqlite:/, ''));
      expect(reader?.open).toBe(false);

      // Stopped after the first page (the client went away): closed as well.
      prepare.mockClear();
      const pages = exportPages(db(), WS, query(), { dialect });
      expect((await pages.next()).done).toBe(false);
      expect(readers()[0]?.open).toBe(true);
      await pages.return(undefined);
      expect(readers()[0]?.open).toBe(false);

      // `ownConnection: false`: the service's connection.
      prepare.mockClear();
      expect(
        (await collect(query({ statuses: ['replied'] }), { ownConnection: false })).rows.length,
      ).toBeGreaterThan(0);
      expect(readers()).toEqual([]);
    });

    it('keeps the page cache of its connection small', async () => {
      const pragma = vi.spyOn(SqliteDatabase.prototype, 'pragma');
      const pages = exportPages(db(), WS, query(), { dialect });
      await pages.next();
      await pages.return(undefined);
      expect(pragma.mock.calls.map(([source]) => source)).toContain('cache_size = -2048');
    });
  });
});
