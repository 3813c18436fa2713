import { isAbsolute, resolve } from 'node:path';

export type ConnectionTarget =
  | { dialect: 'sqlite'; filename: string }
  | { dialect: 'mysql'; url: string; host: string; port: number; database: string };

/**
 * Reads DATABASE_URL: `sqlite:path/to/file.db`, `sqlite::memory:`, or `mysql://user:pass@host:port/db`.
 * Returns a message fit for one line on stderr when the URL is not usable.
 */
export function parseConnectionUrl(raw: string, cwd = process.cwd()): ConnectionTarget | { error: string } {
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '')
      return { error: 'DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:./data/leadstatus.db' };
    if (path === ':memory:') return { dialect: 'sqlite', filename: ':memory:' };
    return { dialect: 'sqlite', filename: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (raw.startsWith('mysql://') || raw.startsWith('mariadb://')) {
    let url: URL;
    try {
      url = new URL(raw.replace(/^mariadb:/, 'mysql:'));
    } catch {
      return { error: `DATABASE_URL is not a valid URL: ${redact(raw)}` };
    }
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (!url.hostname)
      return { error: 'DATABASE_URL has no host, e.g. mysql://user:pass@127.0.0.1:3306/leadstatus' };
    if (!database)
      return { error: 'DATABASE_URL names no database, e.g. mysql://user:pass@127.0.0.1:3306/leadstatus' };
    return {
      dialect: 'mysql',
      url: url.toString(),
      host: url.hostname,
      port: Number(url.port || 3306),
      database,
    };
  }
  return {
    error: `DATABASE_URL must start with sqlite: or mysql:// (got "${redact(raw)}")`,
  };
}

/** Hides a password before a URL goes into a log line or an error message. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}
