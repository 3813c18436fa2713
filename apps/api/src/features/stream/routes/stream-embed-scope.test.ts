import { afterEach, expect, it } from 'vitest';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import type { SseFrame } from '../test-support/sse-reader.js';
import { createStreamTestApp, type StreamTestApp } from '../test-support/stream-test-app.js';

/** A bound for frames that arrive within milliseconds: generous, so a loaded machine never fails it. */
const WAIT_MS = 30_000;
const isChange = (frame: SseFrame) => frame.event === 'status.changed';
const dataOf = (frame: SseFrame) => JSON.parse(frame.data ?? '') as Record<string, string>;

/**
 * An embed token's scope holds on the stream as on every read: a campaign-locked token hears only its
 * campaigns, a status-locked token only changes entering or leaving its statuses, live and on replay.
 * "Nothing else arrived" is proven without waiting: changes are delivered in commit order, so every
 * change committed before the awaited one would have arrived before it.
 */
describeEachDatabase('GET /v1/stream with an embed token', ({ database }) => {
  const apps: StreamTestApp[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.dispose()));
  });

  async function setUp() {
    const app = createStreamTestApp(database.handle);
    apps.push(app);
    const { workspaceId, apiKey: key } = await app.newWorkspace();
    const shown = await seedCampaign(database.seed, workspaceId, { name: 'Shown' });
    const hidden = await seedCampaign(database.seed, workspaceId, { name: 'Hidden' });
    const [inShown, alsoShown] = await enrollEmails(app, key, shown, [uniqueEmail('s'), uniqueEmail('s')]);
    const [inHidden] = await enrollEmails(app, key, hidden, [uniqueEmail('h')]);
    if (!inShown || !alsoShown || !inHidden) throw new Error('enrollment failed');
    const post = async (campaignId: string, leadId: string, type: string) => {
      const response = await app.request('/v1/events', {
        method: 'POST',
        key,
        json: { type, campaign_id: campaignId, lead_id: leadId },
      });
      expect(response.status).toBe(202);
    };
    const mint = async (scope: object) => {
      const response = await app.request('/v1/embed-tokens', { method: 'POST', key, json: scope });
      expect(response.status).toBe(201);
      return (await readJson(response)).token as string;
    };
    return { app, shown, hidden, inShown, alsoShown, inHidden, post, mint };
  }

  it('hears only the campaigns a campaign-locked token names, live and on replay', async () => {
    const { app, shown, hidden, inShown, inHidden, post, mint } = await setUp();
    const token = await mint({ campaign_ids: [shown] });
    const { reader, ready } = await app.openStream(token);
    await post(hidden, inHidden.leadId, 'sent');
    await post(shown, inShown.leadId, 'sent');
    const live = await reader.until(isChange, WAIT_MS);
    expect(dataOf(live.frame)).toMatchObject({ campaign_id: shown, lead_id: inShown.leadId, to: 'sent' });
    expect(live.before.filter(isChange)).toEqual([]);
    await reader.cancel();

    const replay = await app.openStream(token, '', { 'Last-Event-ID': ready.id ?? '' });
    const replayed = await replay.reader.until(isChange, WAIT_MS);
    expect(dataOf(replayed.frame).campaign_id).toBe(shown);
    expect(replayed.before.filter(isChange)).toEqual([]);
    // The hidden campaign cannot be asked for by name either.
    const named = await app.request(`/v1/stream?campaign_id=${hidden}`, { key: token });
    expect(named.status).toBe(404);
  });

  it('hears only changes entering or leaving the statuses a status-locked token names', async () => {
    const { app, shown, hidden, inShown, alsoShown, inHidden, post, mint } = await setUp();
    const token = await mint({ statuses: ['replied'] });
    const { reader } = await app.openStream(token);
    await post(hidden, inHidden.leadId, 'sent'); // not_contacted -> sent: outside the lock
    await post(shown, alsoShown.leadId, 'opened'); // not_contacted -> engaged: outside the lock
    await post(shown, inShown.leadId, 'replied'); // enters the lock
    const entered = await reader.until(isChange, WAIT_MS);
    expect(dataOf(entered.frame)).toMatchObject({
      lead_id: inShown.leadId,
      from: 'not_contacted',
      to: 'replied',
    });
    expect(entered.before.filter(isChange)).toEqual([]);

    // Leaving a locked status is sent, so a widget can drop the row; the next change outside is not.
    await post(shown, inShown.leadId, 'unsubscribed');
    await post(hidden, inHidden.leadId, 'opened');
    await post(hidden, inHidden.leadId, 'replied');
    const left = await reader.take(2, isChange, WAIT_MS);
    expect(left.map((f) => [dataOf(f).lead_id, dataOf(f).from, dataOf(f).to])).toEqual([
      [inShown.leadId, 'replied', 'unsubscribed'],
      [inHidden.leadId, 'engaged', 'replied'],
    ]);
  });
});

describeEachDatabase('GET /v1/leads/{id} with a scoped embed token', ({ database }) => {
  it('shows only the enrollments and timeline in scope, and 404 when none is', async () => {
    const app = createStreamTestApp(database.handle);
    try {
      const { workspaceId, apiKey: key } = await app.newWorkspace();
      const shown = await seedCampaign(database.seed, workspaceId, { name: 'Shown' });
      const hidden = await seedCampaign(database.seed, workspaceId, { name: 'Hidden' });
      const email = uniqueEmail('both');
      const [inShown] = await enrollEmails(app, key, shown, [email]);
      const [inHidden] = await enrollEmails(app, key, hidden, [email]);
      const leadId = inShown?.leadId as string;
      for (const [campaignId, type] of [
        [shown, 'sent'],
        [hidden, 'sent'],
        [hidden, 'replied'],
      ] as const) {
        const response = await app.request('/v1/events', {
          method: 'POST',
          key,
          json: { type, campaign_id: campaignId, lead_id: leadId },
        });
        expect(response.status).toBe(202);
      }
      const mint = async (scope: object) =>
        (await readJson(await app.request('/v1/embed-tokens', { method: 'POST', key, json: scope })))
          .token as string;
      const details = async (token: string) => app.request(`/v1/leads/${leadId}`, { key: token });
      type Details = {
        enrollments: Array<{ enrollment_id: string }>;
        timeline: Array<{ enrollment_id?: string; campaign_id?: string }>;
      };

      for (const scope of [{ campaign_ids: [shown] }, { statuses: ['sent'] }]) {
        const response = await details(await mint(scope));
        expect(response.status, JSON.stringify(scope)).toBe(200);
        const body = (await readJson(response)) as Details;
        expect(body.enrollments.map((e) => e.enrollment_id)).toEqual([inShown?.enrollmentId]);
        expect(body.timeline.length).toBeGreaterThan(0);
        expect(body.timeline.every((item) => item.enrollment_id === inShown?.enrollmentId)).toBe(true);
        expect(JSON.stringify(body)).not.toContain(inHidden?.enrollmentId as string);
        expect(JSON.stringify(body)).not.toContain(hidden);
      }
      for (const scope of [{ statuses: ['bounced'] }, { campaign_ids: [shown], statuses: ['replied'] }]) {
        expect((await details(await mint(scope))).status, JSON.stringify(scope)).toBe(404);
      }
      // Both enrollments for a token that may read both.
      const both = (await readJson(await details(await mint({ statuses: ['sent', 'replied'] })))) as Details;
      expect(both.enrollments).toHaveLength(2);
    } finally {
      await app.dispose();
    }
  });
});
