import type { PoolConnection } from 'mysql2';

/** What the database itself lets one statement of this service run (the request deadline's echo). */
export interface SessionLimits {
  /** Longest a statement may run: MariaDB `max_statement_time`, MySQL `max_execution_time` (SELECTs). */
  statementTimeoutMs: number;
  /** `innodb_lock_wait_timeout`: longest a write waits for a row lock before 1205 (retried). */
  lockWaitTimeoutSeconds: number;
}

/** Derived from the request deadline: a statement never outlives its request, a lock wait leaves time to retry. */
export function sessionLimitsFor(requestDeadlineMs: number): SessionLimits {
  return {
    statementTimeoutMs: requestDeadlineMs,
    lockWaitTimeoutSeconds: Math.max(1, Math.floor(requestDeadlineMs / 3_000)),
  };
}

/** The error numbers of a statement the server stopped at its time limit (MariaDB 1969, MySQL 3024). */
const STATEMENT_TIMEOUT_ERRNOS = new Set([1969, 3024]);

export function isStatementTimeout(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'errno' in error &&
    STATEMENT_TIMEOUT_ERRNOS.has(Number(error.errno))
  );
}

function query(connection: PoolConnection, sql: string, values: unknown[] = []): Promise<unknown> {
  return new Promise((resolve, reject) => {
    connection.query(sql, values, (error, rows) => (error ? reject(error) : resolve(rows)));
  });
}

/**
 * Sets the limits on each new connection. The variable differs by server, so the flavour is read
 * once, from the first connection: MariaDB's `max_statement_time` is in seconds and bounds every
 * statement; MySQL's `max_execution_time` is in milliseconds and bounds read-only SELECTs (writes are
 * bounded by the lock wait timeout and the request deadline).
 */
export function applySessionLimits(limits: SessionLimits): (connection: PoolConnection) => Promise<void> {
  let flavour: Promise<'mariadb' | 'mysql'> | undefined;
  const detect = async (connection: PoolConnection) => {
    const rows = (await query(connection, 'select version() as version')) as Array<{ version: string }>;
    return /mariadb/i.test(rows[0]?.version ?? '') ? ('mariadb' as const) : ('mysql' as const);
  };
  return async (connection) => {
    flavour ??= detect(connection).catch((error: unknown) => {
      flavour = undefined;
      throw error;
    });
    const statementTime =
      (await flavour) === 'mariadb'
        ? ['max_statement_time', limits.statementTimeoutMs / 1000]
        : ['max_execution_time', limits.statementTimeoutMs];
    await query(connection, `set session ${statementTime[0]} = ?, innodb_lock_wait_timeout = ?`, [
      statementTime[1],
      limits.lockWaitTimeoutSeconds,
    ]);
  };
}
