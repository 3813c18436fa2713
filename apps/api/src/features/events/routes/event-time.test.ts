import { expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';

const NOW = Date.UTC(2026, 10, 27, 12);
const MINUTE = 60_000;

/** Issue 12, item 4: event times are accepted from 2000-01-01T00:00:00Z to 15 minutes after the server's clock. */
describeEachDatabase('event times outside the accepted range', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle, { clock: fixedClock(NOW) });
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const [lead] = await enrollEmails(app, key, campaignId, [uniqueEmail('time')]);
    const event = (occurred_at: string) => ({
      type: 'opened',
      campaign_id: campaignId,
      lead_id: lead?.leadId,
      occurred_at,
    });
    const post = (path: string, json: unknown) => app.request(path, { method: 'POST', key, json });
    return { app, key, campaignId, lead, event, post };
  };

  it.each([
    ['year 1', '0001-01-01T00:00:00Z', 'before 2000-01-01T00:00:00Z'],
    ['a millisecond before 2000', '1999-12-31T23:59:59.999Z', 'before 2000-01-01T00:00:00Z'],
    ['2000 written with an offset that puts it in 1999', '2000-01-01T00:30:00+01:00', 'before 2000'],
    ['16 minutes ahead of the server', new Date(NOW + 16 * MINUTE).toISOString(), '15 minutes in the future'],
    ['year 9999', '9999-12-31T23:59:59Z', '15 minutes in the future'],
  ])('POST /v1/events answers 400 for %s', async (_, time, message) => {
    const { event, post } = await setup();
    const response = await post('/v1/events', event(time));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson(response)).errors).toEqual([
      { path: 'body.occurred_at', message: expect.stringContaining(message) },
    ]);
  });

  it('accepts both ends of the range', async () => {
    const { event, post } = await setup();
    expect((await post('/v1/events', event('2000-01-01T00:00:00Z'))).status).toBe(202);
    expect((await post('/v1/events', event(new Date(NOW + 15 * MINUTE).toISOString()))).status).toBe(202);
  });

  it('answers 400, not a slow parse, for a huge occurred_at', async () => {
    const { event, post } = await setup();
    const response = await post('/v1/events', event(`2026-01-01T00:00:00.${'1'.repeat(100_000)}Z`));
    expect(response.status).toBe(400);
    expect((await readJson(response)).errors).toEqual([
      { path: 'body.occurred_at', message: expect.any(String) },
    ]);
  });

  it('POST /v1/events/batch marks such an item invalid and applies the others', async () => {
    const { event, post } = await setup();
    const response = await post('/v1/events/batch', {
      events: [event('0001-01-01T00:00:00Z'), event('2026-11-27T11:00:00Z')],
    });
    expect(response.status).toBe(200);
    const body = await readJson(response);
    expect(body.data.map((r: { result: string }) => r.result)).toEqual(['invalid', 'applied']);
    expect(body.data[0].errors).toEqual([{ path: 'occurred_at', message: expect.stringContaining('2000') }]);
  });

  it('POST /v1/messages answers 400 for a send time before 2000', async () => {
    const { campaignId, lead, post } = await setup();
    const response = await post('/v1/messages', {
      campaign_id: campaignId,
      lead_id: lead?.leadId,
      step: 1,
      occurred_at: '1970-01-01T00:00:00Z',
    });
    expect(response.status).toBe(400);
    expect((await readJson(response)).errors).toEqual([
      { path: 'body.occurred_at', message: expect.stringContaining('2000') },
    ]);
  });
});
