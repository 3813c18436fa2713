import { Migrator } from 'kysely';
import type { DatabaseHandle } from '../platform/db/open-database.js';
import { writeCommand } from '../platform/db/write-command.js';
import { allMigrations } from './index.js';

export interface MigrationOutcome {
  applied: string[];
}

/** Brings the schema up to date; safe to run on every start and from several processes. */
export function migrateToLatest(handle: Pick<DatabaseHandle, 'writer'>): Promise<MigrationOutcome> {
  return handle.writer.run(migrateCommand, {});
}

/** Migrations write: on SQLite they run on the writer thread like every other write. */
export const migrateCommand = writeCommand(
  import.meta.url,
  'migrateCommand',
  async ({ db, dialect }, _input: Record<string, never>): Promise<MigrationOutcome> => {
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => allMigrations(dialect) },
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
  },
);

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
