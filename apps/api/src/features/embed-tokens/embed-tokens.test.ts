import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.js';
import { rotateWorkspaceSecret } from '../../platform/secrets/workspace-secrets.repository.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../test-support/fixtures.js';
import { readJson } from '../../test-support/read-json.js';
import { createTestApp } from '../../test-support/test-app.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);
const ORIGIN = 'https://app.example.com';

describeEachDatabase('embed tokens', ({ database }) => {
  const setup = async () => {
    const clock = fixedClock(NOW);
    const app = createTestApp(database.handle, { clock });
    const { workspaceId, apiKey } = await app.newWorkspace();
    const shown = await seedCampaign(database.seed, workspaceId, { name: 'Shown' });
    const hidden = await seedCampaign(database.seed, workspaceId, { name: 'Hidden' });
    const both = uniqueEmail('both');
    const onlyHidden = uniqueEmail('hidden');
    const [inShown] = await enrollEmails(app, apiKey, shown, [both]);
    const [inHidden, hiddenOnly] = await enrollEmails(app, apiKey, hidden, [both, onlyHidden]);
    const mint = async (body: unknown = {}, key: string = apiKey) =>
      app.request('/v1/embed-tokens', { method: 'POST', key, json: body });
    const token = async (body: unknown = {}) => (await readJson(await mint(body))).token as string;
    return { app, clock, workspaceId, apiKey, shown, hidden, inShown, inHidden, hiddenOnly, mint, token };
  };

  describe('minting', () => {
    it('answers a token with its scope and a 15-minute default lifetime', async () => {
      const { mint, shown } = await setup();
      const response = await mint({ campaign_ids: [shown], allowed_origins: [ORIGIN], statuses: ['sent'] });
      expect(response.status).toBe(201);
      const body = await readJson(response);
      expect(body).toEqual({
        token: expect.stringMatching(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/),
        expires_at: new Date(NOW + 15 * 60_000).toISOString(),
        campaign_ids: [shown],
        statuses: ['sent'],
        allowed_origins: [ORIGIN],
      });
    });

    it('refuses bad scopes with 400 and field paths', async () => {
      const { mint } = await setup();
      for (const body of [
        { expires_in_seconds: 24 * 3600 + 1 },
        { expires_in_seconds: 10 },
        { allowed_origins: ['https://app.example.com/path'] },
        { allowed_origins: ['http://app.example.com'] },
        { allowed_origins: ['*'] },
        { statuses: ['asleep'] },
        { campaign_ids: [] },
        { unknown: true },
      ]) {
        const response = await mint(body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
      }
      expect((await mint({ allowed_origins: ['http://localhost:5173'] })).status).toBe(201);
    });

    it("answers 404 for another workspace's campaign, and 401 without a key", async () => {
      const { app, mint } = await setup();
      const other = await app.newWorkspace('Other');
      const foreign = await seedCampaign(database.seed, other.workspaceId);
      expect((await mint({ campaign_ids: [foreign] })).status).toBe(404);
      expect((await mint({ campaign_ids: ['cmp_nope'] })).status).toBe(404);
      expect((await app.request('/v1/embed-tokens', { method: 'POST', json: {} })).status).toBe(401);
    });
  });

  describe('what a token may do', () => {
    it('reads leads, campaigns, analytics and statuses', async () => {
      const { app, token } = await setup();
      const key = await token();
      for (const path of [
        '/v1/leads',
        '/v1/campaigns',
        '/v1/analytics',
        '/v1/statuses',
        '/v1/metrics/definitions',
      ]) {
        expect((await app.request(path, { key })).status, path).toBe(200);
      }
    });

    it('is read-only: every write and every secret-revealing read is a 403', async () => {
      const { app, token, shown, inShown } = await setup();
      const key = await token();
      const denied: Array<[string, string, unknown?]> = [
        ['POST', '/v1/embed-tokens', {}],
        ['POST', '/v1/events', { type: 'sent', campaign_id: shown, lead_id: inShown?.leadId }],
        ['POST', '/v1/campaigns', { name: 'x', steps: [{ subject: 's', delay_hours: 0 }] }],
        ['POST', `/v1/campaigns/${shown}/leads`, { emails: [uniqueEmail()] }],
        ['DELETE', `/v1/leads/${inShown?.leadId}`],
        ['GET', '/v1/webhooks'],
        ['GET', '/v1/dnc'],
        ['GET', '/v1/workspace'],
      ];
      for (const [method, path, json] of denied) {
        const response = await app.request(path, { method, key, ...(json === undefined ? {} : { json }) });
        expect(response.status, `${method} ${path}`).toBe(403);
        expect((await readJson(response)).type).toBe('/problems/forbidden');
      }
      // Nothing was written.
      const lead = await readJson(await app.request(`/v1/leads/${inShown?.leadId}`, { key }));
      expect(lead.timeline.filter((t: { kind: string }) => t.kind === 'event')).toEqual([]);
    });

    it('sees only its campaigns: lists, campaign routes, analytics and leads', async () => {
      const { app, token, shown, hidden, inShown, hiddenOnly } = await setup();
      const key = await token({ campaign_ids: [shown] });
      const leads = await readJson(await app.request('/v1/leads', { key }));
      expect(leads.data.map((r: { enrollment_id: string }) => r.enrollment_id)).toEqual([
        inShown?.enrollmentId,
      ]);
      const filtered = await readJson(await app.request(`/v1/leads?campaign_id=${hidden}`, { key }));
      expect(filtered.data).toEqual([]);
      const campaigns = await readJson(await app.request('/v1/campaigns', { key }));
      expect(campaigns.data.map((c: { id: string }) => c.id)).toEqual([shown]);
      for (const path of [
        `/v1/campaigns/${hidden}`,
        `/v1/campaigns/${hidden}/leads`,
        `/v1/campaigns/${hidden}/analytics`,
        `/v1/campaigns/${hidden}/leads/export`,
        `/v1/leads/${hiddenOnly?.leadId}`,
        `/v1/stream?campaign_id=${hidden}`,
      ]) {
        expect((await app.request(path, { key })).status, path).toBe(404);
      }
      const analytics = await readJson(await app.request('/v1/analytics', { key }));
      expect(analytics.enrolled).toBe(1);
      const lead = await readJson(await app.request(`/v1/leads/${inShown?.leadId}`, { key }));
      expect(lead.enrollments.map((e: { campaign: { id: string } }) => e.campaign.id)).toEqual([shown]);
    });

    it('exports only what it may list: its campaigns and statuses', async () => {
      const { app, token, shown, inShown } = await setup();
      const key = await token({ campaign_ids: [shown] });
      const all = await app.request('/v1/leads/export?format=ndjson', { key });
      expect(all.status).toBe(200);
      const rows = (await all.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { enrollment_id: string });
      expect(rows.map((r) => r.enrollment_id)).toEqual([inShown?.enrollmentId]);
      const locked = await token({ statuses: ['replied'] });
      const none = await app.request(`/v1/campaigns/${shown}/leads/export?format=ndjson`, { key: locked });
      expect((await none.text()).trim()).toBe('');
    });

    it('intersects locked statuses with the request filter, never widening them', async () => {
      const { app, token, apiKey, shown, inShown } = await setup();
      await app.request('/v1/events', {
        method: 'POST',
        key: apiKey,
        json: {
          type: 'sent',
          campaign_id: shown,
          lead_id: inShown?.leadId,
          occurred_at: new Date(NOW - 1000).toISOString(),
        },
      });
      const key = await token({ statuses: ['sent'] });
      const all = await readJson(await app.request('/v1/leads', { key }));
      expect(all.data.map((r: { status: string }) => r.status)).toEqual(['sent']);
      const widened = await readJson(await app.request('/v1/leads?status=not_contacted', { key }));
      expect(widened.data).toEqual([]);
      const narrowed = await readJson(
        await app.request(`/v1/campaigns/${shown}/leads?status=sent,replied`, { key }),
      );
      expect(narrowed.data).toHaveLength(1);
    });

    it("never reaches another workspace's data", async () => {
      const { app, token } = await setup();
      const other = await app.newWorkspace('Other');
      const foreign = await seedCampaign(database.seed, other.workspaceId);
      const key = await token();
      expect((await app.request(`/v1/campaigns/${foreign}`, { key })).status).toBe(404);
      expect((await app.request(`/v1/campaigns/${foreign}/leads`, { key })).status).toBe(404);
    });
  });

  describe('expired, tampered and revoked tokens', () => {
    it('answers 401 once expired, saying so', async () => {
      const { app, clock, token } = await setup();
      const key = await token({ expires_in_seconds: 60 });
      expect((await app.request('/v1/leads', { key })).status).toBe(200);
      clock.advance(61_000);
      const response = await app.request('/v1/leads', { key });
      expect(response.status).toBe(401);
      expect((await readJson(response)).detail).toContain('expired');
    });

    it('answers 401 for an altered payload, signature, header or algorithm', async () => {
      const { app, token, workspaceId, shown } = await setup();
      const key = await token({ campaign_ids: [shown] });
      const [header, payload, signature] = key.split('.') as [string, string, string];
      const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString());
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const other = await app.newWorkspace('Other');
      const widened = { ...decode(payload) };
      delete widened.cmp;
      const forged = [
        `${header}.${encode(widened)}.${signature}`,
        `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`,
        `${encode({ ...decode(header), kid: other.workspaceId })}.${payload}.${signature}`,
        `${encode({ alg: 'none', typ: 'JWT', kid: workspaceId })}.${payload}.`,
        'not-a-token',
      ];
      for (const bad of forged) expect((await app.request('/v1/leads', { key: bad })).status, bad).toBe(401);
    });

    it('stops every token of the workspace when its embed secret is rotated', async () => {
      const { app, token, workspaceId } = await setup();
      const key = await token();
      await rotateWorkspaceSecret(database.handle.writer, workspaceId, 'embed_tokens', NOW);
      expect((await app.request('/v1/leads', { key })).status).toBe(401);
    });
  });

  describe('CORS', () => {
    it('answers a preflight for GET with the headers a widget sends', async () => {
      const { app } = await setup();
      const response = await app.request('/v1/leads', {
        method: 'OPTIONS',
        headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(response.headers.get('access-control-allow-methods')).toBe('GET');
      expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
    });

    it('lets only allowed origins read, and never a secret key', async () => {
      const { app, token, apiKey } = await setup();
      const key = await token({ allowed_origins: [ORIGIN] });
      const allowed = await app.request('/v1/leads', { key, headers: { Origin: ORIGIN } });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      const other = await app.request('/v1/leads', { key, headers: { Origin: 'https://evil.example' } });
      expect(other.status).toBe(403);
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const noOrigins = await token();
      const sameOriginOnly = await app.request('/v1/leads', { key: noOrigins, headers: { Origin: ORIGIN } });
      expect(sameOriginOnly.status).toBe(403);
      const secret = await app.request('/v1/leads', { key: apiKey, headers: { Origin: ORIGIN } });
      expect(secret.status).toBe(200);
      expect(secret.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('lets a page read a 401, so a widget can tell an expired token', async () => {
      const { app } = await setup();
      const response = await app.request('/v1/leads', { key: 'expired.or.bad', headers: { Origin: ORIGIN } });
      expect(response.status).toBe(401);
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    });
  });
});
