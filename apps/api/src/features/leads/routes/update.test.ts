import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { LeadSchema } from '../schemas.js';
import { insertCampaignRow, insertEnrollmentRow } from '../test-support/fixtures.js';

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);

describeEachDatabase('PATCH /v1/leads/{id}', ({ database }) => {
  const setup = async () => {
    const clock = fixedClock(NOW);
    const app = createTestApp(database.handle, { clock });
    const { apiKey, workspaceId } = await app.newWorkspace();
    const create = async (json: object) =>
      (await readJson(await app.request('/v1/leads', { method: 'POST', key: apiKey, json }))).id as string;
    const patch = (id: string, json: unknown, key = apiKey) =>
      app.request(`/v1/leads/${encodeURIComponent(id)}`, { method: 'PATCH', key, json });
    const get = async (id: string) => readJson(await app.request(`/v1/leads/${id}`, { key: apiKey }));
    const id = await create({
      email: 'ann@example.com',
      first_name: 'Ann',
      last_name: 'Lee',
      company: 'Acme',
      custom_fields: { plan: 'pro', seats: 3 },
    });
    clock.advance(60_000);
    return { app, apiKey, workspaceId, clock, create, patch, get, id };
  };

  const leadEmailsOf = async (workspaceId: string, leadId: string) =>
    (
      await database.handle.db
        .selectFrom('enrollments')
        .select('lead_email')
        .where('workspace_id', '=', workspaceId)
        .where('lead_id', '=', leadId)
        .execute()
    ).map((row) => row.lead_email);

  describe('happy', () => {
    it('changes only the fields sent and merges custom fields', async () => {
      const { patch, id } = await setup();
      const response = await patch(id, {
        last_name: null,
        company: 'Acme Group',
        custom_fields: { seats: null, tier: 2 },
      });
      expect(response.status).toBe(200);
      const body = await readJson(response);
      expect(LeadSchema.parse(body)).toEqual(body);
      expect(body).toEqual({
        id,
        email: 'ann@example.com',
        first_name: 'Ann',
        last_name: null,
        company: 'Acme Group',
        custom_fields: { plan: 'pro', tier: 2 },
        created_at: '2026-11-27T10:00:00.000Z',
        updated_at: '2026-11-27T10:01:00.000Z',
      });
    });

    it('changes the e-mail, and the copy its enrollments sort on', async () => {
      const { patch, id, workspaceId, get } = await setup();
      const db = database.seed;
      const campaignId = await insertCampaignRow(db, workspaceId, 'Alpha');
      await insertEnrollmentRow(db, workspaceId, {
        campaign_id: campaignId,
        lead_id: id,
        lead_email: 'ann@example.com',
      });
      const response = await patch(id, { email: 'Ann.Lee@New.example' });
      expect(response.status).toBe(200);
      expect((await readJson(response)).email).toBe('Ann.Lee@New.example');
      expect(await leadEmailsOf(workspaceId, id)).toEqual(['ann.lee@new.example']);
      const row = await db
        .selectFrom('leads')
        .select(['email_normalized', 'email_domain'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ email_normalized: 'ann.lee@new.example', email_domain: 'new.example' });
      expect((await get(id)).email).toBe('Ann.Lee@New.example');
    });

    it('marks the enrollments updated when a shown field changes, so updated_since lists see it', async () => {
      const { patch, id, workspaceId, clock } = await setup();
      const db = database.seed;
      const campaignId = await insertCampaignRow(db, workspaceId, 'Alpha');
      await insertEnrollmentRow(db, workspaceId, {
        campaign_id: campaignId,
        lead_id: id,
        lead_email: 'ann@example.com',
      });
      await patch(id, { company: 'Acme Group' });
      const row = await db
        .selectFrom('enrollments')
        .select('updated_at')
        .where('workspace_id', '=', workspaceId)
        .where('lead_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.updated_at).toBe(clock.now());
    });

    it("accepts the lead's own e-mail in another case", async () => {
      const { patch, id } = await setup();
      const response = await patch(id, { email: 'ANN@example.com' });
      expect(response.status).toBe(200);
      expect((await readJson(response)).email).toBe('ANN@example.com');
    });

    it('keeps updated_at when nothing changes', async () => {
      const { patch, id } = await setup();
      const body = await readJson(await patch(id, { first_name: 'Ann', custom_fields: { plan: 'pro' } }));
      expect(body.updated_at).toBe('2026-11-27T10:00:00.000Z');
    });
  });

  describe('errors', () => {
    it.each([
      ['an empty body', {}, 'body'],
      ['only unknown fields', { firstName: 'Ann' }, 'body'],
      ['a malformed e-mail', { email: 'nope' }, 'body.email'],
      ['a null e-mail', { email: null }, 'body.email'],
      ['a long company', { company: 'x'.repeat(256) }, 'body.company'],
      ['a custom field that is an array', { custom_fields: { a: [1] } }, 'body.custom_fields.a'],
    ])('answers 400 for %s', async (_, json, path) => {
      const { patch, id } = await setup();
      const response = await patch(id, json);
      expect(response.status).toBe(400);
      expect((await readJson(response)).errors.map((e: { path: string }) => e.path)).toEqual([path]);
    });

    it('answers 400 when the merge would leave more than 50 custom fields', async () => {
      const { patch, id, get } = await setup();
      const fields = Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`f${i}`, i]));
      const response = await patch(id, { custom_fields: fields });
      expect(response.status).toBe(400);
      expect((await readJson(response)).errors).toEqual([
        { path: 'body.custom_fields', message: 'At most 50 custom fields' },
      ]);
      expect((await get(id)).custom_fields).toEqual({ plan: 'pro', seats: 3 });
    });

    it("answers 409 for another lead's e-mail, whatever its case, and changes nothing", async () => {
      const { patch, create, id, get, workspaceId } = await setup();
      await create({ email: 'bob@x.com' });
      const response = await patch(id, { email: 'Bob@X.com', first_name: 'Changed' });
      expect(response.status).toBe(409);
      expect((await readJson(response)).type).toBe('/problems/conflict');
      expect(await get(id)).toMatchObject({ email: 'ann@example.com', first_name: 'Ann' });
      expect(await leadEmailsOf(workspaceId, id)).toEqual([]);
    });

    it('answers 409, never 500, when two leads race to take one e-mail', async () => {
      const { patch, create, id } = await setup();
      const other = await create({ email: 'other@example.com' });
      const statuses = (
        await Promise.all([
          patch(id, { email: 'race@example.com' }),
          patch(other, { email: 'RACE@example.com' }),
        ])
      )
        .map((r) => r.status)
        .sort();
      expect(statuses).toEqual([200, 409]);
    });

    it.each([['lead_01JDQ7X3M6V1W8A2B4C6D8E0F2'], ['nope'], [`lead_${'9'.repeat(100)}`]])(
      'answers 404 for the id %s',
      async (unknown) => {
        const { patch } = await setup();
        const response = await patch(unknown, { first_name: 'X' });
        expect(response.status).toBe(404);
        expect((await readJson(response)).type).toBe('/problems/not-found');
      },
    );
  });

  describe('security', () => {
    it("answers 404 to another workspace's key and changes nothing", async () => {
      const { app, patch, id, get } = await setup();
      const other = await app.newWorkspace('B');
      expect(
        (await patch(id, { first_name: 'Mallory', email: 'mallory@example.com' }, other.apiKey)).status,
      ).toBe(404);
      expect(await get(id)).toMatchObject({ email: 'ann@example.com', first_name: 'Ann' });
    });

    it("lets another workspace's lead use the same e-mail", async () => {
      const { app, id } = await setup();
      const other = await app.newWorkspace('B');
      const theirs = await readJson(
        await app.request('/v1/leads', {
          method: 'POST',
          key: other.apiKey,
          json: { email: 'b@example.com' },
        }),
      );
      const response = await app.request(`/v1/leads/${theirs.id}`, {
        method: 'PATCH',
        key: other.apiKey,
        json: { email: 'ann@example.com' },
      });
      expect(response.status).toBe(200);
      expect(id).not.toBe(theirs.id);
    });

    it('requires a key', async () => {
      const { patch, id } = await setup();
      expect((await patch(id, { first_name: 'X' }, '')).status).toBe(401);
    });
  });
});
