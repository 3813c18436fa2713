import { describe, expect, it } from 'vitest';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { BASE_URL, createTrackingApp, type TrackingApp } from '../../tracking/test-support/tracking-app.js';
import { sendgridKeys } from '../test-support/signing.js';

describeEachDatabase('/v1/providers', ({ database }) => {
  let t: TrackingApp;
  const app = () => {
    t ??= createTrackingApp(database.handle);
    return t;
  };
  const put = (key: string, provider: string, json: unknown) =>
    app().request(`/v1/providers/${provider}`, { method: 'PUT', key, json });

  describe('happy', () => {
    it('stores each provider’s settings and never shows a secret', async () => {
      const { key, workspaceId } = await app().newWorkspace();
      const sendgrid = sendgridKeys().publicKey;
      const settings = {
        ses: { topic_arns: ['arn:aws:sns:eu-west-1:123456789012:ses-events'] },
        sendgrid: { public_key: sendgrid },
        mailgun: { signing_key: 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0' },
        postmark: { secret: 'pm-webhook-secret-0123456789', username: 'hooks' },
      };
      for (const [provider, json] of Object.entries(settings)) {
        const response = await put(key, provider, json);
        expect(response.status, provider).toBe(200);
        const body = await readJson(response);
        expect(body.webhook_url).toBe(`${BASE_URL}/webhooks/${provider}/${workspaceId}`);
      }
      const list = await readJson(await app().request('/v1/providers', { key }));
      expect(list.data.map((p: { provider: string }) => p.provider)).toEqual([
        'mailgun',
        'postmark',
        'sendgrid',
        'ses',
      ]);
      const text = JSON.stringify(list);
      expect(text).not.toContain('3ax6xnjp29jd6fds4gc373sgvjxteol0');
      expect(text).not.toContain('pm-webhook-secret');
      expect(text).not.toContain(sendgrid.slice(30, 60));
      expect(list.data.find((p: { provider: string }) => p.provider === 'ses').settings).toEqual(
        settings.ses,
      );
      expect(list.data.find((p: { provider: string }) => p.provider === 'postmark').settings).toMatchObject({
        username: 'hooks',
        key_fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{12}$/),
      });
    });

    it('deletes settings', async () => {
      const { key } = await app().newWorkspace();
      await put(key, 'mailgun', { signing_key: 'key-0123456789' });
      expect((await app().request('/v1/providers/mailgun', { method: 'DELETE', key })).status).toBe(204);
      expect((await app().request('/v1/providers/mailgun', { method: 'DELETE', key })).status).toBe(404);
      expect((await readJson(await app().request('/v1/providers', { key }))).data).toEqual([]);
    });
  });

  describe('errors', () => {
    it.each([
      ['sparkpost', { secret: 'x'.repeat(20) }, 'path.provider'],
      ['mailgun', {}, 'body.signing_key'],
      ['mailgun', { signing_key: 'key-0123456789', public_key: 'x' }, 'body.public_key'],
      ['sendgrid', { public_key: 'bm90IGEga2V5' }, 'body.public_key'],
      ['ses', { topic_arns: ['not-an-arn'] }, 'body.topic_arns.0'],
      ['ses', { topic_arns: [] }, 'body.topic_arns'],
      ['postmark', { secret: 'short' }, 'body.secret'],
    ])('rejects %s %j with a 400 problem', async (provider, json, path) => {
      const { key } = await app().newWorkspace();
      const response = await put(key, provider, json);
      expect(response.status).toBe(400);
      const body = await readJson(response);
      expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
    });

    it('needs a secret key', async () => {
      expect((await app().request('/v1/providers')).status).toBe(401);
    });
  });
});
