import type { Config } from '../config/config.js';
import { describeConnectionError } from './describe-connection-error.js';
import { type DatabaseHandle, type OpenOptions, openDatabase } from './open-database.js';
import type { SessionLimits } from './session-limits.js';

/** An error whose message is one line meant for the person starting the service. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Brings a schema up to date. Passed in by the caller: the migrations run engine code, which db/ may not import. */
export type Migrate = (handle: DatabaseHandle) => Promise<unknown>;

export interface ConnectOptions {
  /** Run before the handle is returned; absent, the schema is left as it is. */
  migrate?: Migrate;
  /** MySQL statement limits of the serving connections (the server sets them; the CLI does not). */
  sessionLimits?: SessionLimits;
  /** Told when the SQLite writer thread stops unexpectedly (the server logs it). */
  onWriterExit?: (reason: string) => void;
}

/** Opens the configured database, checks it answers, and optionally migrates it. */
export async function connect(
  config: Pick<Config, 'database' | 'databasePoolSize'>,
  options: ConnectOptions,
): Promise<DatabaseHandle> {
  const limited = options.sessionLimits !== undefined && config.database.dialect === 'mysql';
  if (options.migrate && limited) {
    // Migrations (an ALTER of a big table) may run far longer than a request may: their own connection.
    await migrated(await opened(config, { poolSize: 1 }), options.migrate, { close: true });
  }
  const handle = await opened(config, {
    poolSize: config.databasePoolSize,
    ...(limited && options.sessionLimits ? { sessionLimits: options.sessionLimits } : {}),
    ...(options.onWriterExit ? { onWriterExit: options.onWriterExit } : {}),
  });
  return options.migrate && !limited ? migrated(handle, options.migrate, { close: false }) : handle;
}

async function opened(config: Pick<Config, 'database'>, options: OpenOptions): Promise<DatabaseHandle> {
  try {
    const handle = openDatabase(config.database, options);
    await handle.ping();
    return handle;
  } catch (error) {
    throw new StartupError(describeConnectionError(config.database, error));
  }
}

async function migrated(
  handle: DatabaseHandle,
  migrate: Migrate,
  options: { close: boolean },
): Promise<DatabaseHandle> {
  try {
    await migrate(handle);
  } catch (error) {
    await handle.close().catch(() => {});
    throw new StartupError(error instanceof Error ? error.message : String(error));
  }
  if (options.close) await handle.close();
  return handle;
}
