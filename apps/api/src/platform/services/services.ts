import type { Clock } from '../clock.js';
import type { Config } from '../config/config.js';
import type { Db, DialectName } from '../db/database.js';
import type { Writer } from '../db/writer.js';
import type { Logger } from '../logger.js';

/**
 * The services a request handler, a feature or a command may use, injected once per app (no
 * module-level state). Not in http/: most of their users are not HTTP code.
 */
export interface Services {
  /** Reads. Writes go through `writer` (on SQLite, `db` is read-only). */
  db: Db;
  writer: Writer;
  dialect: DialectName;
  clock: Clock;
  config: Pick<Config, 'bodyLimitBytes'>;
  logger: Logger;
  /** Throws when the database does not answer. */
  pingDatabase(): Promise<void>;
}
