import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { CampaignSchema } from '../schemas.js';

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);
const STEPS = [
  { subject: 'Hi', delay_hours: 0 },
  { subject: 'Again', delay_hours: 24 },
];

describeEachDatabase('PATCH /v1/campaigns/{id}', ({ database }) => {
  const setup = async () => {
    const clock = fixedClock(NOW);
    const app = createTestApp(database.handle, { clock });
    const { apiKey } = await app.newWorkspace();
    const { id } = await readJson(
      await app.request('/v1/campaigns', {
        method: 'POST',
        key: apiKey,
        json: { name: 'Alpha', steps: STEPS },
      }),
    );
    clock.advance(60_000);
    const patch = (campaignId: string, json: unknown, key = apiKey) =>
      app.request(`/v1/campaigns/${encodeURIComponent(campaignId)}`, { method: 'PATCH', key, json });
    const get = async (campaignId: string) =>
      readJson(await app.request(`/v1/campaigns/${campaignId}`, { key: apiKey }));
    return { app, apiKey, id: id as string, patch, get };
  };

  describe('happy', () => {
    it('renames and keeps the steps', async () => {
      const { patch, id } = await setup();
      const response = await patch(id, { name: 'Alpha (EU)' });
      expect(response.status).toBe(200);
      const body = await readJson(response);
      expect(CampaignSchema.parse(body)).toEqual(body);
      expect(body).toEqual({
        id,
        name: 'Alpha (EU)',
        steps: [
          { position: 1, subject: 'Hi', delay_hours: 0 },
          { position: 2, subject: 'Again', delay_hours: 24 },
        ],
        stop_on_company_reply: false,
        out_of_office: 'pause',
        out_of_office_default_days: 7,
        created_at: '2026-11-27T10:00:00.000Z',
        updated_at: '2026-11-27T10:01:00.000Z',
      });
    });

    it('replaces every step', async () => {
      const { patch, id, get } = await setup();
      const body = await readJson(await patch(id, { steps: [{ subject: 'Only one', delay_hours: 5 }] }));
      expect(body.name).toBe('Alpha');
      expect(body.steps).toEqual([{ position: 1, subject: 'Only one', delay_hours: 5 }]);
      expect(await get(id)).toEqual(body);
    });

    it('changes the mail settings given and keeps the others', async () => {
      const { patch, id, get } = await setup();
      const body = await readJson(
        await patch(id, { stop_on_company_reply: true, out_of_office_default_days: 3 }),
      );
      expect(body).toMatchObject({
        name: 'Alpha',
        stop_on_company_reply: true,
        out_of_office: 'pause',
        out_of_office_default_days: 3,
      });
      const again = await readJson(await patch(id, { out_of_office: 'ignore' }));
      expect(again).toMatchObject({
        stop_on_company_reply: true,
        out_of_office: 'ignore',
        out_of_office_default_days: 3,
      });
      expect(await get(id)).toEqual(again);
    });
  });

  describe('errors', () => {
    it.each([
      ['an empty body', {}, ['body']],
      ['an empty name', { name: '' }, ['body.name']],
      ['no steps', { steps: [] }, ['body.steps']],
      [
        'a bad delay',
        {
          steps: [
            { subject: 'a', delay_hours: 0 },
            { subject: 'b', delay_hours: -3 },
          ],
        },
        ['body.steps.1.delay_hours'],
      ],
      ['an unknown out-of-office action', { out_of_office: 'snooze' }, ['body.out_of_office']],
      ['no out-of-office days', { out_of_office_default_days: 0 }, ['body.out_of_office_default_days']],
      ['a non-boolean company stop', { stop_on_company_reply: 'yes' }, ['body.stop_on_company_reply']],
    ])('answers 400 for %s and changes nothing', async (_, json, paths) => {
      const { patch, id, get } = await setup();
      const before = await get(id);
      const response = await patch(id, json);
      expect(response.status).toBe(400);
      expect((await readJson(response)).errors.map((e: { path: string }) => e.path)).toEqual(paths);
      expect(await get(id)).toEqual(before);
    });

    it.each([['cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2'], ['nope']])('answers 404 for the id %s', async (unknown) => {
      const { patch } = await setup();
      const response = await patch(unknown, { name: 'x' });
      expect(response.status).toBe(404);
      expect((await readJson(response)).type).toBe('/problems/not-found');
    });
  });

  describe('security', () => {
    it("answers 404 to another workspace's key and changes nothing", async () => {
      const { app, patch, id, get } = await setup();
      const before = await get(id);
      const other = await app.newWorkspace('B');
      expect(
        (await patch(id, { name: 'Taken over', steps: [{ subject: 'x', delay_hours: 0 }] }, other.apiKey))
          .status,
      ).toBe(404);
      expect(await get(id)).toEqual(before);
    });

    it('requires a key', async () => {
      const { patch, id } = await setup();
      expect((await patch(id, { name: 'x' }, '')).status).toBe(401);
    });
  });
});
