import type { KyselyPlugin, RootOperationNode } from 'kysely';
import { ulid } from 'ulid';
import { expect, it } from 'vitest';
import { systemClock } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { silentLogger } from '../../platform/logger.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { StatusChangeFeed, type Subscriber } from './status-change-feed.js';
import type { StatusChangeRow } from './status-changes.repository.js';

/** Counts the queries that reach the database. */
function countingPlugin() {
  const counter = { queries: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }): RootOperationNode => {
      counter.queries += 1;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { counter, plugin };
}

function collector(campaignId?: string) {
  const filter = { campaignIds: campaignId === undefined ? undefined : [campaignId], statuses: undefined };
  const rows: StatusChangeRow[] = [];
  let ended = false;
  const subscriber: Subscriber = {
    filter,
    deliver: (row) => rows.push(row),
    end: () => {
      ended = true;
    },
  };
  return { subscriber, rows, ended: () => ended };
}

describeEachDatabase('the status change feed', ({ database }) => {
  async function insert(workspaceId: string, campaignId = 'cmp_feed') {
    const now = Date.now();
    const id = newId('chg', now);
    await database.seed
      .insertInto('status_changes')
      .values({
        workspace_id: workspaceId,
        id,
        enrollment_id: 'enr_feed',
        campaign_id: campaignId,
        lead_id: 'lead_feed',
        from_status: 'not_contacted',
        to_status: 'sent',
        reason: null,
        event_id: null,
        changed_at: now,
        created_at: now,
      })
      .execute();
    return id;
  }

  it('polls once per workspace, however many streams it has, and stops when the last one leaves', async () => {
    const { counter, plugin } = countingPlugin();
    // No timer tick within the test: every poll here is one that notify() asked for, so they can be counted.
    const feed = new StatusChangeFeed({
      db: database.handle.db.withPlugin(plugin),
      clock: systemClock,
      logger: silentLogger(),
      settings: { pollIntervalMs: 600_000 },
    });
    const workspaceId = `ws_${ulid()}`;
    const streams = Array.from({ length: 20 }, () => collector());
    const subscriptions = await Promise.all(streams.map((s) => feed.subscribe(workspaceId, s.subscriber)));
    // Primed once for the workspace, not once per stream.
    expect(counter.queries).toBe(1);

    const before = counter.queries;
    const id = await insert(workspaceId);
    feed.notify(workspaceId);
    await expect
      .poll(() => streams.every((s) => s.rows.some((r) => r.id === id)), { timeout: 20_000 })
      .toBe(true);
    expect(streams.map((s) => s.rows.length)).toEqual(streams.map(() => 1));
    expect(counter.queries - before).toBe(1);

    for (const subscription of subscriptions) if (typeof subscription === 'object') subscription.close();
    expect(feed.streamCount(workspaceId)).toBe(0);
    const after = counter.queries;
    feed.notify(workspaceId);
    await new Promise((resolve) => setImmediate(resolve));
    expect(counter.queries).toBe(after);
    await feed.close();
  });

  it('delivers by campaign, and ends every subscriber on close', async () => {
    const feed = new StatusChangeFeed({
      db: database.handle.db,
      clock: systemClock,
      logger: silentLogger(),
      settings: { pollIntervalMs: 10 },
    });
    const workspaceId = `ws_${ulid()}`;
    const all = collector();
    const one = collector('cmp_one');
    await feed.subscribe(workspaceId, all.subscriber);
    await feed.subscribe(workspaceId, one.subscriber);
    const other = await insert(workspaceId, 'cmp_other');
    const mine = await insert(workspaceId, 'cmp_one');
    await expect.poll(() => all.rows.length, { timeout: 20_000 }).toBe(2);
    expect(all.rows.map((r) => r.id)).toEqual([other, mine]);
    expect(one.rows.map((r) => r.id)).toEqual([mine]);
    await feed.close();
    expect([all.ended(), one.ended()]).toEqual([true, true]);
    expect(await feed.subscribe(workspaceId, collector().subscriber)).toBe('closed');
  });
});
