import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db, DialectName } from '../db/database.js';
import type { Writer } from '../db/writer.js';
import type { EmbedScope } from '../embed-tokens/embed-token.js';
import type { Logger } from '../logger.js';

/**
 * Who is calling: set by the auth middleware on every /v1 route. A secret key may do anything in
 * its workspace; an embed token only reads, within its scope (see embed-tokens/access-policy.ts).
 */
export type Caller =
  | { workspaceId: string; credential: 'secret_key'; keyId: string; embed: null }
  | { workspaceId: string; credential: 'embed_token'; embed: EmbedScope };

/** The services a request handler may use, injected once per app (no module-level state). */
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

export interface AppEnv {
  Variables: {
    requestId: string;
    services: Services;
    caller: Caller;
  };
}
