import { beforeAll, expect, it } from 'vitest';
import { type Json, readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { at, seedListFixture } from '../test-support/list-fixture.js';

type Fixture = Awaited<ReturnType<typeof seedListFixture>>;

describeEachDatabase('GET /v1/campaigns/{id}/leads', ({ database }) => {
  let app: ReturnType<typeof createTestApp>;
  let f: Fixture;

  beforeAll(async () => {
    app = createTestApp(database.handle);
    f = await seedListFixture(database.seed, app);
  });

  const get = (campaignId: string, query = '', key = f.a.apiKey) =>
    app.request(`/v1/campaigns/${encodeURIComponent(campaignId)}/leads${query}`, { key });
  const ids = async (campaignId: string, query = ''): Promise<string[]> => {
    const response = await get(campaignId, query);
    expect(response.status, query).toBe(200);
    return (await readJson(response)).data.map((row: Json) => row.enrollment_id);
  };

  it('lists one campaign with its name on every row', async () => {
    const { e, campaigns } = f;
    expect(await ids(campaigns.alpha)).toEqual([e.bob, e.dee, e.ann, e.cy]);
    const body = await readJson(await get(campaigns.beta));
    expect(body.data.map((row: Json) => row.campaign)).toEqual([
      { id: campaigns.beta, name: 'Beta' },
      { id: campaigns.beta, name: 'Beta' },
    ]);
    expect(body.next_cursor).toBeNull();
  });

  it('takes the same filters and sorts as the Leads tab', async () => {
    const { e, campaigns } = f;
    expect(await ids(campaigns.alpha, '?status=engaged&status=bounced')).toEqual([e.dee, e.ann]);
    expect(await ids(campaigns.alpha, '?status=engaged,bounced,sent&sort=status_changed_at')).toEqual([
      e.cy,
      e.ann,
      e.dee,
    ]);
    expect(await ids(campaigns.alpha, '?q=acme&sort=-email')).toEqual([e.dee, e.ann]);
    expect(await ids(campaigns.alpha, '?sort=-last_event_at')).toEqual([e.bob, e.dee, e.ann, e.cy]);
    expect(await ids(campaigns.alpha, `?updated_since=${new Date(at(6)).toISOString()}`)).toEqual([
      e.bob,
      e.dee,
    ]);
  });

  it('pages through a two-status filter to the end', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?status=replied,engaged,bounced&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const body = await readJson(await get(f.campaigns.alpha, query));
      seen.push(...body.data.map((row: Json) => row.enrollment_id));
      cursor = body.next_cursor;
    } while (cursor);
    expect(seen).toEqual([f.e.bob, f.e.dee, f.e.ann]);
  });

  it('answers 404 for an unknown campaign or one of another workspace', async () => {
    for (const id of ['cmp_nothing', f.campaigns.gamma, 'not even an id']) {
      const response = await get(id);
      expect(response.status, id).toBe(404);
      expect((await readJson(response)).type).toBe('/problems/not-found');
    }
    expect((await get(f.campaigns.gamma, '', f.b.apiKey)).status).toBe(200);
  });

  it('refuses bad parameters with 400 problems', async () => {
    for (const [query, path] of [
      ['?status=nope', 'query.status'],
      ['?limit=0', 'query.limit'],
      ['?cursor=abc', 'query.cursor'],
      ['?updated_since=soon', 'query.updated_since'],
    ] as const) {
      const response = await get(f.campaigns.alpha, query);
      expect(response.status, query).toBe(400);
      expect((await readJson(response)).errors.map((x: Json) => x.path)).toEqual([path]);
    }
  });

  it('requires a key', async () => {
    expect((await app.request(`/v1/campaigns/${f.campaigns.alpha}/leads`)).status).toBe(401);
  });
});
