import { deriveStatus, stopsSending } from '@leadstatus/core';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { readCounters } from '../features/analytics/counters.repository.js';
import { fixedClock } from '../platform/clock.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../test-support/fixtures.js';
import { readJson } from '../test-support/read-json.js';
import { createTestApp } from '../test-support/test-app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { applyEvents } from './apply-events.js';
import { EnrollmentGoneError, LostUpdateError } from './context.js';
import { stateFromRow } from './enrollment-state.js';
import { loadEnrollmentHistories, loadEnrollmentHistory } from './events.repository.js';
import { recordEvents } from './record-events.js';
import { recordedEvent } from './recorded-event.js';

const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

describeEachDatabase('the event engine writing many enrollments at once', ({ database, dialect }) => {
  const setup = async (leads: number) => {
    const app = createTestApp(database.handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const enrolled = await enrollEmails(
      app,
      key,
      campaignId,
      Array.from({ length: leads }, () => uniqueEmail('engine')),
    );
    const batch = async (events: Array<Record<string, unknown>>) => {
      const response = await app.request('/v1/events/batch', { method: 'POST', key, json: { events } });
      expect(response.status).toBe(200);
      return readJson(response);
    };
    const rows = () =>
      database.handle.db
        .selectFrom('enrollments')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
    return { workspaceId, campaignId, enrolled, batch, rows };
  };

  it('leaves each enrollment as deriveStatus of its events, its version one up per batch', async () => {
    const { workspaceId, campaignId, enrolled, batch, rows } = await setup(9);
    const before = new Map((await rows()).map((r) => [r.id, r]));
    const e = (i: number, type: string, minutes: number, extra: Record<string, unknown> = {}) => ({
      type,
      campaign_id: campaignId,
      lead_id: enrolled[i]?.leadId,
      occurred_at: at(minutes),
      ...extra,
    });
    // Each enrollment changes a different set of columns: status or not, schedule or not, a late event.
    const first = await batch([
      e(0, 'sent', 0),
      e(1, 'sent', 0),
      e(1, 'opened', 1, { machine: true }),
      e(2, 'sent', 0),
      e(2, 'opened', 5),
      e(3, 'sent', 0),
      e(3, 'replied', 30),
      e(4, 'bounced', 10, { bounce_type: 'soft' }),
      e(4, 'bounced', 20, { bounce_type: 'soft' }),
      e(4, 'bounced', 30, { bounce_type: 'soft' }),
      e(5, 'sent', 60),
      e(5, 'opened', 30),
      e(6, 'unsubscribed', 3, { reason: 'one_click' }),
      e(8, 'sent', 0),
      e(8, 'sequence_completed', 40),
    ]);
    expect(first.summary.applied).toBe(15);
    // Late against what is stored: re-derived from the history loaded for the whole batch at once.
    const second = await batch([e(0, 'opened', -5), e(2, 'clicked', 50), e(5, 'clicked', 10)]);
    expect(second.summary.applied).toBe(3);

    const touched = [2, 1, 2, 1, 1, 2, 1, 0, 1];
    for (const row of await rows()) {
      const index = enrolled.findIndex((x) => x.enrollmentId === row.id);
      const history = await loadEnrollmentHistory(database.handle.db, workspaceId, row.id);
      const derived = deriveStatus(history);
      expect({ ...stateFromRow(row), statusChangedAt: null }, row.id).toEqual({
        ...derived,
        statusChangedAt: null,
      });
      expect(row.version, `version of enrollment ${index}`).toBe(touched[index]);
      const enrolledRow = before.get(row.id);
      expect(row.next_due_at).toBe(stopsSending(row.status) ? null : enrolledRow?.next_due_at);
      expect(row.lead_email).toBe(enrolledRow?.lead_email);
      expect(row.created_at).toBe(enrolledRow?.created_at);
    }
    expect((await rows()).map((r) => r.status).sort()).toEqual([
      'bounced',
      'completed',
      'engaged',
      'engaged',
      'engaged',
      'not_contacted',
      'replied',
      'sent',
      'unsubscribed',
    ]);
    const counters = (await readCounters(database.handle.db, workspaceId, [campaignId])).get(campaignId);
    const expected: Record<string, number> = {};
    for (const row of await rows())
      expected[`status:${row.status}`] = (expected[`status:${row.status}`] ?? 0) + 1;
    expect(
      Object.fromEntries([...(counters ?? [])].filter(([m, v]) => v !== 0 && m.startsWith('status:'))),
    ).toEqual(expected);
  });

  it('answers 404 when an enrollment is erased between the look-up and the record, writing nothing', async () => {
    const { workspaceId, campaignId, enrolled, rows } = await setup(2);
    const [kept, erased] = enrolled as [(typeof enrolled)[number], (typeof enrolled)[number]];
    const events = [kept, erased].map((x) =>
      recordedEvent({
        enrollmentId: x.enrollmentId,
        campaignId,
        leadId: x.leadId,
        type: 'sent',
        occurredAt: T0,
      }),
    );
    // The erasure wins the race: its enrollment is gone when the door locks the rows.
    await database.seed
      .deleteFrom('enrollments')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', erased.enrollmentId)
      .execute();
    const record = recordEvents(
      { writer: database.handle.writer, clock: fixedClock(T0) },
      { workspaceId, source: 'http', events },
    );
    // On SQLite the error crossed from the writer thread: its name and code, not its class, arrive.
    await expect(record).rejects.toMatchObject({ name: 'EnrollmentGoneError', code: 'ENROLLMENT_GONE' });
    expect((await rows()).map((r) => r.status)).toEqual(['not_contacted']);
    const app = createTestApp(database.handle);
    app.app.get('/gone', () => {
      throw new EnrollmentGoneError('gone');
    });
    const response = await app.request('/gone');
    expect([response.status, (await readJson(response)).type]).toEqual([404, '/problems/not-found']);
  });

  it('fails the whole transaction with LostUpdateError when a version moved after the lock', async () => {
    const { workspaceId, campaignId, enrolled, rows } = await setup(3);
    // The engine's helpers run here, in a transaction of the seed connection (one that may write).
    const db = database.seed;
    // A trigger that changes the enrollment between the engine's read of it and its write.
    const body =
      'update enrollments set version = version + 1 where workspace_id = new.workspace_id and id = new.enrollment_id';
    await sql
      .raw(
        dialect === 'sqlite'
          ? `create trigger bump_version after insert on events begin ${body}; end`
          : `create trigger bump_version after insert on events for each row ${body}`,
      )
      .execute(db);
    try {
      const events = enrolled.map((x) =>
        recordedEvent({
          enrollmentId: x.enrollmentId,
          campaignId,
          leadId: x.leadId,
          type: 'sent',
          occurredAt: T0,
        }),
      );
      await expect(
        db
          .transaction()
          .execute((trx) =>
            applyEvents(
              { trx, dialect, workspaceId, now: T0, options: { filterMachineEvents: true } },
              events,
            ),
          ),
      ).rejects.toThrow(LostUpdateError);
    } finally {
      await sql.raw('drop trigger bump_version').execute(db);
    }
    // Rolled back: no event stored, every enrollment as it was.
    expect((await rows()).map((r) => [r.status, r.version])).toEqual(
      enrolled.map(() => ['not_contacted', 0]),
    );
    const stored = await db
      .selectFrom('events')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(stored).toEqual([]);
  });

  describe('loadEnrollmentHistories', () => {
    it('gives each enrollment what loadEnrollmentHistory gives it, and none for one with no events', async () => {
      const { workspaceId, campaignId, enrolled, batch } = await setup(3);
      await batch([
        { type: 'sent', campaign_id: campaignId, lead_id: enrolled[0]?.leadId, occurred_at: at(10) },
        { type: 'opened', campaign_id: campaignId, lead_id: enrolled[0]?.leadId, occurred_at: at(5) },
        // The same time twice: arrival (the event id) breaks the tie.
        { type: 'opened', campaign_id: campaignId, lead_id: enrolled[0]?.leadId, occurred_at: at(10) },
        { type: 'sent', campaign_id: campaignId, lead_id: enrolled[1]?.leadId, occurred_at: at(1) },
      ]);
      const ids = enrolled.map((x) => x.enrollmentId);
      const histories = await loadEnrollmentHistories(database.handle.db, workspaceId, ids);
      for (const id of ids) {
        expect(histories.get(id), id).toEqual(
          await loadEnrollmentHistory(database.handle.db, workspaceId, id),
        );
      }
      expect(histories.get(enrolled[0]?.enrollmentId ?? '')?.map((h) => h.type)).toEqual([
        'opened',
        'sent',
        'opened',
      ]);
      expect(histories.get(enrolled[2]?.enrollmentId ?? '')).toEqual([]);
    });
  });
});
