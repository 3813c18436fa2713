import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe } from 'vitest';
import { migrateToLatest } from '../migrations/migrate.js';
import { parseConnectionUrl } from '../platform/config/connection-url.js';
import type { Db, DialectName } from '../platform/db/database.js';
import { type DatabaseHandle, openDatabase } from '../platform/db/open-database.js';
import { openSqliteKysely } from '../platform/db/sqlite-connection.js';

export const DIALECTS: readonly DialectName[] = ['sqlite', 'mysql'];

/** The MariaDB/MySQL server tests use; `scripts/mariadb.sh` creates this user. */
export const MYSQL_URL =
  process.env.MYSQL_URL ?? 'mysql://leadstatus:leadstatus@127.0.0.1:3306/leadstatus_test';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** A DATABASE_URL for this database, to hand to a child process. */
  url: string;
  /**
   * A connection that may write, for tests that set rows up (or break them) around the product: the
   * handle's own `db` is read-only on SQLite, where the product writes only through its writer thread.
   */
  seed: Db;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database: a SQLite file in a new temporary folder (read connection here, writer
 * thread beside it, as the server runs), or a new MySQL database named `leadstatus_test_<random>`
 * (each test file gets its own, so files run in parallel).
 */
export async function createTestDatabase(dialect: DialectName, options: { sqliteFile?: string } = {}) {
  return dialect === 'sqlite' ? createSqlite(options.sqliteFile) : createMysql();
}

async function createSqlite(file?: string): Promise<TestDatabase> {
  const folder = file ? undefined : mkdtempSync(join(tmpdir(), 'leadstatus-test-'));
  const filename = file ?? join(folder as string, 'test.db');
  const handle = openDatabase({ dialect: 'sqlite', filename });
  await migrateToLatest(handle);
  const seed = openSqliteKysely(filename);
  return {
    handle,
    url: `sqlite:${filename}`,
    seed,
    drop: async () => {
      await seed.destroy();
      await handle.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function createMysql(): Promise<TestDatabase> {
  const server = new URL(MYSQL_URL);
  const name = `${decodeURIComponent(server.pathname.slice(1)) || 'leadstatus_test'}_${randomBytes(5).toString('hex')}`;
  const admin = await connectAdmin(server);
  await admin.query(`create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const target = parseConnectionUrl(url.toString());
  if ('error' in target) throw new Error(target.error);
  const handle = openDatabase(target, { poolSize: 20 });
  await migrateToLatest(handle);
  return {
    handle,
    url: url.toString(),
    seed: handle.db,
    drop: async () => {
      await handle.close();
      const cleanup = await connectAdmin(server);
      await cleanup.query(`drop database if exists \`${name}\``);
      await cleanup.end();
    },
  };
}

async function connectAdmin(server: URL) {
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
      `MariaDB/MySQL for tests is not reachable at ${server.host} (${reason}). ` +
        'Run `bash scripts/mariadb.sh` (it starts MariaDB and creates the test user) or set MYSQL_URL.',
    );
  }
}

export interface DatabaseContext {
  readonly dialect: DialectName;
  readonly database: TestDatabase;
}

/** Runs a suite once per dialect, each against its own fresh database. */
export function describeEachDatabase(title: string, suite: (context: DatabaseContext) => void): void {
  for (const dialect of DIALECTS) {
    describe(`${title} [${dialect}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(dialect);
      });
      afterAll(async () => {
        await database?.drop();
      });
      const ready = (): TestDatabase => {
        if (!database) throw new Error('the test database is not ready yet (use it inside a test or hook)');
        return database;
      };
      // Getters, so suites can destructure `{ database }` before the hook has created it.
      suite({
        dialect,
        database: {
          get handle() {
            return ready().handle;
          },
          get url() {
            return ready().url;
          },
          get seed() {
            return ready().seed;
          },
          drop: () => ready().drop(),
        },
      });
    });
  }
}
