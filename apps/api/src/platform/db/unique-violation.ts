function codeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

const UNIQUE_VIOLATION_CODES = new Set([
  // MySQL / MariaDB (mysql2)
  'ER_DUP_ENTRY',
  // SQLite (better-sqlite3)
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
]);

/**
 * A unique-key violation on either dialect: a concurrent writer claimed the same key between our
 * check and our insert, so callers answer as if the check had seen it (e.g. a 409).
 */
export function isUniqueViolation(error: unknown): boolean {
  return UNIQUE_VIOLATION_CODES.has(codeOf(error) ?? '');
}
