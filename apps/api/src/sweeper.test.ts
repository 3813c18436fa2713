import { afterEach, expect, it, vi } from 'vitest';
import { createApp } from './app.js';
import { buildProgram } from './cli/program.js';
import { createTrackingApp, type TrackingApp } from './features/tracking/test-support/tracking-app.js';
import { describeEachDatabase } from './test-support/test-databases.js';

const HOUR = 3_600_000;
const STEPS = [
  { subject: 'Hello', delay_hours: 0 },
  { subject: 'Following up', delay_hours: 24 },
];

describeEachDatabase('the sweeper', ({ database }) => {
  let t: TrackingApp;
  const app = () => {
    t ??= createTrackingApp(database.handle);
    return t;
  };
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  /** Leads that got both steps, the last one sent now. */
  async function finished(count: number) {
    const ctx = await app().setup(count, STEPS);
    for (const lead of ctx.leads) {
      await app().sendMessage(ctx.key, { campaign_id: ctx.campaignId, lead_id: lead.leadId, step: 1 });
    }
    app().clock.advance(24 * HOUR);
    for (const lead of ctx.leads) {
      await app().sendMessage(ctx.key, { campaign_id: ctx.campaignId, lead_id: lead.leadId, step: 2 });
    }
    return ctx;
  }

  const completedEvents = async (workspaceId: string) =>
    (await app().events(workspaceId)).filter((e) => e.type === 'sequence_completed');

  it('completes sequences whose final wait passed with no reply, and only those', async () => {
    const { workspaceId, key, campaignId, leads } = await finished(4);
    const [done, replied, autoReplied, engaged] = leads as Array<{ leadId: string; enrollmentId: string }>;
    const event = (json: Record<string, unknown>) =>
      app().request('/v1/events', { method: 'POST', key, json: { campaign_id: campaignId, ...json } });
    await event({ type: 'replied', lead_id: replied?.leadId });
    await event({ type: 'replied', auto_reply: true, lead_id: autoReplied?.leadId });
    app().clock.advance(HOUR);
    await event({ type: 'opened', lead_id: engaged?.leadId });

    // Not before the default final wait (72 h after the last step).
    app().clock.advance(70 * HOUR);
    await app().sweeper.runOnce();
    expect(await completedEvents(workspaceId)).toHaveLength(0);
    app().clock.advance(HOUR);
    const result = await app().sweeper.runOnce();
    expect(result.completed).toBeGreaterThanOrEqual(3);
    const completed = await completedEvents(workspaceId);
    expect(completed.map((e) => e.enrollment_id).sort()).toEqual(
      [done?.enrollmentId, autoReplied?.enrollmentId, engaged?.enrollmentId].sort(),
    );
    expect(completed[0]?.external_id).toMatch(/^seqdone:enr_/);
    for (const lead of [done, autoReplied, engaged]) {
      expect((await app().enrollment(workspaceId, lead?.enrollmentId as string)).status).toBe('completed');
    }
    expect((await app().enrollment(workspaceId, replied?.enrollmentId as string)).status).toBe('replied');
    // Nothing happens twice.
    await app().sweeper.runOnce();
    expect(await completedEvents(workspaceId)).toHaveLength(3);
  });

  it('never completes a paused lead, nor one before its last step', async () => {
    const { workspaceId, key, campaignId, leads } = await app().setup(2, STEPS);
    const [paused, early] = leads as Array<{ leadId: string; enrollmentId: string }>;
    for (const lead of [paused, early]) {
      await app().sendMessage(key, { campaign_id: campaignId, lead_id: lead?.leadId, step: 1 });
    }
    app().clock.advance(24 * HOUR);
    await app().sendMessage(key, { campaign_id: campaignId, lead_id: paused?.leadId, step: 2 });
    await app().request(`/v1/campaigns/${campaignId}/leads/${paused?.leadId}/pause`, {
      method: 'POST',
      key,
    });
    app().clock.advance(1000 * HOUR);
    await app().sweeper.runOnce();
    expect(await completedEvents(workspaceId)).toHaveLength(0);
  });

  it('uses the campaign’s final wait', async () => {
    const ctx = await app().setup(1, STEPS);
    const put = await app().request(`/v1/campaigns/${ctx.campaignId}/sequence`, {
      method: 'PUT',
      key: ctx.key,
      json: { final_wait_hours: 5 },
    });
    expect(put.status).toBe(200);
    const get = await app().request(`/v1/campaigns/${ctx.campaignId}/sequence`, { key: ctx.key });
    expect(await get.json()).toEqual({ campaign_id: ctx.campaignId, final_wait_hours: 5 });
    const lead = ctx.leads[0] as { leadId: string; enrollmentId: string };
    await app().sendMessage(ctx.key, { campaign_id: ctx.campaignId, lead_id: lead.leadId, step: 1 });
    app().clock.advance(24 * HOUR);
    await app().sendMessage(ctx.key, { campaign_id: ctx.campaignId, lead_id: lead.leadId, step: 2 });
    app().clock.advance(5 * HOUR);
    await app().sweeper.runOnce({ workspaceId: ctx.workspaceId });
    expect(await completedEvents(ctx.workspaceId)).toHaveLength(1);
  });

  it('rejects bad sequence settings and other workspaces’ campaigns', async () => {
    const a = await app().setup(1, STEPS);
    const b = await app().setup(1, STEPS);
    const put = (key: string, campaignId: string, json: unknown) =>
      app().request(`/v1/campaigns/${campaignId}/sequence`, { method: 'PUT', key, json });
    expect((await put(a.key, a.campaignId, { final_wait_hours: -1 })).status).toBe(400);
    expect((await put(a.key, a.campaignId, { final_wait_hours: 'x' })).status).toBe(400);
    expect((await put(a.key, b.campaignId, { final_wait_hours: 1 })).status).toBe(404);
    expect((await app().request(`/v1/campaigns/${b.campaignId}/sequence`, { key: a.key })).status).toBe(404);
  });

  it('records exactly one event per enrollment when sweepers race', async () => {
    const { workspaceId } = await finished(12);
    app().clock.advance(73 * HOUR);
    // Three independent apps (as three processes would be), sharing the database and the time.
    const now = app().clock.now();
    const others = [1, 2].map(() => createApp({ database: database.handle, clock: { now: () => now } }));
    const results = await Promise.all([
      app().sweeper.runOnce({ workspaceId }),
      ...others.map((o) => o.sweeper.runOnce({ workspaceId })),
    ]);
    const completed = await completedEvents(workspaceId);
    expect(completed).toHaveLength(12);
    expect(new Set(completed.map((e) => e.enrollment_id)).size).toBe(12);
    expect(results.reduce((sum, r) => sum + r.completed, 0)).toBe(12);
    const counts = await database.handle.db
      .selectFrom('enrollments')
      .select(['status'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(counts.every((r) => r.status === 'completed')).toBe(true);
    for (const o of others) await o.close();
  });

  it('settles clicks by itself a moment after they happen', async () => {
    const timed = createTrackingApp(database.handle, { settleAfterClick: true, clickSettleMs: 20 });
    const ctx = await timed.setup(1, STEPS);
    const lead = ctx.leads[0] as { leadId: string; enrollmentId: string };
    const { body } = await timed.sendMessage(ctx.key, {
      campaign_id: ctx.campaignId,
      lead_id: lead.leadId,
      step: 1,
      links: ['https://example.com/'],
    });
    timed.clock.advance(HOUR);
    await timed.request(body.click_urls['https://example.com/'], {
      headers: { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0' },
    });
    timed.clock.advance(1_000);
    await vi.waitFor(async () => {
      const clicked = (await timed.events(ctx.workspaceId)).filter((e) => e.type === 'clicked');
      expect(clicked).toHaveLength(1);
    }, 20_000);
    await timed.leadStatus.close();
  });

  it('runs as `leadstatus sweep`', async () => {
    const { workspaceId } = await finished(1);
    // The CLI uses the real clock: put the last send's due time in the past.
    await database.seed
      .updateTable('enrollments')
      .set({ next_due_at: Date.now() - HOUR })
      .where('workspace_id', '=', workspaceId)
      .execute();
    vi.stubEnv('DATABASE_URL', database.url);
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    await buildProgram()
      .exitOverride()
      .parseAsync(['node', 'leadstatus', 'sweep', '--workspace', workspaceId]);
    expect(stderr).toContain('Swept 1 workspace(s): 1 sequence(s) completed;');
    expect(await completedEvents(workspaceId)).toHaveLength(1);
  });
});
