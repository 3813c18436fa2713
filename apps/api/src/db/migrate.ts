import { Migrator } from 'kysely';
import { allMigrations } from './migrations/index.js';
import type { DatabaseHandle } from './open-database.js';

export interface MigrationOutcome {
  applied: string[];
}

/** Brings the schema up to date; safe to run on every start and from several processes. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => allMigrations(handle.dialect) },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error) {
    const where = failed ? ` (migration ${failed.migrationName})` : '';
    throw new Error(`Database migration failed${where}: ${describe(error)}`);
  }
  return { applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
