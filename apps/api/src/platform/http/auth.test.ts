import { expect, it } from 'vitest';
import { revokeApiKey } from '../../features/workspaces/workspaces.repository.js';
import { readJson } from '../../test-support/read-json.js';
import { createTestApp } from '../../test-support/test-app.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { keyIdOf } from '../auth/api-key-format.js';
import { fixedClock } from '../clock.js';

async function expectUnauthorized(response: Response) {
  expect(response.status).toBe(401);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.headers.get('www-authenticate')).toBe('Bearer');
  const body = await readJson(response);
  expect(body).toMatchObject({ type: '/problems/unauthorized', status: 401 });
  expect(typeof body.detail).toBe('string');
}

describeEachDatabase('secret key authentication', ({ database }) => {
  const app = () => createTestApp(database.handle);

  it('answers 401 problem+json without credentials', async () => {
    await expectUnauthorized(await app().request('/v1/workspace'));
  });

  it.each([
    ['a non-Bearer scheme', 'Basic dXNlcjpwYXNz'],
    ['an empty Bearer', 'Bearer '],
    ['a random token', 'Bearer nonsense'],
    ['a well-formed key that does not exist', `Bearer lsk_${'0'.repeat(26)}_${'a'.repeat(43)}`],
  ])('answers 401 for %s', async (_, header) => {
    await expectUnauthorized(await app().request('/v1/workspace', { headers: { Authorization: header } }));
  });

  it('answers 401 for a real key id with a wrong secret', async () => {
    const { apiKey } = await app().newWorkspace();
    const forged = `${apiKey.slice(0, -3)}${apiKey.endsWith('aaa') ? 'bbb' : 'aaa'}`;
    await expectUnauthorized(await app().request('/v1/workspace', { key: forged }));
  });

  it('accepts a valid key, case-insensitively for the scheme', async () => {
    const { apiKey, workspaceId } = await app().newWorkspace('Scheme');
    const response = await app().request('/v1/workspace', { headers: { Authorization: `bearer ${apiKey}` } });
    expect(response.status).toBe(200);
    expect((await readJson(response)).id).toBe(workspaceId);
  });

  it('refuses a revoked key at once', async () => {
    const testApp = app();
    const { apiKey, workspaceId } = await testApp.newWorkspace();
    expect((await testApp.request('/v1/workspace', { key: apiKey })).status).toBe(200);
    await revokeApiKey(database.handle.writer, {
      workspaceId,
      keyId: keyIdOf(apiKey) ?? '',
      now: Date.now(),
    });
    await expectUnauthorized(await testApp.request('/v1/workspace', { key: apiKey }));
  });

  it('records when a key was last used', async () => {
    const clock = fixedClock(Date.UTC(2026, 10, 27));
    const testApp = createTestApp(database.handle, { clock });
    const { apiKey } = await testApp.newWorkspace();
    await testApp.request('/v1/workspace', { key: apiKey });
    // Recorded beside the request, not before its answer: a read does not wait for the writer.
    const lastUsed = async () =>
      (
        await database.handle.db
          .selectFrom('api_keys')
          .select('last_used_at')
          .where('id', '=', keyIdOf(apiKey) ?? '')
          .executeTakeFirst()
      )?.last_used_at;
    await expect.poll(lastUsed).toBe(clock.now());
  });

  it('never lets one workspace see another: each key sees only its own workspace', async () => {
    const testApp = app();
    const a = await testApp.newWorkspace('Tenant A');
    const b = await testApp.newWorkspace('Tenant B');
    const seenByA = await readJson(await testApp.request('/v1/workspace', { key: a.apiKey }));
    const seenByB = await readJson(await testApp.request('/v1/workspace', { key: b.apiKey }));
    expect(seenByA).toMatchObject({ id: a.workspaceId, name: 'Tenant A' });
    expect(seenByB).toMatchObject({ id: b.workspaceId, name: 'Tenant B' });
  });

  it('leaves public routes open', async () => {
    for (const path of ['/healthz', '/readyz', '/openapi.json', '/docs', '/']) {
      expect((await app().request(path)).status, path).toBe(200);
    }
  });
});
