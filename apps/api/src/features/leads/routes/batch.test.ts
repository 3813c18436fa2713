import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { LeadBatchResponseSchema } from '../schemas.js';

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);

describeEachDatabase('POST /v1/leads/batch', ({ database }) => {
  const setup = async () => {
    const clock = fixedClock(NOW);
    const app = createTestApp(database.handle, { clock });
    const { apiKey, workspaceId } = await app.newWorkspace();
    const batch = (leads: unknown, key = apiKey) =>
      app.request('/v1/leads/batch', { method: 'POST', key, json: { leads } });
    const create = async (json: object) =>
      (await readJson(await app.request('/v1/leads', { method: 'POST', key: apiKey, json }))).id as string;
    const get = async (id: string, key = apiKey) => readJson(await app.request(`/v1/leads/${id}`, { key }));
    return { app, apiKey, workspaceId, clock, batch, create, get };
  };

  describe('happy', () => {
    it('creates, updates and leaves leads, reports invalid items, and applies the rest', async () => {
      const { batch, create, get, clock } = await setup();
      const same = await create({ email: 'same@example.com', first_name: 'Sam' });
      const changed = await create({ email: 'changed@example.com', first_name: 'Cat', company: 'Old' });
      clock.advance(60_000);

      const response = await batch([
        { email: 'new@example.com', first_name: 'Nia' },
        { email: 'not-an-email', first_name: 'Bad' },
        { email: 'same@example.com', first_name: 'Sam' },
        { email: 'changed@example.com', company: 'New' },
        'not an object',
        { email: 'New@Example.com', last_name: 'Ng' },
      ]);
      expect(response.status).toBe(200);
      const body = await readJson(response);
      expect(LeadBatchResponseSchema.parse(body)).toEqual(body);
      const newId = body.data[0].lead_id;
      expect(body).toEqual({
        data: [
          { index: 0, status: 'created', lead_id: expect.stringMatching(/^lead_/) },
          { index: 1, status: 'invalid', errors: [{ path: 'email', message: expect.any(String) }] },
          { index: 2, status: 'unchanged', lead_id: same },
          { index: 3, status: 'updated', lead_id: changed },
          { index: 4, status: 'invalid', errors: [{ path: '(root)', message: expect.any(String) }] },
          { index: 5, status: 'updated', lead_id: newId },
        ],
        summary: { created: 1, updated: 2, unchanged: 1, invalid: 2 },
      });

      expect(await get(newId)).toMatchObject({
        email: 'New@Example.com',
        first_name: 'Nia',
        last_name: 'Ng',
        created_at: '2026-11-27T10:01:00.000Z',
      });
      expect(await get(changed)).toMatchObject({
        first_name: 'Cat',
        company: 'New',
        created_at: '2026-11-27T10:00:00.000Z',
        updated_at: '2026-11-27T10:01:00.000Z',
      });
      expect((await get(same)).updated_at).toBe('2026-11-27T10:00:00.000Z');
    });

    it('overwrites sent fields, keeps absent ones, and merges custom fields key by key', async () => {
      const { batch, create, get } = await setup();
      const id = await create({
        email: 'ann@example.com',
        first_name: 'Ann',
        company: 'Acme',
        custom_fields: { a: 1, b: 'two' },
      });
      const body = await readJson(
        await batch([{ email: 'ANN@example.com', company: null, custom_fields: { b: null, c: true } }]),
      );
      expect(body.data).toEqual([{ index: 0, status: 'updated', lead_id: id }]);
      expect(await get(id)).toMatchObject({
        email: 'ANN@example.com',
        first_name: 'Ann',
        company: null,
        custom_fields: { a: 1, c: true },
      });
    });

    it('applies repeated e-mails in order, reporting the later items as updated', async () => {
      const { batch, get } = await setup();
      const body = await readJson(
        await batch([
          { email: 'dup@example.com', first_name: 'One', custom_fields: { a: 1 } },
          { email: 'Dup@Example.com', last_name: 'Two', custom_fields: { b: 2 } },
          { email: 'Dup@Example.com', last_name: 'Two', custom_fields: { b: 2 } },
        ]),
      );
      const id = body.data[0].lead_id;
      expect(body.data).toEqual([
        { index: 0, status: 'created', lead_id: id },
        { index: 1, status: 'updated', lead_id: id },
        { index: 2, status: 'updated', lead_id: id },
      ]);
      expect(body.summary).toEqual({ created: 1, updated: 2, unchanged: 0, invalid: 0 });
      expect(await get(id)).toMatchObject({
        email: 'Dup@Example.com',
        first_name: 'One',
        last_name: 'Two',
        custom_fields: { a: 1, b: 2 },
      });
    });

    it('creates 1000 leads at once, and finds them all unchanged the second time', async () => {
      const { batch, workspaceId } = await setup();
      const leads = Array.from({ length: 1000 }, (_, i) => ({
        email: `lead${i}@example.com`,
        custom_fields: { i },
      }));
      const first = await readJson(await batch(leads));
      expect(first.summary).toEqual({ created: 1000, updated: 0, unchanged: 0, invalid: 0 });
      expect(new Set(first.data.map((r: { lead_id: string }) => r.lead_id)).size).toBe(1000);
      const second = await readJson(await batch(leads));
      expect(second.summary).toEqual({ created: 0, updated: 0, unchanged: 1000, invalid: 0 });
      expect(second.data.map((r: { lead_id: string }) => r.lead_id)).toEqual(
        first.data.map((r: { lead_id: string }) => r.lead_id),
      );
      const { count } = await database.handle.db
        .selectFrom('leads')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow();
      expect(Number(count)).toBe(1000);
    });
  });

  describe('errors', () => {
    it.each([
      ['an empty list', { leads: [] }, 'body.leads'],
      ['no list', {}, 'body.leads'],
      ['a list that is not one', { leads: 'x' }, 'body.leads'],
      ['1001 items', { leads: Array.from({ length: 1001 }, () => ({})) }, 'body.leads'],
    ])('answers 400 for %s', async (_, json, path) => {
      const { app, apiKey } = await setup();
      const response = await app.request('/v1/leads/batch', { method: 'POST', key: apiKey, json });
      expect(response.status).toBe(400);
      expect((await readJson(response)).errors.map((e: { path: string }) => e.path)).toEqual([path]);
    });

    it('reports each problem of an invalid item with its path inside the item', async () => {
      const { batch } = await setup();
      const body = await readJson(
        await batch([{ email: 'x', first_name: 7, custom_fields: { ['k'.repeat(65)]: 1, ok: [1] } }]),
      );
      expect(body.data[0].status).toBe('invalid');
      expect(body.data[0].errors.map((e: { path: string }) => e.path).sort()).toEqual(
        ['custom_fields.ok', `custom_fields.${'k'.repeat(65)}`, 'email', 'first_name'].sort(),
      );
    });

    it('rejects an item whose merge would leave more than 50 custom fields', async () => {
      const { batch, create, get } = await setup();
      const fields = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, i]));
      const id = await create({ email: 'full@example.com', custom_fields: fields });
      const body = await readJson(await batch([{ email: 'full@example.com', custom_fields: { extra: 1 } }]));
      expect(body.data).toEqual([
        {
          index: 0,
          status: 'invalid',
          errors: [{ path: 'custom_fields', message: 'At most 50 custom fields' }],
        },
      ]);
      expect(Object.keys((await get(id)).custom_fields)).toHaveLength(50);
    });

    it('gives each e-mail one lead when batches race, never a 500', async () => {
      const { batch, workspaceId } = await setup();
      const leads = Array.from({ length: 20 }, (_, i) => ({
        email: `race${i}@example.com`,
        first_name: 'Race',
      }));
      const responses = await Promise.all(Array.from({ length: 8 }, () => batch(leads)));
      expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
      const summaries = await Promise.all(responses.map(async (r) => (await readJson(r)).summary));
      expect(summaries.reduce((sum, s) => sum + s.created, 0)).toBe(20);
      const rows = await database.handle.db
        .selectFrom('leads')
        .select('email_normalized')
        .where('workspace_id', '=', workspaceId)
        .execute();
      expect(rows).toHaveLength(20);
    });

    it('answers 413 for a body over 1 MiB', async () => {
      const { batch } = await setup();
      const leads = Array.from({ length: 1000 }, (_, i) => ({
        email: `l${i}@example.com`,
        company: 'x'.repeat(1100),
      }));
      const response = await batch(leads);
      expect(response.status).toBe(413);
    });
  });

  describe('security', () => {
    it("never matches or changes another workspace's leads", async () => {
      const { app, batch, create, get } = await setup();
      const mine = await create({ email: 'ann@example.com', first_name: 'Ann' });
      const other = await app.newWorkspace('B');
      const body = await readJson(
        await batch([{ email: 'ann@example.com', first_name: 'Mallory' }], other.apiKey),
      );
      expect(body.data[0].status).toBe('created');
      expect(body.data[0].lead_id).not.toBe(mine);
      expect((await get(mine)).first_name).toBe('Ann');
      expect((await get(body.data[0].lead_id)).status).toBe(404);
    });

    it('requires a key', async () => {
      const { batch } = await setup();
      expect((await batch([{ email: 'a@b.co' }], '')).status).toBe(401);
    });
  });
});
