// The service killed with SIGKILL in the middle of event batches, restarted on the same database
// (a SQLite file, the default, and MariaDB), and the same batches sent again: nothing half-written,
// nothing lost, nothing counted twice, every opt-out everywhere.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consistencyProblems } from '../../src/engine/derived-state-check.js';
import { createWorkspace } from '../../src/features/workspaces/workspaces.repository.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../src/test-support/test-databases.js';
import { apiClient, randomEvent, type Service, seededRandom, startService } from './service.js';
import { countersCorrectedByRecount, storedExternalIds } from './verify.js';

const LEADS = 60;
const BATCHES = 16;
const PER_BATCH = 150;

for (const dialect of DIALECTS) {
  describe(`SIGKILL in the middle of event batches [${dialect}]`, () => {
    let database: TestDatabase;
    const services: Service[] = [];
    beforeAll(async () => {
      // SQLite: a file the service processes and this test open in turn (WAL, as `npm start` runs it).
      database =
        dialect === 'sqlite'
          ? await createTestDatabase('sqlite', {
              sqliteFile: join(mkdtempSync(join(tmpdir(), 'leadstatus-kill-')), 'kill.db'),
            })
          : await createTestDatabase('mysql');
    });
    afterAll(async () => {
      for (const s of services) await s.stop('SIGKILL');
      await database?.drop();
    });

    it('leaves every batch all or nothing, and the same batches sent again end exactly as deriveStatus says', async () => {
      const { workspace, apiKey } = await createWorkspace(database.handle.writer, {
        name: 'Faults',
        now: Date.now(),
      });
      const env = { DATABASE_URL: database.url, ...(dialect === 'mysql' ? { DATABASE_POOL_SIZE: '8' } : {}) };
      const first = await startService(env);
      services.push(first);
      let api = apiClient(first.url, apiKey);

      // Every lead in two campaigns, so unsubscribes and complaints fan out across campaigns inside
      // the same transaction (more rows that must all be written, or none).
      const emails = Array.from({ length: LEADS }, (_, i) => `kill.${i}@faults.example.com`);
      const a = await api.campaignWith('Kill A', emails);
      const b = await api.campaignWith('Kill B', emails);
      const targets = [
        ...a.leadIds.map((leadId) => ({ campaignId: a.id, leadId })),
        ...b.leadIds.map((leadId) => ({ campaignId: b.id, leadId })),
      ];
      const random = seededRandom(7);
      const end = Date.now() - 60_000;
      const batches = Array.from({ length: BATCHES }, (_, n) =>
        Array.from({ length: PER_BATCH }, (_, i) =>
          randomEvent(
            random,
            targets[Math.floor(random() * targets.length)] as (typeof targets)[number],
            `kill-${n}-${i}`,
            end,
          ),
        ),
      );

      // All batches at once; the process dies with SIGKILL as soon as a quarter have been answered, so
      // some are committed, some are mid-transaction (MySQL's pool holds 8, SQLite's writer one) and
      // some are not started.
      let answered = 0;
      let killed = false;
      const kill = () => {
        if (killed) return;
        killed = true;
        first.child.kill('SIGKILL');
      };
      const firstPass = await Promise.allSettled(
        batches.map(async (events) => {
          const response = await api.post('/v1/events/batch', { events });
          if (response.status === 200) {
            answered += 1;
            if (answered >= BATCHES / 4) kill();
          }
          return response.status;
        }),
      );
      // Fewer than a quarter answered (every batch done or failed): kill now; the checks below say so.
      kill();
      await first.exited;
      const acknowledged = firstPass.filter((r) => r.status === 'fulfilled' && r.value === 200).length;
      expect(acknowledged).toBeGreaterThan(0);
      expect(acknowledged, 'the kill came after every batch was done: nothing was interrupted').toBeLessThan(
        BATCHES,
      );
      expect(answered).toBe(acknowledged);

      // Right after the crash: each batch is all there or not at all, and no enrollment disagrees with
      // its stored events (an event without its enrollment update, or the reverse, would show here).
      const stored = await storedExternalIds(database.handle, workspace.id, 'kill-');
      const perBatch = batches.map(
        (_, n) => [...stored.keys()].filter((id) => id.startsWith(`kill-${n}-`)).length,
      );
      for (const count of perBatch) expect([0, PER_BATCH]).toContain(count);
      expect([...stored.values()].every((n) => n === 1)).toBe(true);
      const committed = perBatch.filter((n) => n === PER_BATCH).length;
      expect(committed).toBeGreaterThanOrEqual(acknowledged);
      console.log(
        `kill-restart: ${acknowledged} of ${BATCHES} batches answered before the SIGKILL, ${committed} committed`,
      );
      expect(await consistencyProblems(database.handle.db, workspace.id)).toEqual([]);
      expect(await countersCorrectedByRecount(database.handle, workspace.id)).toBe(0);

      // Restart on the same database and send every batch again, as a sender retrying would.
      const second = await startService(env);
      services.push(second);
      api = apiClient(second.url, apiKey);
      const summaries = [];
      for (let i = 0; i < batches.length; i += 4) {
        const answers = await Promise.all(
          batches.slice(i, i + 4).map((events) => api.post('/v1/events/batch', { events })),
        );
        for (const answer of answers) {
          expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200);
          summaries.push(answer.body.summary);
        }
      }
      const total = summaries.reduce(
        (sum, s) => ({
          applied: sum.applied + s.applied,
          duplicate: sum.duplicate + s.duplicate,
          invalid: sum.invalid + s.invalid,
          not_found: sum.not_found + s.not_found,
        }),
        { applied: 0, duplicate: 0, invalid: 0, not_found: 0 },
      );
      expect(total).toEqual({
        applied: (BATCHES - committed) * PER_BATCH,
        duplicate: committed * PER_BATCH,
        invalid: 0,
        not_found: 0,
      });

      const after = await storedExternalIds(database.handle, workspace.id, 'kill-');
      expect(after.size).toBe(BATCHES * PER_BATCH);
      expect([...after.values()].every((n) => n === 1)).toBe(true);
      expect(await consistencyProblems(database.handle.db, workspace.id)).toEqual([]);
      expect(await countersCorrectedByRecount(database.handle, workspace.id)).toBe(0);
      expect(await second.stop('SIGTERM')).toBe(0);
    }, 90_000);
  });
}
