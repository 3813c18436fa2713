import { migrateToLatest } from '../../migrations/migrate.js';
import { type Config, loadConfig } from '../../platform/config/config.js';
import { connect, StartupError } from '../../platform/db/connect.js';
import type { DatabaseHandle } from '../../platform/db/open-database.js';

/** A failure the CLI reports as one line on stderr with exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}

/** Runs `work` against the configured database (DATABASE_URL), migrated first, then closes it. */
export async function withDatabase<T>(
  work: (database: DatabaseHandle, config: Config) => Promise<T>,
): Promise<T> {
  const loaded = loadConfig();
  if (!loaded.ok) throw new CliError(loaded.message);
  const database = await connect(loaded.config, { migrate: migrateToLatest });
  try {
    return await work(database, loaded.config);
  } finally {
    await database.close();
  }
}

export function isReportable(error: unknown): error is Error {
  return error instanceof CliError || error instanceof StartupError;
}
