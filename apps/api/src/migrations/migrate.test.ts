import { expect, it } from 'vitest';
import type { Database } from '../platform/db/database.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { migrateToLatest } from './migrate.js';

const TABLES: Array<keyof Database> = [
  'workspaces',
  'api_keys',
  'leads',
  'campaigns',
  'campaign_steps',
  'enrollments',
  'events',
  'status_changes',
  'dnc_entries',
  'campaign_counters',
  'idempotency_keys',
];

describeEachDatabase('migrations', ({ database }) => {
  it('create every table of the domain', async () => {
    const tables = await database.handle.db.introspection.getTables();
    const names = tables.map((t) => t.name);
    for (const table of TABLES) expect(names).toContain(table);
  });

  it('are idempotent: running them again applies nothing', async () => {
    const again = await migrateToLatest(database.handle);
    expect(again.applied).toEqual([]);
  });

  it('enforce one lead per e-mail per workspace, but allow it in another workspace', async () => {
    const db = database.seed;
    const lead = (workspace_id: string, id: string) => ({
      workspace_id,
      id,
      email: 'Ann@Example.com',
      email_normalized: 'ann@example.com',
      email_domain: 'example.com',
      first_name: null,
      last_name: null,
      company: null,
      custom_fields: '{}',
      created_at: 1,
      updated_at: 1,
    });
    await db.insertInto('leads').values(lead('ws_A', 'lead_1')).execute();
    await db.insertInto('leads').values(lead('ws_B', 'lead_2')).execute();
    await expect(db.insertInto('leads').values(lead('ws_A', 'lead_3')).execute()).rejects.toThrow();
  });

  it('keep an event external id unique per workspace while allowing many events without one', async () => {
    const db = database.seed;
    const event = (id: string, external_id: string | null, workspace_id = 'ws_A') => ({
      workspace_id,
      id,
      enrollment_id: 'enr_1',
      campaign_id: 'cmp_1',
      lead_id: 'lead_1',
      type: 'opened' as const,
      occurred_at: 1,
      external_id,
      step: null,
      bounce_type: null,
      auto_reply: 0,
      machine: 0,
      propagated: 0,
      reason: null,
      user_agent: null,
      metadata: '{}',
      created_at: 1,
    });
    await db
      .insertInto('events')
      .values([
        event('evt_1', null),
        event('evt_2', null),
        event('evt_3', 'esp:1'),
        event('evt_4', 'esp:1', 'ws_B'),
      ])
      .execute();
    await expect(db.insertInto('events').values(event('evt_5', 'esp:1')).execute()).rejects.toThrow();
  });

  it('store epoch milliseconds beyond 32 bits and return them as numbers', async () => {
    const db = database.seed;
    const now = Date.UTC(2026, 10, 27, 10, 0, 0, 123);
    await db
      .insertInto('workspaces')
      .values({ id: 'ws_time', name: 'T', settings: '{}', created_at: now, updated_at: now })
      .execute();
    const row = await db
      .selectFrom('workspaces')
      .select('created_at')
      .where('id', '=', 'ws_time')
      .executeTakeFirst();
    expect(row?.created_at).toBe(now);
  });

  it('order ids byte-wise on both dialects, as JavaScript compares strings (keyset cursors rely on it)', async () => {
    const db = database.seed;
    const ids = ['ws_01a', 'ws_01B', 'ws_01A', 'ws_01b'];
    await db
      .insertInto('workspaces')
      .values(ids.map((id) => ({ id, name: id, settings: '{}', created_at: 1, updated_at: 1 })))
      .execute();
    const rows = await db
      .selectFrom('workspaces')
      .select('id')
      .where('id', 'like', 'ws_01%')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.id)).toEqual([...ids].sort());
  });
});
