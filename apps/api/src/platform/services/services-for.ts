import { type Clock, systemClock } from '../clock.js';
import type { DatabaseHandle } from '../db/open-database.js';
import { type Logger, silentLogger } from '../logger.js';
import type { Services } from './services.js';

export interface ServiceParts {
  clock?: Clock;
  logger?: Logger;
  bodyLimitBytes?: number;
}

/** The services over one database handle: the app, the CLI and the demo seed build them the same way. */
export function servicesFor(database: DatabaseHandle, parts: ServiceParts = {}): Services {
  return {
    db: database.db,
    writer: database.writer,
    dialect: database.dialect,
    clock: parts.clock ?? systemClock,
    logger: parts.logger ?? silentLogger(),
    config: { bodyLimitBytes: parts.bodyLimitBytes ?? 1024 * 1024 },
    pingDatabase: () => database.ping(),
  };
}
