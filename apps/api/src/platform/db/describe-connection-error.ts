import { type ConnectionTarget, redact } from '../config/connection-url.js';

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** One line that says what is wrong with the database and what to do about it. */
export function describeConnectionError(target: ConnectionTarget, error: unknown): string {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (target.dialect === 'sqlite') {
    return `Cannot open the SQLite database at ${target.filename} (${code ?? message}). Check that the directory is writable, or set DATABASE_URL.`;
  }
  const where = `${target.host}:${target.port}`;
  switch (code) {
    case 'ECONNREFUSED':
      return `Cannot reach MySQL at ${where} (connection refused). Start the server or fix DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot resolve the MySQL host "${target.host}". Fix the host in DATABASE_URL.`;
    case 'ETIMEDOUT':
      return `MySQL at ${where} did not answer in time. Check the host, port and firewall in DATABASE_URL.`;
    case 'ER_ACCESS_DENIED_ERROR':
      return `MySQL at ${where} refused the user or password in DATABASE_URL (${redact(target.url)}).`;
    case 'ER_BAD_DB_ERROR':
      return `MySQL database "${target.database}" does not exist at ${where}. Create it (CREATE DATABASE \`${target.database}\`) or fix DATABASE_URL.`;
    case 'ER_DBACCESS_DENIED_ERROR':
      return `The MySQL user in DATABASE_URL may not use database "${target.database}". Grant access or fix DATABASE_URL.`;
    default:
      return `Cannot use MySQL at ${where}: ${code ? `${code}: ` : ''}${message}`;
  }
}
