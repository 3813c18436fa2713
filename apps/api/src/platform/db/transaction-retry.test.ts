// Write transactions of the service that lose a real lock race: on MariaDB a deadlock between two
// connections (InnoDB fails the lighter transaction with 1213), on SQLite a stale snapshot
// (SQLITE_BUSY_SNAPSHOT: another connection committed between our read and our first write). The
// race is forced at a barrier inside the service's own transaction (event ingestion, a campaign
// edit), so it happens on every run. With retries the request succeeds; when every attempt loses,
// the answer is 503 with Retry-After and nothing is applied.
import SqliteDatabase from 'better-sqlite3';
import type { CompiledQuery } from 'kysely';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../test-support/fixtures.js';
import { queryBarrier } from '../../test-support/query-barrier.js';
import { readJson } from '../../test-support/read-json.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import type { DialectName } from './database.js';
import { inProcessWriter } from './in-process-writer.js';
import { TRANSACTION_ATTEMPTS } from './retry.js';

/** A row, by its primary key columns, that a rival transaction locks. */
interface Row {
  table: 'enrollments' | 'campaigns' | 'campaign_steps';
  key: Record<string, string | number>;
}

/** Another connection that, called at the barrier, makes the service's transaction lose. */
interface Rival {
  /** Called while the service's transaction holds `held` (on SQLite: a read snapshot). */
  strike(rows: { held: Row; next: Row }): Promise<void>;
  /** Waits for the rival transactions still running; throws if the database sacrificed a rival. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * MariaDB: a transaction made heavier than the service's (300 ballast rows, so InnoDB picks the
 * service as the deadlock victim) locks the row the service will lock next, then asks for the one
 * the service holds: a lock cycle, which InnoDB breaks by failing the service's transaction.
 */
async function mysqlRival(url: string): Promise<Rival> {
  const admin = await createConnection(url);
  await admin.query('create table ballast (id bigint auto_increment primary key, pad varchar(16))');
  await admin.end();
  const running: Array<Promise<string>> = [];
  const ballast = Array.from({ length: 300 }, () => "('ballast')").join(',');
  const lock = (row: Row): [string, unknown[]] => [
    `select 1 from ${row.table} where ${Object.keys(row.key)
      .map((column) => `${column} = ?`)
      .join(' and ')} for update`,
    Object.values(row.key),
  ];
  return {
    async strike({ held, next }) {
      const rival = await createConnection(url);
      await rival.query('begin');
      await rival.query(`insert into ballast (pad) values ${ballast}`);
      await rival.query(...lock(next));
      // Not awaited: this waits for the service's lock, while the service goes on to wait for ours.
      running.push(
        rival
          .query(...lock(held))
          .then(() => rival.query('commit'))
          .then(
            () => 'committed',
            async (error: { code?: string }) => {
              await rival.query('rollback');
              return `rival failed: ${error.code}`;
            },
          )
          .finally(() => rival.end()),
      );
    },
    async settle() {
      const outcomes = await Promise.all(running.splice(0));
      expect(
        outcomes.every((o) => o === 'committed'),
        outcomes.join(', '),
      ).toBe(true);
    },
    close: async () => {},
  };
}

/** SQLite: another connection to the same file commits a write after the service's transaction read. */
async function sqliteRival(file: string): Promise<Rival> {
  const rival = new SqliteDatabase(file);
  rival.exec('create table ballast (id integer primary key, pad text)');
  const insert = rival.prepare("insert into ballast (pad) values ('ballast')");
  return {
    async strike() {
      insert.run();
    },
    async settle() {},
    close: async () => {
      rival.close();
    },
  };
}

/** A query of the service's transaction that takes `table`'s row `id` (a lock on MySQL, a read on SQLite). */
function takesRow(dialect: DialectName, select: string, table: string, id: string) {
  const q = dialect === 'mysql' ? '`' : '"';
  const prefix = `select ${select} from ${q}${table}${q} where ${q}workspace_id${q} = ? and ${q}id${q}`;
  return (query: CompiledQuery) => query.sql.startsWith(prefix) && query.parameters.includes(id);
}

/** One write of the service, the barrier inside its transaction, and what it leaves behind. */
interface Race {
  matches: (query: CompiledQuery) => boolean;
  rows: { held: Row; next: Row };
  send(app: TestApp): Promise<Response>;
  /** `applied` when the whole write is there, `untouched` when none of it is, else what is there. */
  outcome(): Promise<string>;
}

describeEachDatabase('a write transaction that loses a lock race', ({ dialect, database }) => {
  let rival: Rival;
  let key: string;
  let workspaceId: string;
  beforeAll(async () => {
    rival =
      dialect === 'mysql'
        ? await mysqlRival(database.url)
        : await sqliteRival(database.url.slice('sqlite:'.length));
    ({ apiKey: key, workspaceId } = await createTestApp(database.handle).newWorkspace());
  });
  afterAll(() => rival.close());
  const db = () => database.handle.db;

  /**
   * Event ingestion: a lead in two campaigns unsubscribes in the first, which locks that enrollment,
   * then (opt-outs reach across campaigns) the other one, in the same transaction.
   */
  async function optOutAcrossCampaigns(): Promise<Race> {
    const app = createTestApp(database.handle);
    const first = await seedCampaign(database.seed, workspaceId, { name: 'First' });
    const second = await seedCampaign(database.seed, workspaceId, { name: 'Second' });
    const email = uniqueEmail('race');
    const [a] = await enrollEmails(app, key, first, [email]);
    const [b] = await enrollEmails(app, key, second, [email]);
    const held = a?.enrollmentId as string;
    const next = b?.enrollmentId as string;
    return {
      matches: takesRow(dialect, '*', 'enrollments', held),
      rows: {
        held: { table: 'enrollments', key: { workspace_id: workspaceId, id: held } },
        next: { table: 'enrollments', key: { workspace_id: workspaceId, id: next } },
      },
      send: (app) =>
        app.request('/v1/events', {
          method: 'POST',
          key,
          json: { type: 'unsubscribed', campaign_id: first, lead_id: a?.leadId },
        }),
      async outcome() {
        const rows = await db()
          .selectFrom('enrollments')
          .select(['id', 'status'])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', [held, next])
          .execute();
        const events = await db()
          .selectFrom('events')
          .select('enrollment_id')
          .where('workspace_id', '=', workspaceId)
          .where('enrollment_id', 'in', [held, next])
          .execute();
        const statuses = rows.map((r) => r.status).join(',');
        // One event each (the opt-out and its fan-out): nothing of a lost attempt was kept.
        if (statuses === 'unsubscribed,unsubscribed' && events.length === 2) return 'applied';
        if (statuses === 'not_contacted,not_contacted' && events.length === 0) return 'untouched';
        return `${statuses} with ${events.length} events`;
      },
    };
  }

  /** A campaign edit: locks the campaign, renames it, then replaces its steps. */
  async function campaignEdit(): Promise<Race> {
    const campaign = await seedCampaign(database.seed, workspaceId, { name: 'Before' });
    const steps = [{ subject: 'Only step', delay_hours: 0 }];
    return {
      matches: takesRow(dialect, '*', 'campaigns', campaign),
      rows: {
        held: { table: 'campaigns', key: { workspace_id: workspaceId, id: campaign } },
        next: {
          table: 'campaign_steps',
          key: { workspace_id: workspaceId, campaign_id: campaign, position: 1 },
        },
      },
      send: (app) =>
        app.request(`/v1/campaigns/${campaign}`, { method: 'PATCH', key, json: { name: 'After', steps } }),
      async outcome() {
        const row = await db()
          .selectFrom('campaigns')
          .select('name')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', campaign)
          .executeTakeFirstOrThrow();
        const stored = await db()
          .selectFrom('campaign_steps')
          .select('subject')
          .where('workspace_id', '=', workspaceId)
          .where('campaign_id', '=', campaign)
          .execute();
        const subjects = stored.map((s) => s.subject).join(',');
        if (row.name === 'After' && subjects === 'Only step') return 'applied';
        if (row.name === 'Before' && subjects === 'Hello,Following up') return 'untouched';
        return `${row.name} with steps ${subjects}`;
      },
    };
  }

  /** Sends the race's request through an app whose transaction meets the rival on the attempts `loseOn` names. */
  async function run(race: Race, loseOn: (attempt: number) => boolean) {
    let attempts = 0;
    const barrier = queryBarrier(dialect, race.matches, async () => {
      attempts += 1;
      if (loseOn(attempts)) await rival.strike(race.rows);
    });
    // The service's commands, run on this thread over a writable connection with the barrier in it (a
    // plugin cannot cross to the writer thread); the retry under test is the command's own.
    const writer = inProcessWriter(database.seed.withPlugin(barrier), dialect);
    const app = createTestApp({ ...database.handle, writer });
    const response = await race.send(app);
    await rival.settle();
    return { response, attempts, outcome: await race.outcome() };
  }

  for (const [name, prepare] of [
    ['event ingestion (an opt-out across campaigns)', optOutAcrossCampaigns],
    ['a campaign edit', campaignEdit],
  ] as const) {
    it(`${name}: runs the whole transaction again and succeeds`, async () => {
      const { response, attempts, outcome } = await run(await prepare(), (n) => n === 1);
      expect(response.status, await response.clone().text()).toBeLessThan(300);
      expect(attempts, 'the first attempt lost and a second one ran').toBe(2);
      expect(outcome).toBe('applied');
    });

    it(`${name}: answers 503 database-busy with Retry-After when every attempt loses`, async () => {
      const { response, attempts, outcome } = await run(await prepare(), () => true);
      expect(response.status, await response.clone().text()).toBe(503);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = await readJson(response);
      expect(body).toMatchObject({ type: '/problems/database-busy', status: 503 });
      expect(JSON.stringify(body)).not.toMatch(/deadlock|SQLITE|select /i);
      expect(attempts).toBe(TRANSACTION_ATTEMPTS);
      expect(outcome).toBe('untouched');
    });
  }
});
