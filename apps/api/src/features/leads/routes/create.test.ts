import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { LeadSchema } from '../schemas.js';

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);

describeEachDatabase('POST /v1/leads', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle, { clock: fixedClock(NOW) });
    const { apiKey, workspaceId } = await app.newWorkspace();
    const post = (json: unknown, key = apiKey) => app.request('/v1/leads', { method: 'POST', key, json });
    return { app, apiKey, workspaceId, post };
  };

  describe('happy', () => {
    it('creates a lead with every field and answers 201 with it', async () => {
      const { post } = await setup();
      const response = await post({
        email: ' Ann.Lee@Example.com ',
        first_name: 'Ann',
        last_name: 'Lee',
        company: 'Example Ltd',
        custom_fields: { plan: 'pro', seats: 12, trial: false },
      });
      expect(response.status).toBe(201);
      const body = await readJson(response);
      expect(LeadSchema.parse(body)).toEqual(body);
      expect(body).toEqual({
        id: expect.stringMatching(/^lead_[0-9A-Z]{26}$/),
        email: 'Ann.Lee@Example.com',
        first_name: 'Ann',
        last_name: 'Lee',
        company: 'Example Ltd',
        custom_fields: { plan: 'pro', seats: 12, trial: false },
        created_at: '2026-11-27T10:00:00.000Z',
        updated_at: '2026-11-27T10:00:00.000Z',
      });
    });

    it('answers null for absent names and {} for absent custom fields', async () => {
      const { post } = await setup();
      const body = await readJson(
        await post({ email: 'bob@example.com', first_name: '', custom_fields: { x: null } }),
      );
      expect(body).toMatchObject({ first_name: null, last_name: null, company: null, custom_fields: {} });
    });

    it('stores the normalised e-mail and its domain for look-ups and DNC rules', async () => {
      const { post, workspaceId } = await setup();
      const { id } = await readJson(await post({ email: 'Cy@Sub.Example.COM' }));
      const row = await database.handle.db
        .selectFrom('leads')
        .select(['email', 'email_normalized', 'email_domain', 'custom_fields'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        email: 'Cy@Sub.Example.COM',
        email_normalized: 'cy@sub.example.com',
        email_domain: 'sub.example.com',
        custom_fields: '{}',
      });
    });
  });

  describe('errors', () => {
    it.each([
      ['a missing e-mail', {}, ['body.email']],
      ['a malformed e-mail', { email: 'not-an-email' }, ['body.email']],
      ['a name over 255 characters', { email: 'a@b.co', first_name: 'x'.repeat(256) }, ['body.first_name']],
      ['a company that is not a string', { email: 'a@b.co', company: 42 }, ['body.company']],
      [
        'a nested custom field',
        { email: 'a@b.co', custom_fields: { a: { b: 1 } } },
        ['body.custom_fields.a'],
      ],
      [
        'a long custom string',
        { email: 'a@b.co', custom_fields: { a: 'x'.repeat(1001) } },
        ['body.custom_fields.a'],
      ],
      [
        'a custom field name over 64',
        { email: 'a@b.co', custom_fields: { ['k'.repeat(65)]: 1 } },
        [`body.custom_fields.${'k'.repeat(65)}`],
      ],
      ['an empty custom field name', { email: 'a@b.co', custom_fields: { '': 1 } }, ['body.custom_fields']],
      [
        '51 custom fields',
        {
          email: 'a@b.co',
          custom_fields: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`f${i}`, i])),
        },
        ['body.custom_fields'],
      ],
    ])('answers 400 for %s', async (_, json, paths) => {
      const { post } = await setup();
      const response = await post(json);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const body = await readJson(response);
      expect(body.type).toBe('/problems/validation-error');
      expect(body.errors.map((e: { path: string }) => e.path)).toEqual(paths);
    });

    it('answers 400 for malformed JSON', async () => {
      const { app, apiKey } = await setup();
      const response = await app.request('/v1/leads', {
        method: 'POST',
        key: apiKey,
        headers: { 'Content-Type': 'application/json' },
        body: '{"email": ',
      });
      expect(response.status).toBe(400);
    });

    it('answers 409 for an e-mail that exists, whatever its case', async () => {
      const { post } = await setup();
      expect((await post({ email: 'Ann@X.com' })).status).toBe(201);
      const response = await post({ email: 'ann@x.com' });
      expect(response.status).toBe(409);
      expect(await readJson(response)).toMatchObject({ type: '/problems/conflict', status: 409 });
    });

    it('creates exactly one lead from 10 concurrent creates of one e-mail; the others get 409, never 500', async () => {
      const { post, workspaceId } = await setup();
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          post({ email: i % 2 ? 'race@example.com' : 'RACE@example.com' }),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([201, ...Array(9).fill(409)]);
      const rows = await database.handle.db
        .selectFrom('leads')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .execute();
      expect(rows).toHaveLength(1);
    });

    it('answers 413 for a body over 1 MiB', async () => {
      const { post } = await setup();
      const response = await post({ email: 'big@example.com', first_name: 'x'.repeat(1024 * 1024) });
      expect(response.status).toBe(413);
      expect((await readJson(response)).type).toBe('/problems/payload-too-large');
    });
  });

  describe('security', () => {
    it('requires a key', async () => {
      const { post } = await setup();
      expect((await post({ email: 'a@b.co' }, '')).status).toBe(401);
    });

    it('keeps e-mails unique per workspace, not across workspaces', async () => {
      const { app, post } = await setup();
      const other = await app.newWorkspace('B');
      expect((await post({ email: 'shared@example.com' })).status).toBe(201);
      expect((await post({ email: 'shared@example.com' }, other.apiKey)).status).toBe(201);
    });
  });
});
