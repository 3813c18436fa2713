import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConnectionUrl } from '@leadstatus/api/db/connection-url';
import type { DialectName } from '@leadstatus/api/db/database';
import { migrateToLatest } from '@leadstatus/api/db/migrate';
import { type DatabaseHandle, openDatabase } from '@leadstatus/api/db/open-database';
import { createConnection } from 'mysql2/promise';

/** The server the API's tests use (apps/api/src/test-support/test-databases.ts); `scripts/mariadb.sh` makes it. */
export const MYSQL_URL =
  process.env.MYSQL_URL ?? 'mysql://leadstatus:leadstatus@127.0.0.1:3306/leadstatus_test';

/** The service's default pool (DATABASE_POOL_SIZE). */
const POOL_SIZE = 10;

export interface BenchDatabase {
  handle: DatabaseHandle;
  where: string;
  /** Closes and deletes the database; safe to call twice. */
  drop(): Promise<void>;
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
        'set MYSQL_URL, or bench SQLite alone with --dialect sqlite.',
    );
  }
}

/**
 * A fresh, migrated database: a temp SQLite file (WAL, as the service opens it), or a MariaDB
 * database of its own named `<test database>_bench_<random>`, which the test user's grant covers.
 */
export async function createBenchDatabase(dialect: DialectName): Promise<BenchDatabase> {
  let dropped = false;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'leadstatus-bench-ingest-'));
    const filename = join(dir, 'bench.db');
    const handle = openDatabase({ dialect: 'sqlite', filename });
    await migrateToLatest(handle);
    return {
      handle,
      where: filename,
      drop: async () => {
        if (dropped) return;
        dropped = true;
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = new URL(MYSQL_URL);
  const base = decodeURIComponent(server.pathname.slice(1)) || 'leadstatus_test';
  const name = `${base}_bench_${randomBytes(5).toString('hex')}`;
  const connection = await admin(server);
  await connection.query(`create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  await connection.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const target = parseConnectionUrl(url.toString());
  if ('error' in target) throw new Error(target.error);
  const handle = openDatabase(target, { poolSize: POOL_SIZE });
  await migrateToLatest(handle);
  return {
    handle,
    where: `${server.host}/${name}`,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await handle.close();
      const cleanup = await admin(server);
      await cleanup.query(`drop database if exists \`${name}\``);
      await cleanup.end();
    },
  };
}
