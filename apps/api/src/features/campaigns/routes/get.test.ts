import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { CampaignSchema } from '../schemas.js';

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);

describeEachDatabase('GET /v1/campaigns/{id}', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle, { clock: fixedClock(NOW) });
    const { apiKey } = await app.newWorkspace();
    const created = await readJson(
      await app.request('/v1/campaigns', {
        method: 'POST',
        key: apiKey,
        json: {
          name: 'Alpha',
          steps: [
            { subject: 'Hi', delay_hours: 0 },
            { subject: 'Again', delay_hours: 24 },
          ],
        },
      }),
    );
    const get = (id: string, key = apiKey) => app.request(`/v1/campaigns/${encodeURIComponent(id)}`, { key });
    return { app, apiKey, created, get };
  };

  describe('happy', () => {
    it('answers the campaign with its steps', async () => {
      const { get, created } = await setup();
      const response = await get(created.id);
      expect(response.status).toBe(200);
      const body = await readJson(response);
      expect(CampaignSchema.parse(body)).toEqual(body);
      expect(body).toEqual({
        id: created.id,
        name: 'Alpha',
        steps: [
          { position: 1, subject: 'Hi', delay_hours: 0 },
          { position: 2, subject: 'Again', delay_hours: 24 },
        ],
        stop_on_company_reply: false,
        out_of_office: 'pause',
        out_of_office_default_days: 7,
        created_at: '2026-11-27T10:00:00.000Z',
        updated_at: '2026-11-27T10:00:00.000Z',
      });
    });
  });

  describe('errors', () => {
    it.each([['cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2'], ['nope'], ['cmp_ÄÖÜ'], [`cmp_${'Z'.repeat(80)}`]])(
      'answers 404 for the id %s',
      async (id) => {
        const { get } = await setup();
        const response = await get(id);
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        expect((await readJson(response)).type).toBe('/problems/not-found');
      },
    );
  });

  describe('security', () => {
    it("answers 404 to another workspace's key", async () => {
      const { app, get, created } = await setup();
      const other = await app.newWorkspace('B');
      expect((await get(created.id, other.apiKey)).status).toBe(404);
    });

    it('requires a key', async () => {
      const { get, created } = await setup();
      expect((await get(created.id, '')).status).toBe(401);
    });
  });
});
