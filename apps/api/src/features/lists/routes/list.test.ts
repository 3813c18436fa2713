import { beforeAll, expect, it } from 'vitest';
import { type Json, readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { encodeCursor } from '../cursor.js';
import { at, seedListFixture } from '../test-support/list-fixture.js';

type Fixture = Awaited<ReturnType<typeof seedListFixture>>;

describeEachDatabase('GET /v1/leads', ({ database }) => {
  let app: ReturnType<typeof createTestApp>;
  let f: Fixture;

  beforeAll(async () => {
    app = createTestApp(database.handle);
    f = await seedListFixture(database.seed, app);
  });

  const get = (query: string, key = f.a.apiKey) => app.request(`/v1/leads${query}`, { key });
  const ids = async (query: string, key?: string): Promise<string[]> => {
    const response = await get(query, key);
    expect(response.status, query).toBe(200);
    const body = await readJson(response);
    return body.data.map((row: Json) => row.enrollment_id);
  };
  const problem = async (query: string) => {
    const response = await get(query);
    expect(response.status, query).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = await readJson(response);
    expect(body.type).toBe('/problems/validation-error');
    return body;
  };

  it('answers rows of exactly the documented shape', async () => {
    const response = await get(`?q=ann&campaign_id=${f.campaigns.alpha}`);
    expect(await readJson(response)).toEqual({
      data: [
        {
          enrollment_id: f.e.ann,
          lead: {
            id: f.leadIds.ann,
            email: 'ann@acme.com',
            first_name: 'Ann',
            last_name: 'Lee',
            company: 'Acme',
          },
          campaign: { id: f.campaigns.alpha, name: 'Alpha' },
          status: 'engaged',
          status_reason: null,
          paused_until: null,
          label: null,
          label_changed_at: null,
          status_changed_at: new Date(at(5)).toISOString(),
          last_event_at: new Date(at(6)).toISOString(),
          counters: { sent: 2, opened: 3, clicked: 1, replied: 0 },
        },
      ],
      next_cursor: null,
    });
    const [cy] = (await readJson(await get('?q=initech'))).data;
    expect(cy).toMatchObject({ last_event_at: null, lead: { last_name: null, company: null } });
    const [dee] = (await readJson(await get('?status=bounced'))).data;
    expect(dee).toMatchObject({
      status: 'bounced',
      status_reason: 'hard_bounce',
      lead: { email: 'DEE@Acme.com' },
    });
  });

  it('lists every campaign of the workspace, latest status change first by default', async () => {
    const { e } = f;
    expect(await ids('')).toEqual([e.bob, e.eve, e.dee, e.ann, e.annInBeta, e.cy]);
    expect(await ids('?sort=status_changed_at')).toEqual([e.cy, e.annInBeta, e.ann, e.dee, e.eve, e.bob]);
  });

  it('sorts by e-mail (ties by enrollment id) and by latest event (none last)', async () => {
    const { e } = f;
    expect(await ids('?sort=email')).toEqual([e.ann, e.annInBeta, e.bob, e.cy, e.dee, e.eve]);
    expect(await ids('?sort=-email')).toEqual([e.eve, e.dee, e.cy, e.bob, e.annInBeta, e.ann]);
    expect(await ids('?sort=-last_event_at')).toEqual([e.bob, e.eve, e.dee, e.ann, e.annInBeta, e.cy]);
    expect(await ids('?sort=last_event_at')).toEqual([e.cy, e.annInBeta, e.ann, e.dee, e.eve, e.bob]);
  });

  it('filters by several statuses, repeated or comma-separated', async () => {
    const { e } = f;
    expect(await ids('?status=engaged&status=replied')).toEqual([e.bob, e.ann]);
    expect(await ids('?status=engaged,replied')).toEqual([e.bob, e.ann]);
    expect(await ids('?status=replied,engaged&status=not_contacted&sort=email')).toEqual([
      e.ann,
      e.annInBeta,
      e.bob,
    ]);
    expect(await ids('?status=paused')).toEqual([]);
  });

  it('filters by campaigns, repeated or comma-separated; unknown ones match nothing', async () => {
    const { e, campaigns } = f;
    expect(await ids(`?campaign_id=${campaigns.beta}`)).toEqual([e.eve, e.annInBeta]);
    expect(await ids(`?campaign_id=${campaigns.beta}&campaign_id=${campaigns.alpha}&sort=email`)).toEqual([
      e.ann,
      e.annInBeta,
      e.bob,
      e.cy,
      e.dee,
      e.eve,
    ]);
    expect(
      await ids(`?campaign_id=${campaigns.alpha},${campaigns.beta}&status=engaged,unsubscribed`),
    ).toEqual([e.eve, e.ann]);
    expect(await ids('?campaign_id=cmp_nothing')).toEqual([]);
  });

  it('searches e-mail, names and company case-insensitively', async () => {
    const { e } = f;
    expect(await ids('?q=ACME&sort=email')).toEqual([e.ann, e.annInBeta, e.dee]);
    expect(await ids('?q=stone')).toEqual([e.bob]);
    expect(await ids('?q=umbrel')).toEqual([e.eve]);
    expect(await ids('?q=%25')).toEqual([]);
    expect(await ids('?q=_')).toEqual([]);
  });

  it('keeps enrollments updated since a time, in any offset', async () => {
    const { e } = f;
    expect(await ids(`?updated_since=${new Date(at(7)).toISOString()}`)).toEqual([e.bob, e.eve, e.dee]);
    const local = new Date(at(7) + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
    expect(await ids(`?updated_since=${encodeURIComponent(local)}`)).toEqual([e.bob, e.eve, e.dee]);
  });

  it('combines every filter', async () => {
    const query = `?status=engaged,not_contacted&q=ann&campaign_id=${f.campaigns.alpha}&updated_since=${new Date(at(4)).toISOString()}`;
    expect(await ids(query)).toEqual([f.e.ann]);
  });

  it('pages to the end with next_cursor, and then answers null', async () => {
    const all = await ids('?sort=-last_event_at');
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?sort=-last_event_at&limit=4${cursor ? `&cursor=${cursor}` : ''}`;
      const body = await readJson(await get(query));
      seen.push(...body.data.map((row: Json) => row.enrollment_id));
      cursor = body.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual(all);
    const exact = await readJson(await get('?limit=6'));
    expect(exact.data).toHaveLength(6);
    expect(exact.next_cursor).toBeNull();
  });

  it('accepts limits 1..500 and refuses others', async () => {
    expect(await ids('?limit=1')).toHaveLength(1);
    expect(await ids('?limit=500')).toHaveLength(6);
    for (const limit of ['0', '501', '-1', '2.5', 'ten', '']) {
      const body = await problem(`?limit=${limit}`);
      expect(body.errors.map((x: Json) => x.path)).toEqual(['query.limit']);
    }
  });

  it('refuses an unknown status at query.status, naming it', async () => {
    for (const query of ['?status=nope', '?status=sent,nope', '?status=sent&status=Sent']) {
      const body = await problem(query);
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].path).toBe('query.status');
      expect(body.errors[0].message).toMatch(/"(nope|Sent)"/);
    }
  });

  it('refuses tampered, malformed and other-sort cursors at query.cursor', async () => {
    const first = await readJson(await get('?limit=2'));
    const cursor: string = first.next_cursor;
    const json = Buffer.from(cursor, 'base64url').toString();
    const tampered = Buffer.from(json.replace(/"enr_/, '"enr_X')).toString('base64url');
    const cases = [`${cursor}&sort=email`, tampered, 'garbage!', 'eyJ9', cursor.slice(0, 10)];
    for (const bad of cases) {
      const body = await problem(`?cursor=${bad}`);
      expect(
        body.errors.map((x: Json) => x.path),
        bad,
      ).toEqual(['query.cursor']);
    }
    expect((await problem(`?cursor=${cursor}&sort=email`)).detail).toMatch(/sort=-status_changed_at/);
  });

  it('refuses a bad updated_since, sort or q', async () => {
    for (const [query, path] of [
      ['?updated_since=yesterday', 'query.updated_since'],
      ['?updated_since=2026-13-01T00:00:00Z', 'query.updated_since'],
      ['?updated_since=2026-03-01', 'query.updated_since'],
      ['?sort=name', 'query.sort'],
      ['?q=', 'query.q'],
      [`?q=${'x'.repeat(201)}`, 'query.q'],
    ] as const) {
      expect(
        (await problem(query)).errors.map((x: Json) => x.path),
        query,
      ).toEqual([path]);
    }
    expect(await ids(`?q=${'x'.repeat(200)}`)).toEqual([]);
  });

  it('never shows another workspace, even with its campaign id or a cursor from elsewhere', async () => {
    expect(await ids('', f.b.apiKey)).toEqual([f.otherWorkspaceEnrollment]);
    expect(await ids(`?campaign_id=${f.campaigns.gamma}`)).toEqual([]);
    expect(await ids('?q=ann')).not.toContain(f.otherWorkspaceEnrollment);
    const cursorFromB = encodeCursor('-status_changed_at', { key: at(100), id: f.otherWorkspaceEnrollment });
    expect(await ids(`?cursor=${cursorFromB}`)).toEqual(await ids(''));
    expect(await ids(`?cursor=${cursorFromB}`, f.b.apiKey)).toEqual([f.otherWorkspaceEnrollment]);
  });

  it('requires a key', async () => {
    expect((await app.request('/v1/leads')).status).toBe(401);
  });

  it('is documented with its parameters and row schema', () => {
    const document = app.openApiDocument() as Json;
    const operation = document.paths['/v1/leads'].get;
    const names = operation.parameters.map((p: Json) => p.name).sort();
    expect(names).toEqual([
      'campaign_id',
      'cursor',
      'label',
      'limit',
      'q',
      'sort',
      'status',
      'updated_since',
    ]);
    const status = operation.parameters.find((p: Json) => p.name === 'status');
    expect(status).toMatchObject({ style: 'form', explode: false, schema: { type: 'array' } });
    expect(status.schema.items).toEqual({ $ref: '#/components/schemas/Status' });
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
    expect(document.components.schemas.LeadListRow.required).toContain('enrollment_id');
  });
});
