// A lead enrolled in a new campaign while it opts out (or its address is listed) on another
// connection: whichever commits first, the lead ends opted out everywhere. The enrollment is held at
// a barrier right after it checked the DNC list; the opt-out then runs to its end (or until it waits
// for the enrollment's lock), and the enrollment goes on. Without the lead's row lock on both sides,
// MySQL (READ COMMITTED) lets the enrollment act on a DNC check the opt-out has since made stale and
// the opt-out miss the enrollment it could not yet see: a not_contacted enrollment of an opted-out lead.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { consistencyProblems } from '../../engine/derived-state-check.js';
import { parseConnectionUrl } from '../../platform/config/connection-url.js';
import { inProcessWriter } from '../../platform/db/in-process-writer.js';
import { type DatabaseHandle, openDatabase } from '../../platform/db/open-database.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../test-support/fixtures.js';
import { queryBarrier } from '../../test-support/query-barrier.js';
import { readJson } from '../../test-support/read-json.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';

describeEachDatabase('enrolling a lead while it opts out', ({ dialect, database }) => {
  // The opt-out's own connection (SQLite: a second connection to the file, as a second process has).
  let other: DatabaseHandle;
  beforeAll(() => {
    const target = parseConnectionUrl(database.url);
    if ('error' in target) throw new Error(target.error);
    other = openDatabase(target, { poolSize: 2 });
  });
  afterAll(() => other.close());

  /**
   * Resolves when `work` is done, or (MySQL) when it waits on a lead's row lock: then it can only go
   * on once the transaction held at the barrier commits. The wait shows in the process list (a
   * statement of this database still running `select … from leads … for update`), which needs no
   * privilege beyond the test user's own.
   */
  async function doneOrWaitingForLead(work: Promise<unknown>): Promise<void> {
    let done = false;
    void work.finally(() => {
      done = true;
    });
    if (dialect === 'sqlite') return void (await work);
    for (;;) {
      if (done) return;
      const { rows } = await sql<{ waiting: number }>`
          select count(*) as waiting from information_schema.processlist
          where db = database() and id <> connection_id() and command = 'Query'
            and info like 'select % from \`leads\` %for update'
        `.execute(database.handle.db);
      if (Number(rows[0]?.waiting) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  const optOuts: Array<[string, (app: TestApp, key: string, race: Race) => Promise<Response>]> = [
    [
      'an unsubscribe in another campaign',
      (app, key, race) =>
        app.request('/v1/events', {
          method: 'POST',
          key,
          json: { type: 'unsubscribed', reason: 'link', campaign_id: race.first, lead_id: race.leadId },
        }),
    ],
    [
      'its address added to the DNC list',
      (app, key, race) => app.request('/v1/dnc', { method: 'POST', key, json: { value: race.email } }),
    ],
  ];
  interface Race {
    first: string;
    leadId: string;
    email: string;
  }

  for (const [name, optOut] of optOuts) {
    it(`${name}: the new enrollment ends unsubscribed or blocked, never due for sending`, async () => {
      const setup = createTestApp(database.handle);
      const { apiKey: key, workspaceId } = await setup.newWorkspace();
      const first = await seedCampaign(database.seed, workspaceId, { name: 'First' });
      const later = await seedCampaign(database.seed, workspaceId, { name: 'Later' });
      const email = uniqueEmail('race');
      const [a] = await enrollEmails(setup, key, first, [email]);
      const race: Race = { first, leadId: a?.leadId as string, email };

      const optingOut = createTestApp(other);
      let optOutAnswer: Promise<Response> | undefined;
      const q = dialect === 'mysql' ? '`' : '"';
      const barrier = queryBarrier(
        dialect,
        (query) => query.sql.startsWith(`select ${q}kind${q}, ${q}value${q} from ${q}dnc_entries${q}`),
        async () => {
          if (optOutAnswer) return;
          optOutAnswer = optOut(optingOut, key, race);
          await doneOrWaitingForLead(optOutAnswer);
        },
      );
      // The enrollment's DNC check runs inside its write command: the barrier goes on the connection
      // that runs it, here in-process (SQLite: a writable connection to the file, as the writer thread has).
      const enrolling = createTestApp({
        ...database.handle,
        writer: inProcessWriter(database.seed.withPlugin(barrier), dialect),
      });
      const enrolled = await enrolling.request(`/v1/campaigns/${later}/leads`, {
        method: 'POST',
        key,
        json: { lead_ids: [race.leadId] },
      });
      expect(enrolled.status, await enrolled.clone().text()).toBe(200);
      const opted = await (optOutAnswer as Promise<Response>);
      expect(opted.status, await opted.clone().text()).toBeLessThan(300);

      const [row] = (await readJson(enrolled)).data;
      const stored = await database.handle.db
        .selectFrom('enrollments')
        .select(['status', 'status_reason'])
        .where('id', '=', row.enrollment_id)
        .executeTakeFirstOrThrow();
      expect(['unsubscribed', 'bounced'], JSON.stringify(stored)).toContain(stored.status);
      expect(await consistencyProblems(database.handle.db, workspaceId)).toEqual([]);
    });
  }
});
