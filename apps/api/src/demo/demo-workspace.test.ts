import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../features/workspaces/workspaces.repository.js';
import { migrateToLatest } from '../migrations/migrate.js';
import { type DatabaseHandle, openDatabase } from '../platform/db/open-database.js';
import type { Services } from '../platform/services/services.js';
import { servicesFor } from '../platform/services/services-for.js';
import { DEMO_WORKSPACE_NAME } from './demo-seed.js';
import { prepareDemoWorkspace } from './demo-workspace.js';

async function freshServices(): Promise<{ services: Services; database: DatabaseHandle }> {
  const database = openDatabase({ dialect: 'sqlite', filename: ':memory:' });
  await migrateToLatest(database);
  const services: Services = servicesFor(database);
  return { services, database };
}

describe('prepareDemoWorkspace (DEMO_PAGE at start)', () => {
  it('seeds an empty database once, then finds the same workspace', async () => {
    const { services, database } = await freshServices();
    const seeded = await prepareDemoWorkspace(services);
    expect(seeded).toMatch(/^ws_/);
    const campaigns = await database.db.selectFrom('campaigns').select('id').execute();
    expect(campaigns.length).toBeGreaterThan(1);
    expect(await prepareDemoWorkspace(services)).toBe(seeded);
    expect(await database.db.selectFrom('workspaces').select('id').execute()).toHaveLength(1);
    await database.close();
  }, 120_000);

  it('never seeds into a database that holds other workspaces, nor shows them', async () => {
    const { services, database } = await freshServices();
    await createWorkspace(database.writer, { name: 'Acme', now: Date.now() });
    expect(await prepareDemoWorkspace(services)).toBeNull();
    // A tenant that takes the demo's name is still a tenant: only the seed's flag makes a demo.
    await createWorkspace(database.writer, { name: DEMO_WORKSPACE_NAME, now: Date.now() });
    expect(await prepareDemoWorkspace(services)).toBeNull();
    const demo = await createWorkspace(database.writer, {
      name: 'Renamed demo',
      now: Date.now(),
      demo: true,
    });
    expect(await prepareDemoWorkspace(services)).toBe(demo.workspace.id);
    await database.close();
  });
});
