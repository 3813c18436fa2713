import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { STATUSES, type Status } from '@leadstatus/core';
import { parse } from 'csv-parse/sync';
import {
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  RawNode,
  type RootOperationNode,
  SelectQueryNode,
  TableNode,
  type UnknownRow,
} from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.js';
import { CSV_COLUMNS } from '../src/features/exports/csv.js';
import { ListRowSchema } from '../src/features/lists/schemas.js';
import {
  type SeedEnrollment,
  seedCampaign,
  seedEnrollments,
} from '../src/features/lists/test-support/seed.js';
import { fixedClock } from '../src/platform/clock.js';
import type { DatabaseHandle } from '../src/platform/db/open-database.js';
import { type Json, readJson } from '../src/test-support/read-json.js';
import { createTestApp } from '../src/test-support/test-app.js';
import { describeEachDatabase } from '../src/test-support/test-databases.js';
import { countingQueriesInFlight, untilQuiet } from '../src/test-support/until-quiet.js';
import { CLI, type RunningServer, runNode, startServer } from './run-process.js';

const T0 = Date.UTC(2026, 2, 1, 12);
const at = (seconds: number) => T0 + seconds * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

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

function readsEnrollments(node: SelectQueryNode): boolean {
  return (node.from?.froms ?? []).some((from) =>
    TableNode.is(from)
      ? from.table.identifier.name === 'enrollments'
      : RawNode.is(from) && from.sqlFragments.join('').startsWith('enrollments'),
  );
}

/** Counts SELECTs, and fails the reads of enrollments beyond `enrollmentReadsAllowed`: "the database went away". */
class Tripwire implements KyselyPlugin {
  selects = 0;
  enrollmentReads = 0;
  enrollmentReadsAllowed = Number.POSITIVE_INFINITY;
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (SelectQueryNode.is(node)) {
      this.selects += 1;
      if (readsEnrollments(node) && ++this.enrollmentReads > this.enrollmentReadsAllowed) {
        throw Object.assign(new Error('Connection lost: the server closed the connection.'), {
          code: 'PROTOCOL_CONNECTION_LOST',
        });
      }
    }
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

function withTripwire(handle: DatabaseHandle) {
  const tripwire = new Tripwire();
  const logged: Json[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });
  const { db, inFlight } = countingQueriesInFlight(handle.db.withPlugin(tripwire));
  const { app } = createApp({ database: { ...handle, db }, logger });
  return { app, tripwire, logged, inFlight };
}

const csvRecords = (text: string): string[][] => parse(text) as string[][];
const ndjsonRows = (text: string): Json[] =>
  text === ''
    ? []
    : text
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => JSON.parse(line));

async function readChunks(response: Response): Promise<{ text: string; chunks: number }> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let text = '';
  let chunks = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks += 1;
    text += decoder.decode(next.value, { stream: true });
  }
  return { text: text + decoder.decode(), chunks };
}

/** Three campaigns, 1,200 enrollments (more than two export pages), ties in every sort key. */
async function seedMany(db: DatabaseHandle['db'], workspaceId: string) {
  const random = seededRandom(42);
  const campaigns = [
    await seedCampaign(db, workspaceId, 'One'),
    await seedCampaign(db, workspaceId, 'Two'),
    await seedCampaign(db, workspaceId, 'Three'),
  ];
  const companies = ['Acme', 'Globex', 'ACME Corp', null, 'Initech'];
  const byCampaign: SeedEnrollment[][] = [[], [], []];
  for (let i = 0; i < 1200; i++) {
    const status = STATUSES[Math.floor(random() * STATUSES.length)] as Status;
    const changed = at(Math.floor(random() * 300));
    const spec: SeedEnrollment = {
      status,
      statusChangedAt: changed,
      lastEventAt: random() < 0.2 ? 0 : changed + Math.floor(random() * 50) * 1000,
      updatedAt: changed,
      counters: { sent: i % 3, opened: i % 4, clicked: i % 2, replied: status === 'replied' ? 1 : 0 },
      lead: {
        email: `${i % 7 === 0 ? 'Same' : `lead${i}`}.${i}@example.com`,
        first_name: `First${i % 13}`,
        company: companies[i % companies.length] ?? null,
      },
    };
    byCampaign[i % 3]?.push(spec);
  }
  for (const [index, campaignId] of campaigns.entries()) {
    await seedEnrollments(db, workspaceId, campaignId, byCampaign[index] ?? []);
  }
  return campaigns;
}

describeEachDatabase('GET /v1/leads/export and /v1/campaigns/{id}/leads/export', ({ database }) => {
  const clock = fixedClock(Date.UTC(2026, 10, 27, 9, 30));
  let app: ReturnType<typeof createTestApp>;
  let a: { workspaceId: string; apiKey: string };
  let b: { workspaceId: string; apiKey: string };
  let small: { campaign: string; ids: string[]; leads: string[] };
  let many: string[];
  let bCampaign: string;
  let bEnrollment: string;

  beforeAll(async () => {
    const db = database.seed;
    app = createTestApp(database.handle, { clock });
    a = await app.newWorkspace('A');
    b = await app.newWorkspace('B');
    const campaign = await seedCampaign(db, a.workspaceId, 'Q4, "EU" launch');
    const seeded = await seedEnrollments(db, a.workspaceId, campaign, [
      {
        status: 'engaged',
        statusChangedAt: at(30),
        lastEventAt: at(31),
        counters: { sent: 2, opened: 3, clicked: 1 },
        lead: {
          email: 'zoe@acme.com',
          first_name: 'Zoë, "Z"',
          last_name: 'Lee\nSmith',
          company: 'Zürich 🚀',
        },
      },
      {
        status: 'bounced',
        statusReason: 'hard_bounce',
        statusChangedAt: at(20),
        lastEventAt: at(20),
        counters: { sent: 1 },
        lead: {
          email: 'eve@evil.test',
          first_name: '=HYPERLINK("http://x")',
          last_name: '+1',
          company: '@corp',
        },
      },
      { status: 'not_contacted', statusChangedAt: at(10), lead: { email: 'cy@initech.com' } },
    ]);
    small = { campaign, ids: seeded.map((s) => s.enrollmentId), leads: seeded.map((s) => s.leadId) };
    many = await seedMany(db, a.workspaceId);
    bCampaign = await seedCampaign(db, b.workspaceId, 'Gamma');
    const [other] = await seedEnrollments(db, b.workspaceId, bCampaign, [
      { status: 'replied', statusChangedAt: at(99), lead: { email: 'zoe@acme.com', company: 'Acme' } },
    ]);
    bEnrollment = other?.enrollmentId ?? '';
  }, 60_000);

  const get = (path: string, key = a.apiKey) => app.request(path, { key });
  const text = async (path: string, key = a.apiKey) => {
    const response = await get(path, key);
    expect(response.status, path).toBe(200);
    return response.text();
  };
  /** The list endpoint paged to its end (an odd page size, so pages and export reads differ). */
  const listAll = async (path: string, query: string): Promise<Json[]> => {
    const rows: Json[] = [];
    let cursor: string | null = null;
    do {
      const separator = query === '' ? '?' : '&';
      const page: string = `${path}${query}${separator}limit=173${cursor ? `&cursor=${cursor}` : ''}`;
      const body = await readJson(await get(page));
      rows.push(...body.data);
      cursor = body.next_cursor;
    } while (cursor);
    return rows;
  };

  describe('happy path', () => {
    it('writes exactly this CSV: header, quoting, unicode, formula guard, empty nulls', async () => {
      const response = await get(`/v1/campaigns/${small.campaign}/leads/export`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="leads-${small.campaign}-2026-11-27.csv"`,
      );
      const [zoe, eve, cy] = small.ids;
      const [zoeLead, eveLead, cyLead] = small.leads;
      const c = small.campaign;
      const name = '"Q4, ""EU"" launch"';
      expect(await response.text()).toBe(
        `${CSV_COLUMNS.join(',')}\r\n` +
          `${zoe},${zoeLead},zoe@acme.com,"Zoë, ""Z""","Lee\nSmith",Zürich 🚀,${c},${name},engaged,Engaged,,,,,,` +
          `${iso(at(30))},${iso(at(31))},2,3,1,0\r\n` +
          `${eve},${eveLead},eve@evil.test,"'=HYPERLINK(""http://x"")",'+1,'@corp,${c},${name},bounced,` +
          `Bounced / Blocked,hard_bounce,,,,,${iso(at(20))},${iso(at(20))},1,0,0,0\r\n` +
          `${cy},${cyLead},cy@initech.com,,,,${c},${name},not_contacted,Not Contacted,,,,,,${iso(at(10))},,0,0,0,0\r\n`,
      );
    });

    it('writes NDJSON: one list row per line, the rows the list answers', async () => {
      const path = `/v1/campaigns/${small.campaign}/leads`;
      const response = await get(`${path}/export?format=ndjson`);
      expect(response.headers.get('content-type')).toBe('application/x-ndjson');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="leads-${small.campaign}-2026-11-27.ndjson"`,
      );
      const body = await response.text();
      expect(body.endsWith('\n')).toBe(true);
      const rows = ndjsonRows(body);
      for (const row of rows) expect(ListRowSchema.strict().parse(row)).toEqual(row);
      expect(rows).toEqual((await readJson(await get(path))).data);
    });

    it('reaches its own handler at /v1/leads/export (not GET /v1/leads/{id})', async () => {
      const response = await get('/v1/leads/export');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="leads-all-2026-11-27.csv"',
      );
      expect(csvRecords(await response.text())).toHaveLength(1 + 3 + 1200);
    });

    const leadsTabQueries = [
      '',
      '?sort=status_changed_at',
      '?sort=email',
      '?sort=-email',
      '?sort=-last_event_at',
      '?sort=last_event_at',
      '?status=engaged,replied',
      '?status=sent&status=bounced&status=paused&sort=-last_event_at',
      '?q=acme&sort=email',
      `?updated_since=${encodeURIComponent(iso(at(200)))}`,
      '?status=completed&q=same',
    ];
    it.each(leadsTabQueries)('gives the rows of paging GET /v1/leads to the end: %s', async (query) => {
      const expected = await listAll('/v1/leads', query);
      expect(expected.length).toBeGreaterThan(0);
      const separator = query === '' ? '?' : '&';
      expect(ndjsonRows(await text(`/v1/leads/export${query}${separator}format=ndjson`))).toEqual(expected);
      const [header, ...records] = csvRecords(await text(`/v1/leads/export${query}`));
      expect(header).toEqual([...CSV_COLUMNS]);
      expect(records.map((r) => r[0])).toEqual(expected.map((r) => r.enrollment_id));
    });

    it('takes campaign_id like the Leads tab, and the campaign view’s filters', async () => {
      const [one, two, three] = many;
      for (const query of [
        `?campaign_id=${one},${two}&status=engaged,sent,replied`,
        `?campaign_id=${three}&campaign_id=${small.campaign}&sort=email`,
        `?campaign_id=${bCampaign}`,
      ]) {
        const expected = await listAll('/v1/leads', query);
        expect(ndjsonRows(await text(`/v1/leads/export${query}&format=ndjson`)), query).toEqual(expected);
      }
      for (const query of ['', '?status=engaged,bounced&sort=-last_event_at', '?q=globex&sort=-email']) {
        const path = `/v1/campaigns/${two}/leads`;
        const expected = await listAll(path, query);
        expect(expected.length).toBeGreaterThan(0);
        const separator = query === '' ? '?' : '&';
        expect(ndjsonRows(await text(`${path}/export${query}${separator}format=ndjson`)), query).toEqual(
          expected,
        );
      }
    });

    it('ignores limit and cursor: an export always reads to the end', async () => {
      const all = csvRecords(await text('/v1/leads/export'));
      expect(csvRecords(await text('/v1/leads/export?limit=1&cursor=garbage'))).toEqual(all);
    });
  });

  describe('streaming', () => {
    const BIG = 20_000;
    let big: { workspaceId: string; apiKey: string };
    let bigOrder: string[];

    beforeAll(async () => {
      const db = database.seed;
      big = await app.newWorkspace('Big');
      const campaign = await seedCampaign(db, big.workspaceId, 'Big');
      const specs = Array.from({ length: BIG }, (_, i) => ({
        status: 'sent' as const,
        statusChangedAt: at(i % 5_000),
      }));
      const seeded = await seedEnrollments(db, big.workspaceId, campaign, specs);
      // -status_changed_at, ties by id descending.
      bigOrder = seeded
        .map((s, i) => ({ id: s.enrollmentId, changed: specs[i]?.statusChangedAt ?? 0 }))
        .sort((x, y) => y.changed - x.changed || (x.id < y.id ? 1 : -1))
        .map((s) => s.id);
    }, 120_000);

    const exportBig = (target: {
      request: (path: string, init: RequestInit) => Promise<Response> | Response;
    }) => target.request('/v1/leads/export', { headers: { Authorization: `Bearer ${big.apiKey}` } });

    it('streams 20,000 rows completely and in order, in many chunks', async () => {
      const { text: body, chunks } = await readChunks(await exportBig(app.app));
      expect(chunks).toBeGreaterThanOrEqual(BIG / 500);
      const [header, ...records] = csvRecords(body);
      expect(header).toEqual([...CSV_COLUMNS]);
      expect(records).toHaveLength(BIG);
      expect(records.map((r) => r[0])).toEqual(bigOrder);
    }, 60_000);

    it('reads a page only when the client pulls, and stops reading when it goes away', async () => {
      const { app: watched, tripwire, inFlight } = withTripwire(database.handle);
      const reader = (await exportBig(watched)).body?.getReader();
      const quiet = () =>
        untilQuiet(
          () => tripwire.enrollmentReads,
          () => inFlight() > 0,
        );
      expect((await reader?.read())?.done).toBe(false);
      await quiet();
      const idle = tripwire.enrollmentReads;
      // The page taken and the one read ahead: never more while the client does not pull.
      expect(idle).toBeLessThanOrEqual(2);
      expect((await reader?.read())?.done).toBe(false);
      await reader?.cancel();
      await quiet();
      expect(tripwire.enrollmentReads).toBeLessThanOrEqual(3);
    });

    it('aborts the body, and logs why, when the database fails mid-stream', async () => {
      const { app: failing, tripwire, logged } = withTripwire(database.handle);
      tripwire.enrollmentReadsAllowed = 2;
      const response = await exportBig(failing);
      expect(response.status).toBe(200);
      const reader = response.body?.getReader();
      let received = 0;
      await expect(
        (async () => {
          for (let next = await reader?.read(); next && !next.done; next = await reader?.read())
            received += 1;
        })(),
      ).rejects.toThrow(/incomplete/);
      expect(received).toBe(2);
      expect(logged.map((l) => l.msg)).toEqual(['export failed mid-stream; aborting the response']);
      expect(logged[0].err.message).toMatch(/Connection lost/);
      expect(logged[0].workspaceId).toBe(big.workspaceId);
    });

    it('cuts the connection over real HTTP, so the download is visibly truncated', async () => {
      const { app: failing, tripwire } = withTripwire(database.handle);
      const server = serve({ fetch: failing.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/v1/leads/export`;
      const headers = { Authorization: `Bearer ${big.apiKey}` };
      // @hono/node-server reports the errored body on the console; the app logged it already.
      const serverConsole = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        // Whether the failing read finds a write pending or not, the connection is cut.
        for (const allowed of [1, 2, 3, 5, 8]) {
          tripwire.enrollmentReads = 0;
          tripwire.enrollmentReadsAllowed = allowed;
          const response = await fetch(url, { headers });
          expect(response.status).toBe(200);
          expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
          expect(response.headers.get('transfer-encoding')).toBe('chunked');
          const reader = response.body?.getReader();
          let received = '';
          const decoder = new TextDecoder();
          await expect(
            (async () => {
              for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
                received += decoder.decode(next.value, { stream: true });
              }
            })(),
          ).rejects.toThrow(/terminated/);
          expect(received.length, `after ${allowed} pages`).toBeGreaterThan(0);
          expect(received).not.toContain('Error');
        }
        // The server carries on.
        tripwire.enrollmentReadsAllowed = Number.POSITIVE_INFINITY;
        expect(csvRecords(await (await fetch(url, { headers })).text())).toHaveLength(BIG + 1);
        expect(serverConsole.mock.calls.map(([error]) => (error as Error).name)).toEqual(
          Array(5).fill('ExportAbortedError'),
        );
      } finally {
        serverConsole.mockRestore();
        await new Promise((resolve) => server.close(resolve));
      }
    }, 60_000);

    it('answers a 503 problem, not a stream, when the database fails before the first row', async () => {
      const { app: failing, tripwire } = withTripwire(database.handle);
      tripwire.enrollmentReadsAllowed = 0;
      for (const path of ['/v1/leads/export', `/v1/campaigns/${small.campaign}/leads/export?format=ndjson`]) {
        const response = await failing.request(path, { headers: { Authorization: `Bearer ${a.apiKey}` } });
        expect(response.status, path).toBe(503);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        expect(response.headers.get('retry-after')).toBe('5');
        expect((await readJson(response)).type).toBe('/problems/service-unavailable');
      }
    });
  });
  describe('errors, before any byte of the body', () => {
    it('refuses bad parameters with 400 problems at the field', async () => {
      for (const path of ['/v1/leads/export', `/v1/campaigns/${small.campaign}/leads/export`]) {
        for (const [query, field] of [
          ['?status=nope', 'query.status'],
          ['?status=sent,Sent', 'query.status'],
          ['?sort=name', 'query.sort'],
          ['?format=xlsx', 'query.format'],
          ['?updated_since=soon', 'query.updated_since'],
          ['?q=', 'query.q'],
        ] as const) {
          const response = await get(`${path}${query}`);
          expect(response.status, `${path}${query}`).toBe(400);
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          expect(response.headers.get('content-disposition')).toBeNull();
          const body = await readJson(response);
          expect(body.type).toBe('/problems/validation-error');
          expect(body.errors.map((e: Json) => e.path)).toEqual([field]);
        }
      }
      const tooMany = Array.from({ length: 51 }, (_, i) => `cmp_${i}`).join(',');
      expect((await get(`/v1/leads/export?campaign_id=${tooMany}`)).status).toBe(400);
    });

    it('requires a key', async () => {
      expect((await app.request('/v1/leads/export')).status).toBe(401);
      expect((await app.request(`/v1/campaigns/${small.campaign}/leads/export`)).status).toBe(401);
    });
  });

  describe('security', () => {
    it('answers 404 for a campaign of another workspace, and never shows its rows', async () => {
      for (const id of [bCampaign, 'cmp_nothing']) {
        const response = await get(`/v1/campaigns/${id}/leads/export`);
        expect(response.status, id).toBe(404);
        expect((await readJson(response)).type).toBe('/problems/not-found');
      }
      expect(csvRecords(await text(`/v1/leads/export?campaign_id=${bCampaign}`))).toHaveLength(1);
      const all = await text('/v1/leads/export?format=ndjson&q=zoe');
      expect(ndjsonRows(all).map((r) => r.enrollment_id)).toEqual([small.ids[0]]);
      expect(all).not.toContain(bEnrollment);
      const asB = ndjsonRows(await text('/v1/leads/export?format=ndjson', b.apiKey));
      expect(asB.map((r) => r.enrollment_id)).toEqual([bEnrollment]);
      expect(
        ndjsonRows(await text(`/v1/campaigns/${bCampaign}/leads/export?format=ndjson`, b.apiKey)),
      ).toHaveLength(1);
      expect((await get(`/v1/campaigns/${small.campaign}/leads/export`, b.apiKey)).status).toBe(404);
    });
  });

  it('is documented: both media types, the list filters without paging, the problems', () => {
    const document = app.openApiDocument() as Json;
    for (const [path, extra] of [
      ['/v1/leads/export', ['campaign_id']],
      ['/v1/campaigns/{id}/leads/export', ['id']],
    ] as const) {
      const operation = document.paths[path].get;
      expect(operation.tags).toEqual(['Enrollments']);
      expect(operation.parameters.map((p: Json) => p.name).sort()).toEqual(
        ['format', 'label', 'q', 'sort', 'status', 'updated_since', ...extra].sort(),
      );
      expect(Object.keys(operation.responses['200'].content)).toEqual(['text/csv', 'application/x-ndjson']);
      expect(operation.responses['200'].content['text/csv'].schema.type).toBe('string');
      expect(Object.keys(operation.responses).sort()).toEqual([
        '200',
        '400',
        '401',
        '403',
        '404',
        '429',
        '500',
        '503',
      ]);
    }
  });
});

describeEachDatabase('leadstatus export', ({ database }) => {
  const cli = (...args: string[]) => runNode(CLI, ['export', ...args], { DATABASE_URL: database.url });
  let app: ReturnType<typeof createTestApp>;
  let ws: { workspaceId: string; apiKey: string };
  let campaign: string;

  beforeAll(async () => {
    const db = database.seed;
    app = createTestApp(database.handle);
    ws = await app.newWorkspace('CLI');
    campaign = await seedCampaign(db, ws.workspaceId, 'Launch, "v2"');
    const other = await seedCampaign(db, ws.workspaceId, 'Other');
    await seedEnrollments(db, ws.workspaceId, campaign, [
      { status: 'engaged', statusChangedAt: at(3), lead: { email: 'ann@acme.com', first_name: '=1+1' } },
      { status: 'replied', statusChangedAt: at(2), lead: { email: 'bob@acme.com', company: 'Bob, Inc.' } },
      { status: 'sent', statusChangedAt: at(1), lead: { email: 'cy@acme.com', last_name: 'Ünal' } },
    ]);
    await seedEnrollments(db, ws.workspaceId, other, [{ status: 'sent', statusChangedAt: at(4) }]);
  });

  const viaHttp = async (path: string) => (await app.request(path, { key: ws.apiKey })).text();

  it('writes exactly the HTTP export on stdout, and nothing else anywhere', {
    timeout: 30_000,
  }, async () => {
    const all = await cli('--workspace', ws.workspaceId);
    expect(all.stderr).toBe('');
    expect(all.code).toBe(0);
    expect(all.stdout).toBe(await viaHttp('/v1/leads/export'));
    expect(csvRecords(all.stdout)).toHaveLength(5);

    const some = await cli(
      '--workspace',
      ws.workspaceId,
      '--campaign',
      campaign,
      '--status',
      'engaged',
      'sent',
    );
    expect(some.code).toBe(0);
    expect(some.stdout).toBe(await viaHttp(`/v1/campaigns/${campaign}/leads/export?status=engaged,sent`));
    expect(csvRecords(some.stdout)).toHaveLength(3);
    const commas = await cli(
      '--workspace',
      ws.workspaceId,
      '--status',
      'engaged,replied',
      '--status',
      'sent',
    );
    expect(commas.stdout).toBe(await viaHttp('/v1/leads/export?status=engaged,replied,sent'));
  });

  it('writes NDJSON to --output, leaving stdout empty', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'leadstatus-export-')), 'out.ndjson');
    const result = await cli(
      '--workspace',
      ws.workspaceId,
      '--campaign',
      campaign,
      '--format',
      'ndjson',
      '--output',
      file,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(
      await viaHttp(`/v1/campaigns/${campaign}/leads/export?format=ndjson`),
    );
  });

  it('explains mistakes in one line on stderr, exit 1, nothing on stdout', {
    timeout: 60_000,
  }, async () => {
    for (const [args, message] of [
      [['--workspace', 'ws_nope'], 'leadstatus: No workspace ws_nope.'],
      [
        ['--workspace', ws.workspaceId, '--campaign', 'cmp_nope'],
        `leadstatus: No campaign cmp_nope in workspace ${ws.workspaceId}.`,
      ],
      [
        ['--workspace', ws.workspaceId, '--status', 'sent,nope'],
        `leadstatus: Unknown status "nope"; expected any of ${STATUSES.join(', ')}.`,
      ],
      [
        ['--workspace', ws.workspaceId, '--format', 'xlsx'],
        'leadstatus: Unknown format "xlsx"; expected csv or ndjson.',
      ],
      [
        ['--workspace', ws.workspaceId, '--output', '/nonexistent-dir/out.csv'],
        /^leadstatus: Cannot write \/nonexistent-dir\/out\.csv: .*ENOENT/,
      ],
    ] as const) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.endsWith('\n')).toBe(true);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      if (typeof message === 'string') expect(result.stderr.trim()).toBe(message);
      else expect(result.stderr.trim()).toMatch(message);
    }
    const missing = await cli();
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("required option '--workspace <id>' not specified");
  });
});

describe('the examples of docs/exports.md', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leadstatus-export-docs-'));
  const databaseUrl = `sqlite:${join(dir, 'docs.db')}`;
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ DATABASE_URL: databaseUrl });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('run in order and show what the guide shows', { timeout: 60_000 }, async () => {
    const created = await runNode(CLI, ['workspace', 'create', '--name', 'Docs', '--json'], {
      DATABASE_URL: databaseUrl,
    });
    const { api_key: key } = JSON.parse(created.stdout);
    const guide = readFileSync(fileURLToPath(new URL('../../../docs/exports.md', import.meta.url)), 'utf8');
    const blocks = [...guide.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const result = spawnSync('bash', ['-c', ['set -euo pipefail', ...blocks].join('\n')], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', LS_URL: server.url, LS_KEY: key },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('content-type: text/csv; charset=utf-8');
    expect(result.stdout).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
    expect(result.stdout).toContain(
      '{"email":"zoe@example.com","status":"not_contacted","campaign":"Q4, \\"EU\\" launch"}',
    );
    expect(result.stdout).toContain('"path":"query.status"');
  });
});
