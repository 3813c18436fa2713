import { expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';

const NOW = Date.parse('2026-11-20T12:00:00Z');

describeEachDatabase('PATCH /v1/workspace', ({ database }) => {
  let app: TestApp;

  const setup = async () => {
    app = createTestApp(database.handle, { clock: fixedClock(NOW) });
    const { apiKey: key, workspaceId } = await app.newWorkspace('Acme');
    return { key, workspaceId };
  };
  const patch = async (key: string, json: unknown) => {
    const response = await app.request('/v1/workspace', { method: 'PATCH', key, json });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await readJson(response),
    };
  };
  /** Zones that have rollup rows in the workspace. */
  const zones = async (workspaceId: string) =>
    (
      await database.handle.db
        .selectFrom('campaign_daily_counts')
        .select('zone')
        .distinct()
        .where('workspace_id', '=', workspaceId)
        .execute()
    )
      .map((r) => r.zone)
      .sort();

  it('renames and changes settings, answering what GET /v1/workspace then answers', async () => {
    const { key, workspaceId } = await setup();
    const before = await readJson(await app.request('/v1/workspace', { key }));
    expect(before.settings).toEqual({ filter_machine_events: true, timezone: 'UTC' });

    const renamed = await patch(key, { name: '  Acme EU ' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ ...before, name: 'Acme EU' });

    const changed = await patch(key, { settings: { timezone: 'europe/paris' } });
    expect(changed.body).toEqual({
      id: workspaceId,
      name: 'Acme EU',
      settings: { filter_machine_events: true, timezone: 'Europe/Paris' },
      created_at: before.created_at,
    });
    expect(await readJson(await app.request('/v1/workspace', { key }))).toEqual(changed.body);
    // Only the settings sent change.
    expect((await patch(key, { name: 'Acme' })).body.settings).toEqual({
      filter_machine_events: true,
      timezone: 'Europe/Paris',
    });
    expect((await patch(key, { settings: { timezone: 'Etc/UTC' } })).body.settings.timezone).toBe('UTC');
  });

  it('answers 400 problems for bad bodies', async () => {
    const { key } = await setup();
    const cases: Array<[unknown, string]> = [
      [{}, '(root)'],
      [{ name: '' }, 'body.name'],
      [{ name: 'x'.repeat(256) }, 'body.name'],
      [{ settings: { timezone: 'Mars/Olympus' } }, 'body.settings.timezone'],
      [{ settings: { timezone: '+01:00' } }, 'body.settings.timezone'],
      [{ settings: { timezone: 7 } }, 'body.settings.timezone'],
      [{ settings: { filter_machine_events: false } }, 'body.settings'],
      [{ settings: { time_zone: 'UTC' } }, 'body.settings'],
      [{ timezone: 'UTC' }, 'body'],
      [{ settings: 'UTC' }, 'body.settings'],
    ];
    for (const [json, path] of cases) {
      const { status, type, body } = await patch(key, json);
      expect(status, JSON.stringify(json)).toBe(400);
      expect(type).toContain('application/problem+json');
      const paths = body.errors.map((e: { path: string }) => e.path);
      expect(
        paths.some((p: string) => p === path || p.startsWith(`${path}.`) || path === '(root)'),
        `${JSON.stringify(json)} ${paths}`,
      ).toBe(true);
    }
    expect(
      (
        await app.request('/v1/workspace', {
          method: 'PATCH',
          key,
          body: '{',
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).toBe(400);
    expect((await readJson(await app.request('/v1/workspace', { key }))).settings.timezone).toBe('UTC');
    expect((await app.request('/v1/workspace', { method: 'PATCH', json: { name: 'x' } })).status).toBe(401);
  });

  it('rebuilds the new zone from the stored events and drops the old one unless it is UTC', async () => {
    const { key, workspaceId } = await setup();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const [ann] = await enrollEmails(app, key, campaignId, [uniqueEmail()]);
    const event = (type: string, occurred_at: string) =>
      app.request('/v1/events', {
        method: 'POST',
        key,
        json: { type, occurred_at, campaign_id: campaignId, lead_id: ann?.leadId },
      });
    expect((await event('sent', '2026-11-02T23:30:00Z')).status).toBe(202);
    expect((await event('opened', '2026-11-03T01:00:00Z')).status).toBe(202);
    expect(await zones(workspaceId)).toEqual(['UTC']);

    const day = async (tz: string, date: string) =>
      (
        await readJson(
          await app.request(
            `/v1/campaigns/${campaignId}/analytics/trends?from=${date}&to=${date}&tz=${encodeURIComponent(tz)}`,
            { key },
          ),
        )
      ).points[0];

    expect((await patch(key, { settings: { timezone: 'Europe/Paris' } })).status).toBe(200);
    expect(await zones(workspaceId)).toEqual(['Europe/Paris', 'UTC']);
    // Both events are on the 3rd in Paris; in UTC the send was on the 2nd.
    expect(await day('Europe/Paris', '2026-11-03')).toMatchObject({ sent: 1, opened: 1 });
    expect(await day('UTC', '2026-11-02')).toMatchObject({ sent: 1, opened: 0 });
    // Kept as events arrive, in both zones.
    expect((await event('opened', '2026-11-03T23:30:00Z')).status).toBe(202);
    expect(await day('Europe/Paris', '2026-11-03')).toMatchObject({ opened: 1 });
    expect(await day('Europe/Paris', '2026-11-04')).toMatchObject({ opened: 1 });
    expect(await day('UTC', '2026-11-03')).toMatchObject({ opened: 1 });

    expect((await patch(key, { settings: { timezone: 'America/New_York' } })).status).toBe(200);
    expect(await zones(workspaceId)).toEqual(['America/New_York', 'UTC']);
    // 23:30 UTC is 18:30 in New York, the same day.
    expect(await day('America/New_York', '2026-11-02')).toMatchObject({ sent: 1, opened: 1 });
    expect(await day('America/New_York', '2026-11-03')).toMatchObject({ opened: 1 });
    const paris = await app.request(`/v1/campaigns/${campaignId}/analytics/trends?tz=Europe/Paris`, { key });
    expect(paris.status).toBe(400);
    expect((await readJson(paris)).detail).toContain('reporting zone (America/New_York)');

    expect((await patch(key, { settings: { timezone: 'UTC' } })).status).toBe(200);
    expect(await zones(workspaceId)).toEqual(['UTC']);
    expect(await day('UTC', '2026-11-03')).toMatchObject({ sent: 0, opened: 1 });
  });
});
