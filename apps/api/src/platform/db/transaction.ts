import type { Transaction } from 'kysely';
import type { Database, Db } from './database.js';
import { type RetryOptions, retryTransient } from './retry.js';

export type { RetryOptions } from './retry.js';

/**
 * Runs `work` in one transaction, and again in a fresh one (bounded, with jittered pauses) when the
 * database reports a deadlock, a lock wait timeout or SQLITE_BUSY: InnoDB and Galera resolve
 * conflicts by failing one side, and running it again is the documented answer. `work` must be safe
 * to run more than once: no side effect outside the transaction before it commits. Every write
 * transaction of the service goes through here (transaction-sites.test.ts checks).
 */
export async function inTransaction<T>(
  db: Db,
  work: (trx: Transaction<Database>) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  return retryTransient(() => db.transaction().execute(work), options);
}
