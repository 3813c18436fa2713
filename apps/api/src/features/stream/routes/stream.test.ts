import { ulid } from 'ulid';
import { afterEach, expect, it } from 'vitest';
import type { Db } from '../../../platform/db/database.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import type { StreamSettings } from '../status-change-feed.js';
import type { SseFrame } from '../test-support/sse-reader.js';
import { createStreamTestApp, type StreamTestApp } from '../test-support/stream-test-app.js';

const changes = (frames: SseFrame[]) => frames.filter((f) => f.event === 'status.changed');
const isChange = (frame: SseFrame) => frame.event === 'status.changed';
/** A bound for frames that arrive within milliseconds: generous, so a loaded machine never fails it. */
const WAIT_MS = 30_000;

/** A status_changes row written straight to the table, with an id minted at `mintedAt`. */
async function insertChange(
  db: Db,
  target: { workspaceId: string; campaignId: string; enrollmentId: string; leadId: string },
  mintedAt: number,
) {
  // Not newId(): its monotonic factory never goes back in time, and these rows must.
  const id = `chg_${ulid(mintedAt)}`;
  await db
    .insertInto('status_changes')
    .values({
      workspace_id: target.workspaceId,
      id,
      enrollment_id: target.enrollmentId,
      campaign_id: target.campaignId,
      lead_id: target.leadId,
      from_status: 'sent',
      to_status: 'engaged',
      reason: null,
      event_id: null,
      changed_at: mintedAt,
      created_at: mintedAt,
    })
    .execute();
  return id;
}

describeEachDatabase('GET /v1/stream', ({ database }) => {
  const apps: StreamTestApp[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.dispose()));
  });

  /** An app, a workspace with two campaigns, and one enrolled lead in each. */
  async function setUp(settings: Partial<StreamSettings> = {}) {
    const app = createStreamTestApp(database.handle, settings);
    apps.push(app);
    const { workspaceId, apiKey: key } = await app.newWorkspace();
    const campaignA = await seedCampaign(database.seed, workspaceId, { name: 'A' });
    const campaignB = await seedCampaign(database.seed, workspaceId, { name: 'B' });
    const [inA] = await enrollEmails(app, key, campaignA, [uniqueEmail('stream')]);
    const [inB] = await enrollEmails(app, key, campaignB, [uniqueEmail('stream')]);
    if (!inA || !inB) throw new Error('enrollment failed');
    const post = async (campaignId: string, leadId: string, type = 'sent', extra: object = {}) => {
      const response = await app.request('/v1/events', {
        method: 'POST',
        key,
        json: { type, campaign_id: campaignId, lead_id: leadId, ...extra },
      });
      expect(response.status).toBe(202);
    };
    return { app, key, workspaceId, campaignA, campaignB, inA, inB, post };
  }

  it('sends status.changed with an id for a change made after connecting', async () => {
    const { app, key, workspaceId, campaignA, inA, post } = await setUp();
    const { response, reader, ready } = await app.openStream(key);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(ready.retry).toBe(2000);
    expect(ready.id).toMatch(/^chg_[0-9A-Z]{26}$/);

    await post(campaignA, inA.leadId, 'sent');
    const { frame } = await reader.until(isChange, WAIT_MS);
    const row = await database.handle.db
      .selectFrom('status_changes')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('enrollment_id', '=', inA.enrollmentId)
      .executeTakeFirstOrThrow();
    expect(frame.id).toBe(row.id);
    expect(frame.id && ready.id && frame.id > ready.id).toBe(true);
    expect(JSON.parse(frame.data ?? '')).toEqual({
      enrollment_id: inA.enrollmentId,
      lead_id: inA.leadId,
      campaign_id: campaignA,
      from: 'not_contacted',
      to: 'sent',
      reason: null,
      paused_until: null,
      at: new Date(row.changed_at).toISOString(),
    });
  });

  it('wakes at once for a change this process commits, without waiting for the poll', async () => {
    const { app, key, campaignA, inA, post } = await setUp({ pollIntervalMs: 60_000 });
    const { reader } = await app.openStream(key);
    await post(campaignA, inA.leadId, 'sent');
    expect(JSON.parse((await reader.until(isChange, WAIT_MS)).frame.data ?? '').to).toBe('sent');
  });

  it('sends only the named campaign’s changes', async () => {
    const { app, key, campaignA, campaignB, inA, inB, post } = await setUp();
    const { reader } = await app.openStream(key, `?campaign_id=${campaignB}`);
    await post(campaignA, inA.leadId, 'sent');
    await post(campaignB, inB.leadId, 'sent');
    const { frame, before } = await reader.until(isChange, WAIT_MS);
    expect(JSON.parse(frame.data ?? '').campaign_id).toBe(campaignB);
    expect(changes(before)).toEqual([]);
    // Nothing else came: changes arrive in commit order, so the next one is the next of campaign B.
    await post(campaignA, inA.leadId, 'replied');
    await post(campaignB, inB.leadId, 'replied');
    const next = await reader.until(isChange, WAIT_MS);
    expect(JSON.parse(next.frame.data ?? '')).toMatchObject({ campaign_id: campaignB, to: 'replied' });
    expect(changes(next.before)).toEqual([]);
  });

  it('never sends another workspace’s changes', async () => {
    const { app, key, campaignA, inA, post } = await setUp();
    const other = await setUp();
    const { reader } = await app.openStream(key);
    await other.post(other.campaignA, other.inA.leadId, 'sent');
    await other.post(other.campaignB, other.inB.leadId, 'sent');
    await post(campaignA, inA.leadId, 'sent');
    const { frame, before } = await reader.until(isChange, WAIT_MS);
    expect(JSON.parse(frame.data ?? '').lead_id).toBe(inA.leadId);
    expect(changes(before)).toEqual([]);
    await other.post(other.campaignA, other.inA.leadId, 'replied');
    await post(campaignA, inA.leadId, 'replied');
    const next = await reader.until(isChange, WAIT_MS);
    expect(JSON.parse(next.frame.data ?? '')).toMatchObject({ lead_id: inA.leadId, to: 'replied' });
    expect(changes(next.before)).toEqual([]);
  });

  it('replays what was missed after Last-Event-ID (header or query), then goes live', async () => {
    const { app, key, campaignA, campaignB, inA, inB, post } = await setUp();
    const first = await app.openStream(key);
    await post(campaignA, inA.leadId, 'sent');
    const seen = (await first.reader.until(isChange, WAIT_MS)).frame;
    await first.reader.cancel();

    // While disconnected.
    await post(campaignA, inA.leadId, 'replied');
    await post(campaignB, inB.leadId, 'sent');

    for (const how of ['header', 'query'] as const) {
      const again =
        how === 'header'
          ? await app.openStream(key, '', { 'Last-Event-ID': seen.id ?? '' })
          : await app.openStream(key, `?last_event_id=${seen.id}`);
      expect(again.ready.id).toBe(seen.id);
      const replayed = (await again.reader.take(2, isChange, WAIT_MS)).map((f) => JSON.parse(f.data ?? ''));
      expect(
        replayed.map((d) => [d.lead_id, d.to]),
        how,
      ).toEqual([
        [inA.leadId, 'replied'],
        [inB.leadId, 'sent'],
      ]);
      await again.reader.cancel();
    }

    const live = await app.openStream(key, '', { 'Last-Event-ID': seen.id ?? '' });
    await live.reader.take(2, isChange, WAIT_MS);
    await post(campaignB, inB.leadId, 'replied');
    // The replay sent nothing more: the next change is the live one.
    const next = await live.reader.until(isChange, WAIT_MS);
    expect(JSON.parse(next.frame.data ?? '')).toMatchObject({
      lead_id: inB.leadId,
      from: 'sent',
      to: 'replied',
    });
    expect(changes(next.before)).toEqual([]);
  });

  it('replays only the named campaign after Last-Event-ID', async () => {
    const { app, key, campaignA, campaignB, inA, inB, post } = await setUp();
    const { ready, reader } = await app.openStream(key);
    await reader.cancel();
    await post(campaignA, inA.leadId, 'sent');
    await post(campaignB, inB.leadId, 'sent');
    const again = await app.openStream(key, `?campaign_id=${campaignA}`, { 'Last-Event-ID': ready.id ?? '' });
    const [replayed] = await again.reader.take(1, isChange, WAIT_MS);
    expect(JSON.parse(replayed?.data ?? '').campaign_id).toBe(campaignA);
    await post(campaignB, inB.leadId, 'replied');
    await post(campaignA, inA.leadId, 'replied');
    const next = await again.reader.until(isChange, WAIT_MS);
    expect(JSON.parse(next.frame.data ?? '')).toMatchObject({ campaign_id: campaignA, to: 'replied' });
    expect(changes(next.before)).toEqual([]);
  });

  it('delivers a change that commits late with a smaller id, exactly once, live and after a reconnect', async () => {
    const { app, key, workspaceId, campaignA, inA } = await setUp();
    const target = { workspaceId, campaignId: campaignA, ...inA };
    const db = database.seed;
    const { reader } = await app.openStream(key);

    const now = Date.now();
    const newer = await insertChange(db, target, now);
    expect((await reader.until(isChange, WAIT_MS)).frame.id).toBe(newer);
    // Minted 500 ms before the row already delivered (another process's clock, a long transaction).
    const older = await insertChange(db, target, now - 500);
    expect(older < newer).toBe(true);
    expect((await reader.until(isChange, WAIT_MS)).frame.id).toBe(older);
    // Polls keep re-reading the trailing window: nothing comes twice before the next new change.
    const sentinel = await insertChange(db, target, Date.now());
    const next = await reader.until(isChange, WAIT_MS);
    expect([next.frame.id, changes(next.before)]).toEqual([sentinel, []]);

    // A client holding `newer` disconnects; a row minted before it commits; the reconnect gets it.
    await reader.cancel();
    const late = await insertChange(db, target, now - 300);
    const again = await app.openStream(key, '', { 'Last-Event-ID': newer });
    // The replay sends the window before Last-Event-ID again (`older` and `late`), never `newer` itself.
    const replayed = (await again.reader.take(3, isChange, WAIT_MS)).map((f) => f.id);
    expect(replayed).toEqual([older, late, sentinel]);
    const last = await insertChange(db, target, Date.now());
    const after = await again.reader.until(isChange, WAIT_MS);
    expect([after.frame.id, changes(after.before)]).toEqual([last, []]);
  });

  it('sends a heartbeat comment', async () => {
    const { app, key } = await setUp({ heartbeatMs: 40 });
    const { reader } = await app.openStream(key);
    const { frame } = await reader.until((f) => f.comment !== undefined, WAIT_MS);
    expect(frame.comment).toBe('ping');
  });

  it('answers 400 and 404 problems before streaming', async () => {
    const { app, key, campaignA } = await setUp();
    const other = await setUp();
    const cases: Array<[string, Record<string, string>, number, string]> = [
      ['', { 'Last-Event-ID': 'evt_01JDQ7X3M6V1W8A2B4C6D8E0F2' }, 400, 'header.last-event-id'],
      ['?last_event_id=nope', {}, 400, 'query.last_event_id'],
      ['?campaign_id=nope', {}, 400, 'query.campaign_id'],
      ['?campaign_id=cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2', {}, 404, ''],
      [`?campaign_id=${other.campaignA}`, {}, 404, ''],
    ];
    for (const [query, headers, status, path] of cases) {
      const response = await app.request(`/v1/stream${query}`, { key, headers });
      expect(response.status, query).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const body = await readJson(response);
      if (path) expect(body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
    expect((await app.request(`/v1/stream?campaign_id=${campaignA}`)).status).toBe(401);
  });

  it('limits open streams per workspace with a 429 problem', async () => {
    const { app, key } = await setUp({ maxStreamsPerWorkspace: 2 });
    const first = await app.openStream(key);
    await app.openStream(key);
    const refused = await app.request('/v1/stream', { key });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect((await readJson(refused)).type).toBe('/problems/rate-limited');
    await first.reader.cancel();
    await expect
      .poll(async () => {
        const response = await app.request('/v1/stream', { key });
        await response.body?.cancel();
        return response.status;
      })
      .toBe(200);
  });

  it('ends open streams when the app closes', async () => {
    const { app, key } = await setUp();
    const { reader } = await app.openStream(key);
    await app.close();
    await expect(reader.next(WAIT_MS)).resolves.toBeUndefined();
  });
});
