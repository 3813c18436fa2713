import { EVENT_TYPES } from '@leadstatus/core';
import { expect, it } from 'vitest';
import { consistencyProblems } from '../../engine/derived-state-check.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../test-support/fixtures.js';
import { createTestApp } from '../../test-support/test-app.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { readCounters } from '../analytics/counters.repository.js';

/** A small deterministic PRNG so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describeEachDatabase('concurrent events on the same enrollments', ({ database }) => {
  it('never lose an update: every enrollment ends as deriveStatus of its stored events, opt-outs everywhere', async () => {
    const app = createTestApp(database.handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignA = await seedCampaign(database.seed, workspaceId, { name: 'A' });
    const campaignB = await seedCampaign(database.seed, workspaceId, { name: 'B' });
    const emails = Array.from({ length: 4 }, () => uniqueEmail('hot'));
    // Each lead is in both campaigns, so unsubscribes fan out and lock rows across campaigns.
    const inA = await enrollEmails(app, key, campaignA, emails);
    await enrollEmails(app, key, campaignB, emails);

    const next = random(42);
    const types = EVENT_TYPES.filter((t) => t !== 'unsubscribed' && t !== 'complained');
    const base = Date.UTC(2026, 10, 1);
    const requests = Array.from({ length: 240 }, (_, i) => {
      const lead = inA[Math.floor(next() * inA.length)];
      const type = i % 60 === 59 ? 'unsubscribed' : types[Math.floor(next() * types.length)];
      return {
        type,
        campaign_id: next() < 0.5 ? campaignA : campaignB,
        lead_id: lead?.leadId,
        // Out of order on purpose: many events arrive late.
        occurred_at: new Date(base + Math.floor(next() * 10_000) * 1000).toISOString(),
        ...(type === 'bounced' ? { bounce_type: next() < 0.7 ? 'soft' : 'hard' } : {}),
        ...(type === 'opened' || type === 'clicked' ? { machine: next() < 0.2 } : {}),
        ...(type === 'replied' ? { auto_reply: next() < 0.2 } : {}),
        ...(next() < 0.1 ? { id: `dup-${i % 7}` } : {}),
      };
    });
    const responses = await Promise.all(
      requests.map((json) => app.request('/v1/events', { method: 'POST', key, json })),
    );
    expect(responses.map((r) => r.status).filter((s) => s !== 202 && s !== 200)).toEqual([]);

    // Every enrollment against its own events (status_changed_at included), and the opt-out rules
    // across records: each unsubscribe reached the lead's other campaign and the DNC list.
    expect(await consistencyProblems(database.handle.db, workspaceId)).toEqual([]);

    const rows = await database.handle.db
      .selectFrom('enrollments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .execute();
    const counters = await readCounters(database.handle.db, workspaceId);
    for (const campaignId of [campaignA, campaignB]) {
      const expected: Record<string, number> = {};
      for (const row of rows.filter((r) => r.campaign_id === campaignId)) {
        expected[`status:${row.status}`] = (expected[`status:${row.status}`] ?? 0) + 1;
      }
      const actual = Object.fromEntries(
        [...(counters.get(campaignId) ?? [])].filter(([m, v]) => v !== 0 && m.startsWith('status:')),
      );
      expect(actual, campaignId).toEqual(expected);
    }
  }, 60_000);
});
