import { describe, expect, it } from 'vitest';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createWebhookTestApp } from '../test-support/webhook-test-app.js';

describeEachDatabase('webhook subscriptions', ({ database }) => {
  const setup = async (options: { allowInsecure?: boolean } = {}) => {
    const app = createWebhookTestApp(database.handle, {
      webhooks: { allowInsecure: options.allowInsecure ?? false },
    });
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const create = (json: unknown, k = key) => app.request('/v1/webhooks', { method: 'POST', key: k, json });
    return { app, key, workspaceId, create };
  };

  describe('happy', () => {
    it('creates a webhook with a secret shown once, then lists, reads, updates and deletes it', async () => {
      const { app, key, create } = await setup();
      const response = await create({ url: 'https://hooks.partner.example/lead-status' });
      expect(response.status).toBe(201);
      const created = await readJson(response);
      expect(created).toMatchObject({
        id: expect.stringMatching(/^whk_[0-9A-Z]{26}$/),
        url: 'https://hooks.partner.example/lead-status',
        event_types: ['lead.status_changed'],
        enabled: true,
        disabled_reason: null,
        secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/=]{44}$/),
      });

      const listed = await readJson(await app.request('/v1/webhooks', { key }));
      expect(listed).toEqual({ data: [expect.objectContaining({ id: created.id })], next_cursor: null });
      expect(listed.data[0]).not.toHaveProperty('secret');
      const fetched = await readJson(await app.request(`/v1/webhooks/${created.id}`, { key }));
      expect(fetched).not.toHaveProperty('secret');
      expect(fetched.url).toBe(created.url);

      const patched = await app.request(`/v1/webhooks/${created.id}`, {
        method: 'PATCH',
        key,
        json: { url: 'https://v6.partner.example/new', enabled: false },
      });
      expect(patched.status).toBe(200);
      expect(await readJson(patched)).toMatchObject({
        url: 'https://v6.partner.example/new',
        enabled: false,
        disabled_reason: 'manual',
      });
      const enabled = await app.request(`/v1/webhooks/${created.id}`, {
        method: 'PATCH',
        key,
        json: { enabled: true },
      });
      expect(await readJson(enabled)).toMatchObject({ enabled: true, disabled_reason: null });

      expect((await app.request(`/v1/webhooks/${created.id}`, { method: 'DELETE', key })).status).toBe(204);
      expect((await app.request(`/v1/webhooks/${created.id}`, { key })).status).toBe(404);
      expect((await app.request(`/v1/webhooks/${created.id}`, { method: 'DELETE', key })).status).toBe(404);
    });

    it('pages the list newest first', async () => {
      const { app, key, create } = await setup();
      for (const path of ['a', 'b', 'c']) await create({ url: `https://hooks.partner.example/${path}` });
      const first = await readJson(await app.request('/v1/webhooks?limit=2', { key }));
      expect(first.data.map((w: { url: string }) => w.url.slice(-1))).toEqual(['c', 'b']);
      const second = await readJson(
        await app.request(`/v1/webhooks?limit=2&cursor=${first.next_cursor}`, { key }),
      );
      expect(second.data.map((w: { url: string }) => w.url.slice(-1))).toEqual(['a']);
      expect(second.next_cursor).toBeNull();
    });

    it('allows http and loopback receivers with WEBHOOK_ALLOW_INSECURE (development and tests)', async () => {
      const { create } = await setup({ allowInsecure: true });
      expect((await create({ url: 'http://127.0.0.1:9/hook' })).status).toBe(201);
      expect((await create({ url: 'http://loopback.partner.example:9/hook' })).status).toBe(201);
      // Insecure mode opens loopback only: private networks and metadata stay closed.
      expect((await create({ url: 'http://10.0.0.1/hook' })).status).toBe(400);
      expect((await create({ url: 'http://internal.partner.example/hook' })).status).toBe(400);
    });
  });

  describe('errors', () => {
    it.each([
      [{ url: 'http://hooks.partner.example/x' }, 'body.url', /https/],
      [{ url: 'https://127.0.0.1/x' }, 'body.url', /private, loopback/],
      [{ url: 'https://2130706433/x' }, 'body.url', /private, loopback/],
      [{ url: 'https://0x7f000001/x' }, 'body.url', /private, loopback/],
      [{ url: 'https://[::ffff:127.0.0.1]/x' }, 'body.url', /private, loopback/],
      [{ url: 'https://[::]/x' }, 'body.url', /private, loopback/],
      [{ url: 'https://169.254.169.254/latest/meta-data/' }, 'body.url', /private, loopback/],
      [{ url: 'https://localhost/x' }, 'body.url', /localhost/],
      [{ url: 'https://internal.partner.example/x' }, 'body.url', /10\.0\.0\.7/],
      [{ url: 'https://metadata.partner.example/x' }, 'body.url', /169\.254\.169\.254/],
      [{ url: 'https://mixed.partner.example/x' }, 'body.url', /127\.0\.0\.1/],
      [{ url: 'https://mapped.partner.example/x' }, 'body.url', /::ffff:192\.168\.1\.1/],
      [{ url: 'https://nowhere.partner.example/x' }, 'body.url', /cannot resolve/],
      [{ url: 'nonsense' }, 'body.url', /absolute URL/],
      [{}, 'body.url', /.+/],
      [{ url: 'https://hooks.partner.example/x', event_types: ['opened'] }, 'body.event_types.0', /.+/],
      [{ url: 'https://hooks.partner.example/x', event_types: [] }, 'body.event_types', /.+/],
    ])('answers 400 for %o', async (body, path, message) => {
      const { app, create } = await setup();
      const response = await create(body);
      expect(response.status).toBe(400);
      const problem = await readJson(response);
      expect(problem.type).toBe('/problems/validation-error');
      expect(problem.errors[0].path).toBe(path);
      expect(problem.errors[0].message).toMatch(message);
      // Refused before any delivery could be attempted: nothing was ever connected to.
      expect(app.transport.connections).toEqual([]);
    });

    it('checks a new URL on PATCH too, and wants at least one field', async () => {
      const { app, key, create } = await setup();
      const { id } = await readJson(await create({ url: 'https://hooks.partner.example/x' }));
      const bad = await app.request(`/v1/webhooks/${id}`, {
        method: 'PATCH',
        key,
        json: { url: 'https://internal.partner.example/x' },
      });
      expect(bad.status).toBe(400);
      const empty = await app.request(`/v1/webhooks/${id}`, { method: 'PATCH', key, json: {} });
      expect(empty.status).toBe(400);
    });

    it('answers 404 for unknown or malformed ids and 400 for a bad cursor', async () => {
      const { app, key } = await setup();
      for (const path of [
        '/v1/webhooks/whk_01JDQ7X3M6V1W8A2B4C6D8E0F2',
        '/v1/webhooks/nope',
        '/v1/webhooks/whk_01JDQ7X3M6V1W8A2B4C6D8E0F2/deliveries',
        '/v1/webhooks/whk_01JDQ7X3M6V1W8A2B4C6D8E0F2/deliveries/dlv_01JDQ7X3M6V1W8A2B4C6D8E0F2',
      ]) {
        expect((await app.request(path, { key })).status, path).toBe(404);
      }
      expect((await app.request('/v1/webhooks?cursor=garbage', { key })).status).toBe(400);
    });

    it('limits the webhooks of a workspace', async () => {
      const { create } = await setup();
      for (let i = 0; i < 20; i++)
        expect((await create({ url: `https://hooks.partner.example/${i}` })).status).toBe(201);
      const response = await create({ url: 'https://hooks.partner.example/one-too-many' });
      expect(response.status).toBe(409);
    });

    it('answers 401 without a key', async () => {
      const { app } = await setup();
      expect((await app.request('/v1/webhooks')).status).toBe(401);
    });
  });

  describe('security', () => {
    it("never shows or changes another workspace's webhooks: always 404", async () => {
      const { app, create } = await setup();
      const { id } = await readJson(await create({ url: 'https://hooks.partner.example/mine' }));
      const intruder = await app.newWorkspace('Intruder');
      const as = { key: intruder.apiKey };
      expect((await readJson(await app.request('/v1/webhooks', as))).data).toEqual([]);
      expect((await app.request(`/v1/webhooks/${id}`, as)).status).toBe(404);
      expect((await app.request(`/v1/webhooks/${id}/deliveries`, as)).status).toBe(404);
      expect((await app.request(`/v1/webhooks/${id}/test`, { method: 'POST', ...as })).status).toBe(404);
      expect(
        (await app.request(`/v1/webhooks/${id}`, { method: 'PATCH', ...as, json: { enabled: false } }))
          .status,
      ).toBe(404);
      expect((await app.request(`/v1/webhooks/${id}`, { method: 'DELETE', ...as })).status).toBe(404);
    });

    it('documents every operation under the Webhooks tag, and the delivery itself', () => {
      const document = createWebhookTestApp(database.handle).openApiDocument();
      const paths = Object.entries(document.paths ?? {}).filter(([path]) => path.startsWith('/v1/webhooks'));
      const operations = paths.flatMap(([, item]) =>
        Object.values(item as Record<string, { tags?: string[] }>),
      );
      expect(operations).toHaveLength(9);
      for (const operation of operations) expect(operation.tags).toEqual(['Webhooks']);
      // Mounting at `/` prefixes the webhook's name with a slash (@hono/zod-openapi's mergePath).
      expect(document.webhooks?.['/lead.status_changed']?.post).toBeDefined();
      expect(document.tags?.map((t) => t.name)).toContain('Webhooks');
    });
  });
});
