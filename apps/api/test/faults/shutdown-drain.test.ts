// SIGTERM while event batches wait for the writer (the SQLite writer thread, or MySQL's pool): the
// service answers every batch it had received, stores each whole, and exits 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consistencyProblems } from '../../src/engine/derived-state-check.js';
import { createWorkspace } from '../../src/features/workspaces/workspaces.repository.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../src/test-support/test-databases.js';
import { apiClient, randomEvent, type Service, seededRandom, startService } from './service.js';
import { storedExternalIds } from './verify.js';

const BATCHES = 6;
const PER_BATCH = 500;

for (const dialect of DIALECTS) {
  describe(`shutdown with batches in flight [${dialect}]`, () => {
    let database: TestDatabase;
    let service: Service | undefined;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await service?.stop('SIGKILL');
      await database?.drop();
    });

    it('answers every batch it received, stores each whole, and exits 0', async () => {
      const { workspace, apiKey } = await createWorkspace(database.handle.writer, {
        name: 'Drain',
        now: Date.now(),
      });
      service = await startService({ DATABASE_URL: database.url });
      const api = apiClient(service.url, apiKey);
      const emails = Array.from({ length: 50 }, (_, i) => `drain.${i}@faults.example.com`);
      const campaign = await api.campaignWith('Drain', emails);
      const random = seededRandom(11);
      const end = Date.now() - 60_000;
      const batches = Array.from({ length: BATCHES }, (_, n) =>
        Array.from({ length: PER_BATCH }, (_, i) =>
          randomEvent(
            random,
            { campaignId: campaign.id, leadId: campaign.leadIds[i % campaign.leadIds.length] as string },
            `drain-${n}-${i}`,
            end,
          ),
        ),
      );

      const running = service;
      let signalled = false;
      let answeredBeforeSignal = 0;
      const statuses = await Promise.all(
        batches.map(async (events) => {
          const response = await api.post('/v1/events/batch', { events });
          if (!signalled) {
            // The first answer: the others were sent with it and wait for the writer.
            signalled = true;
            answeredBeforeSignal = 1;
            running.child.kill('SIGTERM');
          }
          return response.status;
        }),
      );
      expect(answeredBeforeSignal).toBe(1);
      expect(statuses).toEqual(Array(BATCHES).fill(200));
      expect(await running.exited).toBe(0);

      const stored = await storedExternalIds(database.handle, workspace.id, 'drain-');
      expect(stored.size).toBe(BATCHES * PER_BATCH);
      expect(await consistencyProblems(database.handle.db, workspace.id)).toEqual([]);
    });
  });
}
