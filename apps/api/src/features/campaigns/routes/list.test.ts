import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { CampaignListSchema } from '../schemas.js';

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);

describeEachDatabase('GET /v1/campaigns', ({ database }) => {
  const setup = async (count: number) => {
    const clock = fixedClock(NOW);
    const app = createTestApp(database.handle, { clock });
    const { apiKey } = await app.newWorkspace();
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const created = await readJson(
        await app.request('/v1/campaigns', {
          method: 'POST',
          key: apiKey,
          json: { name: `Campaign ${i}`, steps: [{ subject: `Hello ${i}`, delay_hours: i }] },
        }),
      );
      ids.push(created.id);
      clock.advance(1000);
    }
    const list = (query = '', key = apiKey) => app.request(`/v1/campaigns${query}`, { key });
    return { app, apiKey, ids, list };
  };

  describe('happy', () => {
    it('lists campaigns newest first with their steps', async () => {
      const { list, ids } = await setup(2);
      const response = await list();
      expect(response.status).toBe(200);
      const body = await readJson(response);
      expect(CampaignListSchema.parse(body)).toEqual(body);
      expect(body).toEqual({
        data: [
          {
            id: ids[1],
            name: 'Campaign 1',
            steps: [{ position: 1, subject: 'Hello 1', delay_hours: 1 }],
            stop_on_company_reply: false,
            out_of_office: 'pause',
            out_of_office_default_days: 7,
            created_at: '2026-11-27T10:00:01.000Z',
            updated_at: '2026-11-27T10:00:01.000Z',
          },
          {
            id: ids[0],
            name: 'Campaign 0',
            steps: [{ position: 1, subject: 'Hello 0', delay_hours: 0 }],
            stop_on_company_reply: false,
            out_of_office: 'pause',
            out_of_office_default_days: 7,
            created_at: '2026-11-27T10:00:00.000Z',
            updated_at: '2026-11-27T10:00:00.000Z',
          },
        ],
        next_cursor: null,
      });
    });

    it('pages with next_cursor until it is null', async () => {
      const { list, ids } = await setup(5);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const body = await readJson(await list(query));
        seen.push(...body.data.map((c: { id: string }) => c.id));
        cursor = body.next_cursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual([...ids].reverse());
    });

    it('answers an empty page for a workspace without campaigns', async () => {
      const { list } = await setup(0);
      expect(await readJson(await list())).toEqual({ data: [], next_cursor: null });
    });
  });

  describe('errors', () => {
    it.each([
      ['limit=0', 'query.limit'],
      ['limit=501', 'query.limit'],
      ['limit=abc', 'query.limit'],
      ['cursor=garbage', 'query.cursor'],
      [`cursor=${Buffer.from('{"id":"lead_1"}').toString('base64url')}`, 'query.cursor'],
      [`cursor=${Buffer.from('"cmp_1"').toString('base64url')}`, 'query.cursor'],
    ])('answers 400 for %s', async (query, path) => {
      const { list } = await setup(0);
      const response = await list(`?${query}`);
      expect(response.status).toBe(400);
      const body = await readJson(response);
      expect(body.type).toBe('/problems/validation-error');
      expect(body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    });
  });

  describe('security', () => {
    it("lists only the caller's campaigns", async () => {
      const { app, list } = await setup(2);
      const other = await app.newWorkspace('B');
      expect(await readJson(await list('', other.apiKey))).toEqual({ data: [], next_cursor: null });
    });

    it('requires a key', async () => {
      const { list } = await setup(0);
      expect((await list('', '')).status).toBe(401);
    });
  });
});
