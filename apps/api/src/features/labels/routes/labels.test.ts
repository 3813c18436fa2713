import { describe, expect, it } from 'vitest';
import { changeLabelsIn } from '../../../engine/labels.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { LabelListSchema } from '../schemas.js';

describeEachDatabase('/v1/labels', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle);
    const { workspaceId, apiKey: key } = await app.newWorkspace();
    const call = (method: string, path: string, json?: unknown, as = key) =>
      app.request(path, { method, key: as, ...(json === undefined ? {} : { json }) });
    return { app, workspaceId, key, call };
  };

  describe('happy', () => {
    it('lists the built-in labels, then the workspace’s own by name', async () => {
      const { call } = await setup();
      expect(
        (await call('POST', '/v1/labels', { name: 'Demo scheduled', sentiment: 'positive' })).status,
      ).toBe(201);
      expect(
        (await call('POST', '/v1/labels', { name: 'Budget next year', sentiment: 'neutral' })).status,
      ).toBe(201);
      const body = await readJson(await call('GET', '/v1/labels'));
      expect(LabelListSchema.parse(body)).toEqual(body);
      expect(body.data.map((l: { key: string }) => l.key)).toEqual([
        'interested',
        'meeting_booked',
        'meeting_completed',
        'won',
        'not_now',
        'wrong_person',
        'not_interested',
        'lost',
        'budget_next_year',
        'demo_scheduled',
      ]);
      expect(body.data[0]).toEqual({
        key: 'interested',
        name: 'Interested',
        sentiment: 'positive',
        builtin: true,
      });
      expect(body.data[9]).toEqual({
        key: 'demo_scheduled',
        name: 'Demo scheduled',
        sentiment: 'positive',
        builtin: false,
      });
    });

    it('renames a label or changes its sentiment, keeping its key', async () => {
      const { call } = await setup();
      await call('POST', '/v1/labels', { name: 'Référence client', sentiment: 'positive' });
      const response = await call('PATCH', '/v1/labels/reference_client', { sentiment: 'neutral' });
      expect(response.status).toBe(200);
      expect(await readJson(response)).toEqual({
        key: 'reference_client',
        name: 'Référence client',
        sentiment: 'neutral',
        builtin: false,
      });
      const renamed = await readJson(
        await call('PATCH', '/v1/labels/reference_client', { name: 'Reference' }),
      );
      expect(renamed).toMatchObject({ key: 'reference_client', name: 'Reference', sentiment: 'neutral' });
    });

    it('deletes a label: the leads that carried it lose it, with a history entry each', async () => {
      const { app, call, key, workspaceId } = await setup();
      await call('POST', '/v1/labels', { name: 'Champion', sentiment: 'positive' });
      const campaignId = await seedCampaign(database.seed, workspaceId);
      const [ann] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
      if (!ann) throw new Error('enrollment failed');
      await inTransaction(database.seed, (trx) =>
        changeLabelsIn(
          { trx, dialect: database.handle.dialect, workspaceId, now: Date.now() },
          [{ enrollmentId: ann.enrollmentId, label: 'champion' }],
          'api',
        ),
      );
      expect((await call('DELETE', '/v1/labels/champion')).status).toBe(204);
      const enrollment = await database.handle.db
        .selectFrom('enrollments')
        .select('label')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', ann.enrollmentId)
        .executeTakeFirstOrThrow();
      expect(enrollment.label).toBeNull();
      const history = await database.handle.db
        .selectFrom('label_changes')
        .select(['from_label', 'to_label', 'source'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      expect(history.at(-1)).toEqual({ from_label: 'champion', to_label: null, source: 'label_deleted' });
      expect((await readJson(await call('GET', '/v1/labels'))).data).toHaveLength(8);
    });
  });

  describe('errors', () => {
    it.each([
      ['no name', { sentiment: 'positive' }, ['body.name']],
      ['a blank name', { name: '  ', sentiment: 'positive' }, ['body.name']],
      ['a name over 60', { name: 'n'.repeat(61), sentiment: 'positive' }, ['body.name']],
      ['an unknown sentiment', { name: 'Hot', sentiment: 'great' }, ['body.sentiment']],
      ['a name with no latin letter or digit', { name: '会议', sentiment: 'neutral' }, ['body.name']],
    ])('answers 400 for %s', async (_name, json, paths) => {
      const { call } = await setup();
      const response = await call('POST', '/v1/labels', json);
      expect(response.status).toBe(400);
      expect((await readJson(response)).errors.map((e: { path: string }) => e.path)).toEqual(paths);
    });

    it('answers 409 for a key taken by a built-in label or one of the workspace’s', async () => {
      const { call } = await setup();
      expect((await call('POST', '/v1/labels', { name: 'Interested!', sentiment: 'positive' })).status).toBe(
        409,
      );
      expect((await call('POST', '/v1/labels', { name: 'Hot lead', sentiment: 'positive' })).status).toBe(
        201,
      );
      expect((await call('POST', '/v1/labels', { name: 'hot  LEAD', sentiment: 'neutral' })).status).toBe(
        409,
      );
    });

    it('refuses to change or delete a built-in label, and answers 404 for unknown keys', async () => {
      const { call } = await setup();
      expect((await call('PATCH', '/v1/labels/interested', { name: 'Keen' })).status).toBe(409);
      expect((await call('DELETE', '/v1/labels/won')).status).toBe(409);
      for (const key of ['nope', 'Not-A-Key', 'é', 'x'.repeat(65)]) {
        expect((await call('PATCH', `/v1/labels/${encodeURIComponent(key)}`, { name: 'x' })).status).toBe(
          404,
        );
        expect((await call('DELETE', `/v1/labels/${encodeURIComponent(key)}`)).status).toBe(404);
      }
      expect((await call('PATCH', '/v1/labels/nope', {})).status).toBe(400);
    });
  });

  describe('security', () => {
    it('keeps each workspace’s labels its own', async () => {
      const alpha = await setup();
      const bravo = await setup();
      await alpha.call('POST', '/v1/labels', { name: 'Alpha only', sentiment: 'positive' });
      expect((await readJson(await bravo.call('GET', '/v1/labels'))).data).toHaveLength(8);
      expect((await bravo.call('PATCH', '/v1/labels/alpha_only', { name: 'Mine' })).status).toBe(404);
      expect((await bravo.call('DELETE', '/v1/labels/alpha_only')).status).toBe(404);
      // Bravo may have a label of the same key.
      expect(
        (await bravo.call('POST', '/v1/labels', { name: 'Alpha only', sentiment: 'negative' })).status,
      ).toBe(201);
      expect((await readJson(await alpha.call('GET', '/v1/labels'))).data.at(-1)).toMatchObject({
        key: 'alpha_only',
        sentiment: 'positive',
      });
    });

    it('needs a key', async () => {
      const { app } = await setup();
      expect((await app.request('/v1/labels')).status).toBe(401);
    });
  });
});
