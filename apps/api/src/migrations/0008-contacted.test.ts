import { Migrator } from 'kysely';
import { expect, it } from 'vitest';
import { enrollmentsNotDerived } from '../engine/derived-state-check.js';
import { readCounters } from '../features/analytics/counters.repository.js';
import type { DatabaseHandle } from '../platform/db/open-database.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../test-support/fixtures.js';
import { readJson } from '../test-support/read-json.js';
import { createTestApp } from '../test-support/test-app.js';
import { describeEachDatabase, type TestDatabase } from '../test-support/test-databases.js';
import { allMigrations } from './index.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 9, minutes)).toISOString();

/** The migrator of migrate.ts, to go back to the schema before `0008-contacted`. */
function migrator(database: TestDatabase) {
  return new Migrator({
    // Migrations write: on the test's writable connection (the handle's own is read-only on SQLite).
    db: database.seed,
    provider: { getMigrations: async () => allMigrations(database.handle.dialect) },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
}

/** Non-zero counters per campaign: a recount leaves no rows for zeros, the engine may. */
async function nonZeroCounters(handle: DatabaseHandle, workspaceId: string) {
  const counters = await readCounters(handle.db, workspaceId);
  return [...counters].map(([campaignId, metrics]) => [
    campaignId,
    Object.fromEntries([...metrics].filter(([, value]) => value !== 0).sort()),
  ]);
}

/** Migrates to `to`, or to the latest (later migrations build on this one's schema). */
async function migrate(database: TestDatabase, to: string | 'latest') {
  const { error, results } =
    to === 'latest' ? await migrator(database).migrateToLatest() : await migrator(database).migrateTo(to);
  if (error) throw error;
  return results?.map((r) => `${r.direction} ${r.migrationName}`);
}

describeEachDatabase('migration 0008-contacted', ({ database }) => {
  it('runs on an empty database and back', async () => {
    expect(await migrate(database, '0006-tracking')).toContain('Down 0008-contacted');
    expect(await migrate(database, 'latest')).toContain('Up 0008-contacted');
  });

  it('gives data stored before it the counters and states the engine now maintains', async () => {
    const { handle } = database;
    const app = createTestApp(handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const [first, second] = [
      await seedCampaign(database.seed, workspaceId),
      await seedCampaign(database.seed, workspaceId),
    ];
    const leads = await enrollEmails(app, key, first as string, [
      uniqueEmail(),
      uniqueEmail(),
      uniqueEmail(),
    ]);
    await enrollEmails(app, key, second as string, [uniqueEmail()]);
    const optingOut = leads[2]?.leadId as string;
    await enrollEmails(app, key, second as string, [
      (
        await handle.db
          .selectFrom('leads')
          .select('email')
          .where('id', '=', optingOut)
          .executeTakeFirstOrThrow()
      ).email,
    ]);
    const post = async (campaignId: string, leadId: string, event: Record<string, unknown>) =>
      expect(
        (
          await app.request('/v1/events', {
            method: 'POST',
            key,
            json: { campaign_id: campaignId, lead_id: leadId, ...event },
          })
        ).status,
      ).toBe(202);
    await post(first as string, leads[0]?.leadId as string, { type: 'replied', occurred_at: at(1) });
    await post(first as string, leads[1]?.leadId as string, { type: 'sent', occurred_at: at(1) });
    await post(first as string, optingOut, { type: 'opened', occurred_at: at(1) });
    await post(first as string, optingOut, { type: 'unsubscribed', occurred_at: at(2) });
    const summaries = async () =>
      Promise.all(
        [first, second].map(async (id) =>
          readJson(await app.request(`/v1/campaigns/${id}/analytics`, { key })),
        ),
      );
    const expected = await summaries();
    expect(expected.map((s) => s.contacted)).toEqual([3, 0]);
    const counters = await nonZeroCounters(handle, workspaceId);

    // Back to the old schema, with the counters the old definition kept (contacted = sent).
    await migrate(database, '0006-tracking');
    await database.seed.deleteFrom('campaign_counters').where('workspace_id', '=', workspaceId).execute();
    await database.seed
      .insertInto('campaign_counters')
      .values({
        workspace_id: workspaceId,
        campaign_id: first as string,
        metric: 'contacted',
        slot: 0,
        value: 1,
      })
      .execute();

    await migrate(database, 'latest');
    expect(await summaries()).toEqual(expected);
    expect(await nonZeroCounters(handle, workspaceId)).toEqual(counters);
    expect(await enrollmentsNotDerived(handle.db, workspaceId)).toEqual([]);
    const fannedOut = await handle.db
      .selectFrom('events')
      .select(['campaign_id', 'propagated'])
      .where('workspace_id', '=', workspaceId)
      .where('type', '=', 'unsubscribed')
      .orderBy('propagated')
      .execute();
    expect(fannedOut).toEqual([
      { campaign_id: first, propagated: 0 },
      { campaign_id: second, propagated: 1 },
    ]);
  });
});
