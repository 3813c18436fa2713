import { expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const ZERO = { sent: 0, opened: 0, clicked: 0, replied: 0, bounced: 0, unsubscribed: 0, machine_opened: 0 };

describeEachDatabase('GET /v1/campaigns/{id}/analytics/trends', ({ database }) => {
  let app: TestApp;

  const setup = async (leads = 2) => {
    app = createTestApp(database.handle, { clock: fixedClock(NOW) });
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const emails = Array.from({ length: leads }, () => uniqueEmail());
    const enrolled = leads > 0 ? await enrollEmails(app, key, campaignId, emails) : [];
    return { key, workspaceId, campaignId, leadIds: enrolled.map((e) => e.leadId) };
  };

  /** Events as [lead id, ISO time, fields], in one batch (so in-batch repeats are exercised too). */
  const post = async (
    key: string,
    campaignId: string,
    events: Array<[string, string, Record<string, unknown>]>,
  ) => {
    const response = await app.request('/v1/events/batch', {
      method: 'POST',
      key,
      json: {
        events: events.map(([leadId, at, fields]) => ({
          campaign_id: campaignId,
          lead_id: leadId,
          occurred_at: at,
          ...fields,
        })),
      },
    });
    expect(response.status).toBe(200);
    expect((await readJson(response)).summary.applied).toBe(events.length);
  };

  const trends = async (key: string, campaignId: string, query = '') => {
    const response = await app.request(`/v1/campaigns/${campaignId}/analytics/trends${query}`, { key });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await readJson(response),
    };
  };

  const setZone = async (key: string, timezone: string) => {
    const response = await app.request('/v1/workspace', {
      method: 'PATCH',
      key,
      json: { settings: { timezone } },
    });
    expect(response.status).toBe(200);
  };

  it('counts unique leads per day, by kind, with a point for every day', async () => {
    const { key, campaignId, leadIds } = await setup();
    const [ann, bob] = leadIds as [string, string];
    await post(key, campaignId, [
      [ann, '2026-11-02T09:00:00Z', { type: 'sent' }],
      [ann, '2026-11-02T10:00:00Z', { type: 'opened' }],
      [ann, '2026-11-02T11:00:00Z', { type: 'opened' }],
      [ann, '2026-11-02T11:30:00Z', { type: 'opened', machine: true }],
      [bob, '2026-11-02T09:00:00Z', { type: 'sent' }],
      [ann, '2026-11-03T08:00:00Z', { type: 'clicked' }],
      [ann, '2026-11-03T08:05:00Z', { type: 'clicked', machine: true }],
      [ann, '2026-11-03T09:00:00Z', { type: 'replied', auto_reply: true }],
      [bob, '2026-11-03T10:00:00Z', { type: 'bounced', bounce_type: 'soft' }],
      [bob, '2026-11-03T10:00:00Z', { type: 'opened' }],
    ]);
    // A second request: stored events of the same day are not counted again.
    await post(key, campaignId, [
      [ann, '2026-11-02T18:00:00Z', { type: 'opened' }],
      [ann, '2026-11-04T09:00:00Z', { type: 'replied' }],
      [bob, '2026-11-05T09:00:00Z', { type: 'unsubscribed' }],
      [ann, '2026-11-01T09:00:00Z', { type: 'opened' }], // late: an earlier day
    ]);
    const { status, body } = await trends(key, campaignId, '?from=2026-10-31&to=2026-11-06&tz=UTC');
    expect(status).toBe(200);
    expect(body).toEqual({
      interval: 'day',
      tz: 'UTC',
      from: '2026-10-31',
      to: '2026-11-06',
      points: [
        { date: '2026-10-31', ...ZERO },
        { date: '2026-11-01', ...ZERO, opened: 1 },
        { date: '2026-11-02', ...ZERO, sent: 2, opened: 1, machine_opened: 1 },
        { date: '2026-11-03', ...ZERO, clicked: 1, bounced: 1, opened: 1 },
        { date: '2026-11-04', ...ZERO, replied: 1 },
        { date: '2026-11-05', ...ZERO, unsubscribed: 1 },
        { date: '2026-11-06', ...ZERO },
      ],
    });
  });

  it('defaults to the reporting zone and the 30 days ending today there', async () => {
    const { key, campaignId } = await setup(0);
    const { status, body } = await trends(key, campaignId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ interval: 'day', tz: 'UTC', from: '2026-10-22', to: '2026-11-20' });
    expect(body.points).toHaveLength(30);
    expect(
      body.points.every((p: Record<string, unknown>) => Object.keys(ZERO).every((m) => p[m] === 0)),
    ).toBe(true);
    // Noon UTC on the 20th is already the 21st in Auckland.
    await setZone(key, 'Pacific/Auckland');
    const auckland = await trends(key, campaignId, '?from=2026-11-21');
    expect(auckland.body).toMatchObject({ tz: 'Pacific/Auckland', from: '2026-11-21', to: '2026-11-21' });
  });

  it('follows local days: 23:30 UTC is the next day in Paris, and the DST day of Paris has 25 hours', async () => {
    const { key, campaignId, leadIds } = await setup();
    const [ann, bob] = leadIds as [string, string];
    await setZone(key, 'Europe/Paris');
    await post(key, campaignId, [
      [ann, '2026-11-02T23:30:00Z', { type: 'sent' }],
      // 00:30 CEST and 23:30 CET, both on Sunday 25 October in Paris (clocks went back at 01:00 UTC).
      [bob, '2026-10-24T22:30:00Z', { type: 'opened' }],
      [bob, '2026-10-25T22:30:00Z', { type: 'opened' }],
    ]);
    const paris = await trends(key, campaignId, '?from=2026-10-24&to=2026-11-03');
    expect(paris.body.tz).toBe('Europe/Paris');
    const byDate = (points: Array<{ date: string }>) => Object.fromEntries(points.map((p) => [p.date, p]));
    expect(byDate(paris.body.points)['2026-10-24']).toMatchObject({ opened: 0 });
    expect(byDate(paris.body.points)['2026-10-25']).toMatchObject({ opened: 1 });
    expect(byDate(paris.body.points)['2026-10-26']).toMatchObject({ opened: 0 });
    expect(byDate(paris.body.points)['2026-11-02']).toMatchObject({ sent: 0 });
    expect(byDate(paris.body.points)['2026-11-03']).toMatchObject({ sent: 1 });

    const utc = await trends(key, campaignId, '?from=2026-10-24&to=2026-11-03&tz=Etc/UTC');
    expect(utc.body.tz).toBe('Etc/UTC');
    expect(byDate(utc.body.points)['2026-10-24']).toMatchObject({ opened: 1 });
    expect(byDate(utc.body.points)['2026-10-25']).toMatchObject({ opened: 1 });
    expect(byDate(utc.body.points)['2026-11-02']).toMatchObject({ sent: 1 });
    // Another spelling of the reporting zone is the same zone.
    expect(
      (await trends(key, campaignId, '?from=2026-10-24&to=2026-11-03&tz=europe/paris')).body.points,
    ).toEqual(paris.body.points);

    // Weeks from a Wednesday: the DST week (clipped), the next one, then two days of the third.
    const weeks = await trends(key, campaignId, '?from=2026-10-21&to=2026-11-03&interval=week');
    expect(weeks.body.points).toEqual([
      { date: '2026-10-21', ...ZERO, opened: 1 },
      { date: '2026-10-26', ...ZERO },
      { date: '2026-11-02', ...ZERO, sent: 1 },
    ]);
    const utcWeeks = await trends(key, campaignId, '?from=2026-10-21&to=2026-11-03&interval=week&tz=UTC');
    // A week point sums daily uniques: bob opened on two UTC days of that week.
    expect(utcWeeks.body.points[0]).toEqual({ date: '2026-10-21', ...ZERO, opened: 2 });
    expect(utcWeeks.body.points[1]).toEqual({ date: '2026-10-26', ...ZERO });
  });

  it('answers 400 problems naming the parameter', async () => {
    const { key, campaignId } = await setup(0);
    const cases: Array<[string, string]> = [
      ['from=2026-1-1', 'query.from'],
      ['from=20261101', 'query.from'],
      ['to=yesterday', 'query.to'],
      ['from=2026-02-30&to=2026-03-01', 'query.from'],
      ['from=2026-13-01', 'query.from'],
      ['from=2026-11-10&to=2026-11-09', 'query.from'],
      ['from=2026-12-01', 'query.from'], // after today, the default `to`
      ['from=2025-10-15&to=2026-11-19', 'query.from'], // 401 days
      ['interval=month', 'query.interval'],
      ['tz=Mars/Olympus', 'query.tz'],
      ['tz=%2B01:00', 'query.tz'],
      ['tz=America/New_York', 'query.tz'],
    ];
    for (const [query, path] of cases) {
      const { status, type, body } = await trends(key, campaignId, `?${query}`);
      expect(status, query).toBe(400);
      expect(type, query).toContain('application/problem+json');
      expect(body.type, query).toBe('/problems/validation-error');
      expect(
        body.errors.map((e: { path: string }) => e.path),
        query,
      ).toContain(path);
    }
    const notKept = await trends(key, campaignId, '?tz=America/New_York');
    expect(notKept.body.detail).toBe(
      "Trends are kept for UTC and this workspace's reporting zone (UTC); set it with PATCH /v1/workspace.",
    );
    // Exactly 400 days is allowed.
    const longest = await trends(key, campaignId, '?from=2025-10-15&to=2026-11-18');
    expect(longest.status).toBe(200);
    expect(longest.body.points).toHaveLength(400);
  });

  it("answers 404 for an unknown campaign or another workspace's, whose events never count", async () => {
    const { key, campaignId, leadIds } = await setup(1);
    const other = await setup(1);
    await post(key, campaignId, [[leadIds[0] as string, '2026-11-02T09:00:00Z', { type: 'sent' }]]);
    await post(other.key, other.campaignId, [
      [other.leadIds[0] as string, '2026-11-02T10:00:00Z', { type: 'sent' }],
      [other.leadIds[0] as string, '2026-11-02T11:00:00Z', { type: 'opened' }],
    ]);
    const query = '?from=2026-11-02&to=2026-11-02&tz=UTC';
    const theirs = await trends(key, other.campaignId, query);
    expect(theirs.status).toBe(404);
    expect(theirs.type).toContain('application/problem+json');
    expect((await trends(other.key, campaignId, query)).status).toBe(404);
    expect((await trends(key, 'cmp_00000000000000000000000000', query)).status).toBe(404);
    expect((await trends(key, 'nope', query)).status).toBe(404);
    expect((await trends(key, campaignId, query)).body.points).toEqual([
      { date: '2026-11-02', ...ZERO, sent: 1 },
    ]);
    expect((await trends(other.key, other.campaignId, query)).body.points).toEqual([
      { date: '2026-11-02', ...ZERO, sent: 1, opened: 1 },
    ]);
    const anonymous = await app.request(`/v1/campaigns/${campaignId}/analytics/trends`);
    expect(anonymous.status).toBe(401);
  });
});
