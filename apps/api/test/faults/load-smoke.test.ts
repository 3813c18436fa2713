// A small, bounded version of bench/load: concurrent writers on a few hot and many cold enrollments
// while readers list leads and read analytics, against the real server on MariaDB. No 5xx, no lost
// update, counters equal to a recount. (The benchmark reports the latencies; this asserts none.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consistencyProblems } from '../../src/engine/derived-state-check.js';
import { createWorkspace } from '../../src/features/workspaces/workspaces.repository.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/test-databases.js';
import { apiClient, randomEvent, type Service, seededRandom, startService } from './service.js';
import { countersCorrectedByRecount, storedExternalIds } from './verify.js';

const WRITERS = 4;
const BATCHES_PER_WRITER = 10;
const PER_BATCH = 40;
const READERS = 2;
const HOT = 4;
const COLD = 300;
/** Writers stop early past this, so the test stays bounded on a slow machine. */
const DEADLINE_MS = 40_000;

describe('mixed load on hot and cold enrollments [mysql]', () => {
  let database: TestDatabase;
  let service: Service | undefined;
  beforeAll(async () => {
    database = await createTestDatabase('mysql');
  });
  afterAll(async () => {
    await service?.stop('SIGKILL');
    await database?.drop();
  });

  it('answers no 5xx and loses no update', async () => {
    const { workspace, apiKey } = await createWorkspace(database.handle.writer, {
      name: 'Load',
      now: Date.now(),
    });
    service = await startService({ DATABASE_URL: database.url });
    const api = apiClient(service.url, apiKey);
    const hotEmails = Array.from({ length: HOT }, (_, i) => `hot.${i}@load.example.com`);
    const a = await api.campaignWith('Load A', [
      ...hotEmails,
      ...Array.from({ length: COLD }, (_, i) => `cold.${i}@load.example.org`),
    ]);
    const b = await api.campaignWith('Load B', hotEmails);
    const hot = [
      ...a.leadIds.slice(0, HOT).map((leadId) => ({ campaignId: a.id, leadId })),
      ...b.leadIds.map((leadId) => ({ campaignId: b.id, leadId })),
    ];
    const cold = a.leadIds.slice(HOT).map((leadId) => ({ campaignId: a.id, leadId }));

    const statuses = new Map<string, number[]>();
    const note = (kind: string, status: number) =>
      statuses.set(kind, [...(statuses.get(kind) ?? []), status]);
    const acknowledged = new Set<string>();
    const deadline = Date.now() + DEADLINE_MS;
    let writing = WRITERS;
    const end = Date.now() - 60_000;

    const writer = async (w: number) => {
      const random = seededRandom(100 + w);
      let seq = 0;
      const target = () => {
        const pool = random() < 0.3 ? hot : cold;
        return pool[Math.floor(random() * pool.length)] as (typeof hot)[number];
      };
      for (let n = 0; n < BATCHES_PER_WRITER && Date.now() < deadline; n++) {
        const events = Array.from({ length: PER_BATCH }, () =>
          randomEvent(random, target(), `load-${w}-${seq++}`, end, 0.01),
        );
        // A repeat of the batch's first event: acknowledged as a duplicate, not applied twice.
        events.push(events[0] as Record<string, unknown>);
        const batch = await api.post('/v1/events/batch', { events });
        note('POST /v1/events/batch', batch.status);
        if (batch.status === 200) {
          expect(batch.body.summary).toMatchObject({ invalid: 0, not_found: 0, duplicate: 1 });
          for (const e of events) acknowledged.add(String(e.id));
        }
        const single = randomEvent(
          random,
          hot[n % hot.length] as (typeof hot)[number],
          `load-${w}-${seq++}`,
          end,
          0,
        );
        const one = await api.post('/v1/events', single);
        note('POST /v1/events', one.status);
        if (one.status === 202) acknowledged.add(String(single.id));
      }
      writing -= 1;
    };
    const reads = [
      '/v1/leads?status=engaged,replied&limit=50',
      `/v1/campaigns/${a.id}/leads?sort=-status_changed_at&limit=50`,
      `/v1/campaigns/${a.id}/analytics`,
      `/v1/campaigns/${a.id}/analytics/trends`,
      '/v1/analytics',
      `/v1/leads/${a.leadIds[0]}`,
    ];
    const reader = async (r: number) => {
      for (let i = r; writing > 0 && Date.now() < deadline; i++) {
        const path = reads[i % reads.length] as string;
        note(`GET ${path.split('?')[0]}`, (await api.get(path)).status);
      }
    };
    await Promise.all([
      ...Array.from({ length: WRITERS }, (_, w) => writer(w)),
      ...Array.from({ length: READERS }, (_, r) => reader(r)),
    ]);

    const unexpected = [...statuses].flatMap(([kind, list]) =>
      list.filter((s) => s !== 200 && s !== 202).map((s) => `${kind}: ${s}`),
    );
    expect(unexpected, service.logs().slice(-3000)).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(0);
    const stored = await storedExternalIds(database.handle, workspace.id, 'load-');
    expect(stored.size).toBe(acknowledged.size);
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
    expect(await consistencyProblems(database.handle.db, workspace.id)).toEqual([]);
    expect(await countersCorrectedByRecount(database.handle, workspace.id)).toBe(0);
    expect(await service.stop('SIGTERM')).toBe(0);
  }, 90_000);
});
