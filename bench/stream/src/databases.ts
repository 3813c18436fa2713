import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConnectionTarget, parseConnectionUrl } from '@leadstatus/api/db/connection-url';
import type { DialectName } from '@leadstatus/api/db/database';
import { migrateToLatest } from '@leadstatus/api/db/migrate';
import { type DatabaseHandle, openDatabase } from '@leadstatus/api/db/open-database';
import { createConnection } from 'mysql2/promise';

/** The server the API's tests use (apps/api/src/test-support/test-databases.ts); `scripts/mariadb.sh` makes it. */
export const MYSQL_URL =
  process.env.MYSQL_URL ?? 'mysql://leadstatus:leadstatus@127.0.0.1:3306/leadstatus_test';

export interface BenchDatabase {
  /** Opens another connection (pool) to the same database, as a second server process would. */
  open(): DatabaseHandle;
  where: string;
  /** Deletes the database; safe to call twice. Close the handles first. */
  drop(): Promise<void>;
}

async function admin(server: URL) {
  return createConnection({
    host: server.hostname,
    port: Number(server.port || 3306),
    user: decodeURIComponent(server.username),
    password: decodeURIComponent(server.password),
    connectTimeout: 5_000,
  });
}

/** A fresh, migrated database: a temp SQLite file, or a MariaDB database of its own. */
export async function createBenchDatabase(dialect: DialectName): Promise<BenchDatabase> {
  let dropped = false;
  let target: ConnectionTarget;
  let where: string;
  let remove: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'leadstatus-bench-stream-'));
    where = join(dir, 'bench.db');
    target = { dialect: 'sqlite', filename: where };
    remove = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const server = new URL(MYSQL_URL);
    const base = decodeURIComponent(server.pathname.slice(1)) || 'leadstatus_test';
    const name = `${base}_bench_stream_${randomBytes(4).toString('hex')}`;
    const connection = await admin(server);
    await connection.query(`create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
    await connection.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    const parsed = parseConnectionUrl(url.toString());
    if ('error' in parsed) throw new Error(parsed.error);
    target = parsed;
    where = `${server.host}/${name}`;
    remove = async () => {
      const cleanup = await admin(server);
      await cleanup.query(`drop database if exists \`${name}\``);
      await cleanup.end();
    };
  }
  const first = openDatabase(target);
  await migrateToLatest(first);
  await first.close();
  return {
    open: () => openDatabase(target, { poolSize: 10 }),
    where,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await remove();
    },
  };
}
