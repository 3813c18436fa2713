import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { CampaignSchema } from '../schemas.js';

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);
const step = (subject: string, delay_hours: number) => ({ subject, delay_hours });

describeEachDatabase('POST /v1/campaigns', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle, { clock: fixedClock(NOW) });
    const { apiKey, workspaceId } = await app.newWorkspace();
    const post = (json: unknown, key = apiKey) => app.request('/v1/campaigns', { method: 'POST', key, json });
    return { app, apiKey, workspaceId, post };
  };

  describe('happy', () => {
    it('creates a campaign with its steps numbered from 1', async () => {
      const { post } = await setup();
      const response = await post({
        name: ' Q4 outreach ',
        steps: [step('Hello', 0), step('Following up', 72)],
      });
      expect(response.status).toBe(201);
      const body = await readJson(response);
      expect(CampaignSchema.parse(body)).toEqual(body);
      expect(body).toEqual({
        id: expect.stringMatching(/^cmp_[0-9A-Z]{26}$/),
        name: 'Q4 outreach',
        steps: [
          { position: 1, subject: 'Hello', delay_hours: 0 },
          { position: 2, subject: 'Following up', delay_hours: 72 },
        ],
        stop_on_company_reply: false,
        out_of_office: 'pause',
        out_of_office_default_days: 7,
        created_at: '2026-11-27T10:00:00.000Z',
        updated_at: '2026-11-27T10:00:00.000Z',
      });
    });

    it('takes the mail settings at creation', async () => {
      const { post } = await setup();
      const body = await readJson(
        await post({
          name: 'Careful',
          steps: [step('Hello', 0)],
          stop_on_company_reply: true,
          out_of_office: 'ignore',
          out_of_office_default_days: 14,
        }),
      );
      expect(body).toMatchObject({
        stop_on_company_reply: true,
        out_of_office: 'ignore',
        out_of_office_default_days: 14,
      });
    });

    it('accepts 50 steps and the longest delay', async () => {
      const { post } = await setup();
      const steps = Array.from({ length: 50 }, (_, i) => step(`Step ${i + 1}`, i === 49 ? 8760 : i));
      const body = await readJson(await post({ name: 'Long', steps }));
      expect(body.steps).toHaveLength(50);
      expect(body.steps[49]).toEqual({ position: 50, subject: 'Step 50', delay_hours: 8760 });
    });
  });

  describe('errors', () => {
    it.each([
      ['no name', { steps: [step('a', 0)] }, ['body.name']],
      ['a blank name', { name: '  ', steps: [step('a', 0)] }, ['body.name']],
      ['a name over 255', { name: 'n'.repeat(256), steps: [step('a', 0)] }, ['body.name']],
      ['no steps', { name: 'x', steps: [] }, ['body.steps']],
      ['51 steps', { name: 'x', steps: Array.from({ length: 51 }, () => step('a', 0)) }, ['body.steps']],
      ['a negative delay', { name: 'x', steps: [step('a', -1)] }, ['body.steps.0.delay_hours']],
      [
        'a fractional delay',
        { name: 'x', steps: [step('a', 0), step('b', 1.5)] },
        ['body.steps.1.delay_hours'],
      ],
      ['a delay over a year', { name: 'x', steps: [step('a', 8761)] }, ['body.steps.0.delay_hours']],
      [
        'a delay as a string',
        { name: 'x', steps: [step('a', 0), { subject: 'b', delay_hours: '2' }] },
        ['body.steps.1.delay_hours'],
      ],
      ['an empty subject', { name: 'x', steps: [step('', 0)] }, ['body.steps.0.subject']],
      ['a subject over 255', { name: 'x', steps: [step('s'.repeat(256), 0)] }, ['body.steps.0.subject']],
    ])('answers 400 for %s', async (_, json, paths) => {
      const { post } = await setup();
      const response = await post(json);
      expect(response.status).toBe(400);
      const body = await readJson(response);
      expect(body.type).toBe('/problems/validation-error');
      expect(body.errors.map((e: { path: string }) => e.path)).toEqual(paths);
    });

    it('answers 413 for a body over 1 MiB', async () => {
      const { post } = await setup();
      expect((await post({ name: 'x'.repeat(1024 * 1024), steps: [step('a', 0)] })).status).toBe(413);
    });

    it('writes nothing when the request is not valid', async () => {
      const { post, workspaceId } = await setup();
      await post({ name: 'x', steps: [step('a', 0), step('b', -1)] });
      const rows = await database.handle.db
        .selectFrom('campaigns')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .execute();
      expect(rows).toEqual([]);
    });
  });

  describe('security', () => {
    it('requires a key', async () => {
      const { post } = await setup();
      expect((await post({ name: 'x', steps: [step('a', 0)] }, '')).status).toBe(401);
    });

    it("creates in the caller's workspace only", async () => {
      const { app, post } = await setup();
      const other = await app.newWorkspace('B');
      const { id } = await readJson(await post({ name: 'Mine', steps: [step('a', 0)] }));
      expect((await app.request(`/v1/campaigns/${id}`, { key: other.apiKey })).status).toBe(404);
    });
  });
});
