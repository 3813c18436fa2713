import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest } from '@leadstatus/api/migrations/migrate';
import { type ConnectionTarget, parseConnectionUrl } from '@leadstatus/api/platform/config/connection-url';
import type { Db, DialectName } from '@leadstatus/api/platform/db/database';
import { type DatabaseHandle, openDatabase } from '@leadstatus/api/platform/db/open-database';
import { openSqliteKysely } from '@leadstatus/api/platform/db/sqlite-connection';
import { createConnection } from 'mysql2/promise';

/** The server the API's tests use (apps/api/src/test-support/test-databases.ts); `scripts/mariadb.sh` makes it. */
export const MYSQL_URL =
  process.env.MYSQL_URL ?? 'mysql://leadstatus:leadstatus@127.0.0.1:3306/leadstatus_test';

export interface BenchDatabase {
  /** A migrated connection (pool) to the database. */
  handle: DatabaseHandle;
  /** Another connection (pool) to the same database, as a second server process would have. */
  open(): DatabaseHandle;
  /**
   * A connection that may write, for bulk seeding around the service: on SQLite `handle.db` is
   * read-only (the service writes through its writer thread). On MySQL it is `handle.db`.
   */
  seed: Db;
  /** A DATABASE_URL for a server process. */
  url: string;
  /** Where it is, for the printed report. */
  where: string;
  /** Closes `handle` and deletes the database; safe to call twice. Close `open()` handles first. */
  drop(): Promise<void>;
}

export interface BenchDatabaseOptions {
  /** Names the temp folder and the MariaDB database, e.g. `lists`. */
  label: string;
  /** MySQL pool size of each handle; the service's default is 10. */
  poolSize?: number;
}

async function admin(server: URL) {
  try {
    return await createConnection({
      host: server.hostname,
      port: Number(server.port || 3306),
      user: decodeURIComponent(server.username),
      password: decodeURIComponent(server.password),
      connectTimeout: 5_000,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `MariaDB/MySQL is not reachable at ${server.host} (${reason}). Run \`bash scripts/mariadb.sh\`, ` +
        'set MYSQL_URL, or bench SQLite alone.',
    );
  }
}

/**
 * Null when the benchmarks' MariaDB/MySQL server accepts the test user (and it may create databases),
 * else why not, in a few words: `pnpm bench` then runs the SQLite figures alone and says so.
 */
export async function mysqlUnavailableReason(): Promise<string | null> {
  const server = new URL(MYSQL_URL);
  try {
    const connection = await admin(server);
    await connection.end();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * A fresh, migrated database: a temp SQLite file, or a MariaDB database of its own named
 * `<test database>_bench_<label>_<random>` (`leadstatus_test…` is the prefix the test user may create).
 */
export async function createBenchDatabase(
  dialect: DialectName,
  options: BenchDatabaseOptions,
): Promise<BenchDatabase> {
  let target: ConnectionTarget;
  let url: string;
  let where: string;
  let remove: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `leadstatus-bench-${options.label}-`));
    where = join(dir, 'bench.db');
    target = { dialect: 'sqlite', filename: where };
    url = `sqlite:${where}`;
    remove = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const server = new URL(MYSQL_URL);
    const base = decodeURIComponent(server.pathname.slice(1)) || 'leadstatus_test';
    const name = `${base}_bench_${options.label}_${randomBytes(4).toString('hex')}`;
    const connection = await admin(server);
    await connection.query(`create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
    await connection.end();
    const database = new URL(server);
    database.pathname = `/${name}`;
    const parsed = parseConnectionUrl(database.toString());
    if ('error' in parsed) throw new Error(parsed.error);
    target = parsed;
    url = database.toString();
    where = `${server.host}/${name}`;
    remove = async () => {
      const cleanup = await admin(server);
      await cleanup.query(`drop database if exists \`${name}\``);
      await cleanup.end();
    };
  }
  const open = () => openDatabase(target, { poolSize: options.poolSize ?? 10 });
  const handle = open();
  await migrateToLatest(handle);
  const seed = target.dialect === 'sqlite' ? openSqliteKysely(target.filename) : handle.db;
  let dropped = false;
  return {
    handle,
    open,
    seed,
    url,
    where,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      if (seed !== handle.db) await seed.destroy();
      await handle.close();
      await remove();
    },
  };
}
