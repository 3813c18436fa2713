import type { Services } from '../platform/services/services.js';
import { seedDemo } from './demo-seed.js';
import { DEFAULT_DEMO_OPTIONS } from './options.js';

/**
 * The workspace the demo page shows: seeded on first start when the database has no workspace at
 * all (a fresh clone), else the oldest workspace the demo seed made (its stored `is_demo` flag, which
 * only the seed sets: never a name, which any tenant can take). Null when the database holds other
 * data and no demo: the demo page then says how to seed one, and never shows real tenants.
 */
export async function prepareDemoWorkspace(services: Services): Promise<string | null> {
  const anyWorkspace = await services.db.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
  if (!anyWorkspace) {
    services.logger.info('empty database: seeding the demo workspace for the demo page');
    const seeded = await seedDemo(services, DEFAULT_DEMO_OPTIONS);
    return seeded.workspaceId;
  }
  const demo = await services.db
    .selectFrom('workspaces')
    .select('id')
    .where('is_demo', '=', 1)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return demo?.id ?? null;
}
