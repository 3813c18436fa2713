import { expect, it } from 'vitest';
import { readCounters } from '../features/analytics/counters.repository.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { applyCounterDeltas, COUNTER_SLOTS, mergeDeltas } from './counters.repository.js';

describeEachDatabase('campaign counters', ({ database, dialect }) => {
  it('add up over many calls, across slots, per campaign and metric; deltas that cancel change nothing', async () => {
    // A unit test of the helper write commands call: it writes on the seed connection.
    const db = database.seed;
    const workspaceId = `ws_counters_${dialect}`;
    for (let i = 0; i < 40; i++) {
      await db.transaction().execute((trx) =>
        applyCounterDeltas(trx, dialect, workspaceId, [
          { campaignId: 'cmp_b', metric: 'status:sent', delta: 1 },
          { campaignId: 'cmp_a', metric: 'status:sent', delta: 2 },
          { campaignId: 'cmp_a', metric: 'status:engaged', delta: 1 },
          { campaignId: 'cmp_a', metric: 'status:sent', delta: -1 },
          { campaignId: 'cmp_b', metric: 'status:replied', delta: 1 },
          { campaignId: 'cmp_b', metric: 'status:replied', delta: -1 },
        ]),
      );
    }
    await applyCounterDeltas(db, dialect, workspaceId, []);
    const counters = await readCounters(db, workspaceId);
    expect(Object.fromEntries(counters.get('cmp_a') ?? [])).toEqual({
      'status:sent': 40,
      'status:engaged': 40,
    });
    expect(Object.fromEntries(counters.get('cmp_b') ?? [])).toEqual({ 'status:sent': 40 });
    const slots = await db
      .selectFrom('campaign_counters')
      .select('slot')
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(slots.every((s) => s.slot >= 0 && s.slot < COUNTER_SLOTS)).toBe(true);
    // Spread over more than one slot: concurrent writers rarely wait on the same row.
    expect(new Set(slots.map((s) => s.slot)).size).toBeGreaterThan(1);
  });

  it('merge deltas per campaign and metric', () => {
    expect(
      mergeDeltas([
        { campaignId: 'c', metric: 'm', delta: 2 },
        { campaignId: 'c', metric: 'm', delta: -2 },
        { campaignId: 'c', metric: 'n', delta: 1 },
      ]),
    ).toEqual([{ campaignId: 'c', metric: 'n', delta: 1 }]);
  });
});
