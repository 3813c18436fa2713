import type { Transaction } from 'kysely';
import type { Database, Db } from './database.js';

/** MySQL errors after which the whole transaction can simply run again. */
const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY']);

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export interface RetryOptions {
  attempts?: number;
  /** Another error that means "lost a race, run again" (e.g. a unique key claimed concurrently). */
  isRetryable?: (error: unknown) => boolean;
}

/**
 * Runs `work` in one transaction, again (up to `attempts` times, with a short jittered pause) when
 * the database reports a deadlock or lock timeout: InnoDB resolves deadlocks by failing one side,
 * and a retry is the documented answer. `work` must be safe to run more than once.
 */
export async function inTransaction<T>(
  db: Db,
  work: (trx: Transaction<Database>) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      const retryable = RETRYABLE.has(codeOf(error) ?? '') || options.isRetryable?.(error) === true;
      if (!retryable || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
