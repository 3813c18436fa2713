/** How many times a transaction (or an autocommit statement) runs before its conflict is reported. */
export const TRANSACTION_ATTEMPTS = 5;

/** Full jitter (a random pause up to a ceiling that doubles per attempt), capped. */
const BACKOFF_BASE_MS = 10;
const BACKOFF_CAP_MS = 400;

/**
 * Errors after which the same work, run again in a fresh transaction, can succeed: InnoDB chose
 * this transaction as a deadlock victim (1213, also how Galera reports a certification conflict) or
 * gave up waiting for a row lock (1205); SQLite found the database locked by another connection,
 * or the snapshot this transaction read changed before it could write (`SQLITE_BUSY_SNAPSHOT`).
 */
const MYSQL_CONFLICT_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const MYSQL_CONFLICT_ERRNOS = new Set([1213, 1205]);

function field(error: unknown, name: 'code' | 'errno'): unknown {
  return typeof error === 'object' && error !== null && name in error
    ? (error as Record<string, unknown>)[name]
    : undefined;
}

export function isTransientConflict(error: unknown): boolean {
  const code = field(error, 'code');
  if (typeof code === 'string') {
    if (MYSQL_CONFLICT_CODES.has(code)) return true;
    // better-sqlite3 reports extended codes: SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_TIMEOUT...
    if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_')) return true;
  }
  const errno = field(error, 'errno');
  return typeof errno === 'number' && MYSQL_CONFLICT_ERRNOS.has(errno);
}

/** The pause before attempt `attempt + 1`: uniform in [0, min(cap, base * 2^(attempt - 1))]. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return random() * ceiling;
}

export interface RetryOptions {
  /** Total runs, the first included (default TRANSACTION_ATTEMPTS). */
  attempts?: number;
  /** Another error that means "lost a race, run again" (e.g. a unique key claimed concurrently). */
  isRetryable?: (error: unknown) => boolean;
}

/**
 * Runs `run` again after a transient conflict, up to `attempts` runs, pausing with growing full
 * jitter so the transactions that collided do not collide again in step. The last error is thrown
 * as it is (the error handler answers it with 503 and Retry-After). `run` must be safe to repeat:
 * each run must be a whole transaction that the failure rolled back.
 */
export async function retryTransient<T>(run: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? TRANSACTION_ATTEMPTS);
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const retryable = isTransientConflict(error) || options.isRetryable?.(error) === true;
      if (!retryable || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
    }
  }
}
