import { expect, it } from 'vitest';
import { readCounters } from '../features/analytics/counters.repository.js';
import { contactedOracle, expectRatesWithinContacted } from '../features/analytics/test-support/contacted.js';
import { dailyOracle, dailySnapshot } from '../features/analytics/test-support/daily-rollups.js';
import { enrollEmails, seedCampaign } from '../test-support/fixtures.js';
import { createTestApp } from '../test-support/test-app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { recountCounters } from './recount.js';

/** A seeded PRNG (mulberry32), so a failing stream reproduces from its seed. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
/** Reporting zones the streams switch between: whole, half and three-quarter hour offsets. */
const ZONES = ['UTC', 'Europe/Paris', 'Asia/Kolkata', 'America/New_York', 'Pacific/Chatham'];

const EVENTS: Array<Record<string, unknown>> = [
  { type: 'sent' },
  { type: 'sent' },
  { type: 'opened' },
  { type: 'opened', user_agent: 'Mozilla/5.0 (compatible; Barracuda Sentinel)' },
  { type: 'clicked' },
  { type: 'replied' },
  { type: 'replied', auto_reply: true },
  { type: 'bounced', bounce_type: 'soft' },
  { type: 'bounced', bounce_type: 'hard' },
  { type: 'rejected' },
  { type: 'unsubscribed' },
  { type: 'unsubscribed', reason: 'one_click' },
  { type: 'unsubscribed', reason: 'manual' },
  { type: 'unsubscribed', reason: 'dnc_list' },
  { type: 'complained' },
  { type: 'sequence_completed' },
];
/** A sending engine that reports replies, opens and bounces but never a send. */
const WITHOUT_SENDS = EVENTS.filter((e) => e.type !== 'sent');

/** Non-zero counters per campaign, as plain objects. */
async function snapshot(db: Parameters<typeof readCounters>[0], workspaceId: string) {
  const result: Record<string, Record<string, number>> = {};
  for (const [campaignId, metrics] of await readCounters(db, workspaceId)) {
    const nonZero = Object.fromEntries([...metrics].filter(([, v]) => v !== 0).sort());
    if (Object.keys(nonZero).length > 0) result[campaignId] = nonZero;
  }
  return result;
}

/** The maintained `contacted` counter of each campaign with a non-zero one. */
async function contactedCounters(db: Parameters<typeof readCounters>[0], workspaceId: string) {
  const result: Record<string, number> = {};
  for (const [campaignId, metrics] of await readCounters(db, workspaceId)) {
    const contacted = metrics.get('contacted') ?? 0;
    if (contacted !== 0) result[campaignId] = contacted;
  }
  return result;
}

describeEachDatabase('maintained counters equal a recount', ({ database }) => {
  it('over 30 random event streams with duplicates, late events, pauses, opt-outs, DNC rules, erasures and zone changes', async () => {
    const app = createTestApp(database.handle);
    const db = database.handle.db;
    const seen = {
      erasures: 0,
      zoneChanges: 0,
      batches: 0,
      cells: 0,
      lateSends: 0,
      dncEmails: 0,
      checks: 0,
      streamsWithoutSends: 0,
      fanOuts: 0,
      dncBlocks: 0,
      manualUnsubscribes: 0,
    };
    for (let seed = 1; seed <= 30; seed++) {
      const random = prng(seed);
      const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
      // Every third stream comes from an engine that reports no sends at all.
      const withoutSends = seed % 3 === 0;
      if (withoutSends) seen.streamsWithoutSends += 1;
      const menu = withoutSends ? WITHOUT_SENDS : EVENTS;
      const { apiKey: key, workspaceId } = await app.newWorkspace(`recount ${seed}`);
      let zone = pick(ZONES);
      const setZone = async (timezone: string) => {
        const response = await app.request('/v1/workspace', {
          method: 'PATCH',
          key,
          json: { settings: { timezone } },
        });
        expect(response.status).toBe(200);
        zone = timezone;
      };
      await setZone(zone);
      const campaigns = [
        await seedCampaign(database.seed, workspaceId),
        await seedCampaign(database.seed, workspaceId),
      ];
      const domain = `d${seed}-${Date.now().toString(36)}.example`;
      const emails = [`a@${domain}`, `b@${domain}`, `c${seed}@other-${domain}`, `d${seed}@other-${domain}`];
      const leadIds: string[] = [];
      for (const campaignId of campaigns) {
        for (const e of await enrollEmails(
          app,
          key,
          campaignId,
          emails.slice(0, 2 + Math.floor(random() * 3)),
        ))
          if (!leadIds.includes(e.leadId)) leadIds.push(e.leadId);
      }
      const used: string[] = [];
      // Over three days, so events straddle local midnights; late ones go back in time.
      const randomTime = () => new Date(T0 + Math.floor(random() * 3 * 24 * 60) * 60_000).toISOString();
      const eventJson = (campaignId: string, leadId: string) => {
        // Duplicates reuse an earlier id.
        const duplicate = used.length > 0 && random() < 0.15;
        const id = duplicate ? pick(used) : `s${seed}-${used.length}-${random().toString(36).slice(2, 8)}`;
        if (!duplicate) used.push(id);
        return { ...pick(menu), id, campaign_id: campaignId, lead_id: leadId, occurred_at: randomTime() };
      };
      for (let step = 0; step < 30; step++) {
        const roll = random();
        const campaignId = pick(campaigns);
        const leadId = pick(leadIds);
        if (roll < 0.02) {
          if ((await app.request(`/v1/leads/${leadId}`, { method: 'DELETE', key })).status === 204)
            seen.erasures += 1;
        } else if (roll < 0.05) {
          await setZone(pick(ZONES));
          seen.zoneChanges += 1;
        } else if (roll < 0.15) {
          // A batch: several events of one enrollment, often on the same day.
          const response = await app.request('/v1/events/batch', {
            method: 'POST',
            key,
            json: {
              events: Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
                eventJson(campaignId, leadId),
              ),
            },
          });
          expect(response.status, `seed ${seed} step ${step}`).toBe(200);
          seen.batches += 1;
        } else if (roll < 0.23) {
          await app.request(`/v1/campaigns/${campaignId}/leads/${leadId}/${pick(['pause', 'resume'])}`, {
            method: 'POST',
            key,
          });
        } else if (roll < 0.25) {
          await app.request('/v1/dnc', { method: 'POST', key, json: { value: `@${domain}` } });
        } else if (roll < 0.27) {
          // An address put on the DNC list by hand: its enrollments unsubscribe (dnc_list), uncontacted.
          await app.request('/v1/dnc', { method: 'POST', key, json: { value: pick(emails) } });
          seen.dncEmails += 1;
        } else if (roll < 0.31 && !withoutSends) {
          // A send reported after what it led to: before every other event of the stream.
          const response = await app.request('/v1/events', {
            method: 'POST',
            key,
            json: {
              id: `s${seed}-late-${step}`,
              type: 'sent',
              campaign_id: campaignId,
              lead_id: leadId,
              occurred_at: new Date(T0 - 60_000).toISOString(),
            },
          });
          expect([200, 202, 404], `seed ${seed} step ${step}`).toContain(response.status);
          if (response.status === 202) seen.lateSends += 1;
        } else if (roll < 0.28) {
          // A lead enrolled late: maybe blocked by the rule above, maybe not.
          const target = pick(emails);
          await enrollEmails(app, key, campaignId, [target]);
        } else {
          const response = await app.request('/v1/events', {
            method: 'POST',
            key,
            json: eventJson(campaignId, leadId),
          });
          // 404: the lead is not in that campaign (or was erased); the rest must be applied.
          expect([200, 202, 404], `seed ${seed} step ${step}`).toContain(response.status);
        }
        // After every step, every rate of every campaign (and of the workspace) is within [0, 1].
        await expectRatesWithinContacted(db, workspaceId, `seed ${seed} step ${step}`);
        seen.checks += 1;
      }
      expect(await contactedOracle(db, workspaceId), `seed ${seed}`).toEqual(
        await contactedCounters(db, workspaceId),
      );
      for (const e of await db
        .selectFrom('events')
        .select(['type', 'reason', 'propagated'])
        .where('workspace_id', '=', workspaceId)
        .execute()) {
        if (e.propagated === 1 && e.type === 'unsubscribed' && e.reason !== 'dnc_list') seen.fanOuts += 1;
        if (e.type === 'blocked') seen.dncBlocks += 1;
        if (e.reason === 'manual') seen.manualUnsubscribes += 1;
      }
      const maintained = await snapshot(db, workspaceId);
      const daily = await dailySnapshot(db, workspaceId);
      expect(daily, `seed ${seed} (${zone})`).toEqual(
        await dailyOracle(db, workspaceId, [...new Set(['UTC', zone])]),
      );
      const result = await recountCounters(database.handle, { workspaceId });
      expect(await snapshot(db, workspaceId), `seed ${seed}`).toEqual(maintained);
      expect(await dailySnapshot(db, workspaceId), `seed ${seed}`).toEqual(daily);
      expect(result.corrected, `seed ${seed}`).toBe(0);
      expect(result.dailyCorrected, `seed ${seed}`).toBe(0);
      seen.cells += Object.keys(daily).length;
    }
    // The streams did exercise every path.
    expect(
      Math.min(
        seen.erasures,
        seen.zoneChanges,
        seen.batches,
        seen.lateSends,
        seen.dncEmails,
        seen.fanOuts,
        seen.dncBlocks,
        seen.manualUnsubscribes,
      ),
      JSON.stringify(seen),
    ).toBeGreaterThan(3);
    expect(seen.streamsWithoutSends).toBe(10);
    expect(seen.checks).toBe(30 * 30);
    expect(seen.cells).toBeGreaterThan(500);
    // 900 steps with a counter check each: a generous budget for a loaded 2-core machine, not a timing assertion.
  }, 300_000);

  it('repairs counters that drifted, for one workspace or all', async () => {
    const app = createTestApp(database.handle);
    const db = database.handle.db;
    const { apiKey: key, workspaceId } = await app.newWorkspace('drift');
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const [lead] = await enrollEmails(app, key, campaignId, [`drift-${Date.now()}@example.com`]);
    await app.request('/v1/events', {
      method: 'POST',
      key,
      json: { type: 'sent', campaign_id: campaignId, lead_id: lead?.leadId },
    });
    const right = await snapshot(db, workspaceId);
    await database.seed
      .updateTable('campaign_counters')
      .set({ value: 99 })
      .where('workspace_id', '=', workspaceId)
      .where('metric', '=', 'contacted')
      .execute();
    await database.seed
      .insertInto('campaign_counters')
      .values({ workspace_id: workspaceId, campaign_id: campaignId, metric: 'replied', slot: 3, value: 5 })
      .execute();
    const result = await recountCounters(database.handle);
    expect(result.workspaces).toBeGreaterThanOrEqual(1);
    expect(result.corrected).toBeGreaterThanOrEqual(2);
    expect(await snapshot(db, workspaceId)).toEqual(right);
    expect(right[campaignId]).toMatchObject({ enrolled: 1, contacted: 1, 'status:sent': 1 });
  });
});
