import type { Config } from '../config.js';
import { describeConnectionError } from './describe-connection-error.js';
import { migrateToLatest } from './migrate.js';
import { type DatabaseHandle, openDatabase } from './open-database.js';

/** An error whose message is one line meant for the person starting the service. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Opens the configured database, checks it answers, and optionally migrates it. */
export async function connect(
  config: Pick<Config, 'database' | 'databasePoolSize'>,
  options: { migrate: boolean },
): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  try {
    handle = openDatabase(config.database, { poolSize: config.databasePoolSize });
    await handle.ping();
  } catch (error) {
    throw new StartupError(describeConnectionError(config.database, error));
  }
  if (options.migrate) {
    try {
      await migrateToLatest(handle);
    } catch (error) {
      await handle.close().catch(() => {});
      throw new StartupError(error instanceof Error ? error.message : String(error));
    }
  }
  return handle;
}
