import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../app.js';
import { buildProgram } from '../../cli/program.js';
import { fixedClock } from '../../platform/clock.js';
import type { WebhookDeliveryStatus } from '../../platform/db/tables/webhooks.js';
import { IDEMPOTENCY_TTL_MS } from '../../platform/idempotency/idempotency.middleware.js';
import { newId } from '../../platform/ids.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { createWorkspace } from '../workspaces/workspaces.repository.js';
import type { RetentionSettings } from './retention-settings.js';

const DAY = 24 * 3600_000;
const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);

describeEachDatabase('the retention sweep', ({ database }) => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  /** An app on a fake clock with the given retention, and a fresh workspace. */
  const setup = async (retention: Partial<RetentionSettings> = {}) => {
    const clock = fixedClock(NOW);
    const leadStatus = createApp({ database: database.handle, clock, retention });
    const { workspace, apiKey } = await createWorkspace(database.handle.writer, {
      name: 'Retention',
      now: NOW,
    });
    return { clock, leadStatus, workspaceId: workspace.id, apiKey };
  };

  const db = () => database.handle.db;

  const insertKey = async (workspaceId: string, key: string, expiresAt: number) => {
    await database.seed
      .insertInto('idempotency_keys')
      .values({
        workspace_id: workspaceId,
        idempotency_key: key,
        request_hash: 'h',
        state: 'done',
        response_status: 201,
        response_body: '{}',
        created_at: expiresAt - IDEMPOTENCY_TTL_MS,
        expires_at: expiresAt,
      })
      .execute();
    await database.seed
      .insertInto('idempotency_subjects')
      .values({
        workspace_id: workspaceId,
        idempotency_key: key,
        kind: 'email',
        value: `${key}@example.com`,
      })
      .execute();
  };
  const keysOf = async (workspaceId: string) =>
    (
      await db()
        .selectFrom('idempotency_keys')
        .select('idempotency_key')
        .where('workspace_id', '=', workspaceId)
        .execute()
    )
      .map((r) => r.idempotency_key)
      .sort();
  const subjectKeysOf = async (workspaceId: string) =>
    (
      await db()
        .selectFrom('idempotency_subjects')
        .select('idempotency_key')
        .where('workspace_id', '=', workspaceId)
        .execute()
    )
      .map((r) => r.idempotency_key)
      .sort();

  /** A delivery last touched at `updatedAt`, with one attempt per time in `attempts`. */
  const insertDelivery = async (
    workspaceId: string,
    name: string,
    status: WebhookDeliveryStatus,
    updatedAt: number,
    attempts: number[],
  ) => {
    const id = `dlv_${name}`;
    await database.seed
      .insertInto('webhook_deliveries')
      .values({
        workspace_id: workspaceId,
        id,
        subscription_id: 'whk_1',
        change_id: newId('chg', updatedAt),
        event_type: 'lead.status_changed',
        payload: '{}',
        status,
        attempt_count: attempts.length,
        round_attempts: attempts.length,
        next_attempt_at: status === 'pending' ? updatedAt : null,
        locked_until: null,
        last_status_code: 500,
        last_error: null,
        delivered_at: status === 'delivered' ? updatedAt : null,
        created_at: Math.min(updatedAt, ...attempts),
        updated_at: updatedAt,
      })
      .execute();
    for (const [i, attemptedAt] of attempts.entries()) {
      await database.seed
        .insertInto('webhook_attempts')
        .values({
          workspace_id: workspaceId,
          delivery_id: id,
          attempt_number: i + 1,
          attempted_at: attemptedAt,
          status_code: 500,
          duration_ms: 5,
          error: null,
          response_body: null,
        })
        .execute();
    }
  };
  const deliveriesOf = async (workspaceId: string) =>
    (
      await db()
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .execute()
    )
      .map((r) => r.id)
      .sort();
  const attemptsOf = async (workspaceId: string) =>
    (
      await db()
        .selectFrom('webhook_attempts')
        .select(['delivery_id', 'attempt_number'])
        .where('workspace_id', '=', workspaceId)
        .execute()
    )
      .map((r) => `${r.delivery_id}#${r.attempt_number}`)
      .sort();

  describe('idempotency records', () => {
    it('deletes expired records with their subjects; records just inside their 24 hours stay', async () => {
      const { leadStatus, workspaceId } = await setup();
      await insertKey(workspaceId, 'expired-long-ago', NOW - DAY);
      await insertKey(workspaceId, 'expired-now', NOW);
      await insertKey(workspaceId, 'live', NOW + 1);
      const result = await leadStatus.sweeper.runOnce({ workspaceId });
      expect(result.deleted.idempotencyKeys).toBe(2);
      expect(await keysOf(workspaceId)).toEqual(['live']);
      expect(await subjectKeysOf(workspaceId)).toEqual(['live']);
    });

    it('deletes a record the API stored once its time is up, and not before', async () => {
      const { leadStatus, workspaceId, apiKey, clock } = await setup();
      const response = await leadStatus.app.request('/v1/leads', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${apiKey}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': 'create-ann',
        },
        body: JSON.stringify({ email: 'ann@example.com' }),
      });
      expect(response.status).toBe(201);
      clock.advance(IDEMPOTENCY_TTL_MS - 1);
      await leadStatus.sweeper.runOnce({ workspaceId });
      expect(await keysOf(workspaceId)).toEqual(['create-ann']);
      clock.advance(1);
      await leadStatus.sweeper.runOnce({ workspaceId });
      expect(await keysOf(workspaceId)).toEqual([]);
      expect(await subjectKeysOf(workspaceId)).toEqual([]);
    });
  });

  describe('webhook deliveries', () => {
    it('deletes attempts and finished deliveries older than the retention; pending ones and newer ones stay', async () => {
      const { leadStatus, workspaceId } = await setup({ webhookDeliveryRetentionDays: 30 });
      const cutoff = NOW - 30 * DAY;
      await insertDelivery(workspaceId, 'delivered_old', 'delivered', cutoff - 1, [cutoff - 2]);
      await insertDelivery(workspaceId, 'failed_old', 'failed', cutoff - 1, [cutoff - 3, cutoff - 2]);
      await insertDelivery(workspaceId, 'delivered_edge', 'delivered', cutoff, [cutoff]);
      await insertDelivery(workspaceId, 'delivered_new', 'delivered', NOW, [NOW]);
      // Replayed after its old attempts: still to be sent, so it stays, without its old attempts.
      await insertDelivery(workspaceId, 'pending_old', 'pending', NOW, [cutoff - 5, NOW]);

      const result = await leadStatus.sweeper.runOnce({ workspaceId });
      expect(result.deleted).toEqual({ idempotencyKeys: 0, webhookAttempts: 4, webhookDeliveries: 2 });
      expect(await deliveriesOf(workspaceId)).toEqual([
        'dlv_delivered_edge',
        'dlv_delivered_new',
        'dlv_pending_old',
      ]);
      expect(await attemptsOf(workspaceId)).toEqual([
        'dlv_delivered_edge#1',
        'dlv_delivered_new#1',
        'dlv_pending_old#2',
      ]);
    });

    it('reads the retention from its setting', async () => {
      const { leadStatus, workspaceId } = await setup({ webhookDeliveryRetentionDays: 2 });
      await insertDelivery(workspaceId, 'three_days', 'delivered', NOW - 3 * DAY, [NOW - 3 * DAY]);
      await insertDelivery(workspaceId, 'one_day', 'delivered', NOW - DAY, [NOW - DAY]);
      await leadStatus.sweeper.runOnce({ workspaceId });
      expect(await deliveriesOf(workspaceId)).toEqual(['dlv_one_day']);
    });
  });

  describe('bounded work', () => {
    it('deletes in batches of the batch size, up to the cap per sweep, and the next sweep goes on', async () => {
      const { leadStatus, workspaceId } = await setup({ batchSize: 2, maxBatchesPerRun: 2 });
      for (let i = 0; i < 7; i++) await insertKey(workspaceId, `old-${i}`, NOW - DAY);
      for (let i = 0; i < 5; i++) {
        await insertDelivery(workspaceId, `old_${i}`, 'delivered', NOW - 40 * DAY, [NOW - 40 * DAY]);
      }
      const first = await leadStatus.sweeper.runOnce({ workspaceId });
      expect(first.deleted).toEqual({ idempotencyKeys: 4, webhookAttempts: 4, webhookDeliveries: 4 });
      expect(await keysOf(workspaceId)).toHaveLength(3);
      expect(await deliveriesOf(workspaceId)).toHaveLength(1);
      expect(await attemptsOf(workspaceId)).toHaveLength(1);
      const second = await leadStatus.sweeper.runOnce({ workspaceId });
      expect(second.deleted).toEqual({ idempotencyKeys: 3, webhookAttempts: 1, webhookDeliveries: 1 });
      expect(await keysOf(workspaceId)).toEqual([]);
      expect(await deliveriesOf(workspaceId)).toEqual([]);
    });

    it('deletes a whole default batch of 1,000 rows in one statement', async () => {
      const { leadStatus, workspaceId } = await setup();
      await insertDelivery(workspaceId, 'many_attempts', 'pending', NOW, []);
      const attempts = Array.from({ length: 1001 }, (_, i) => ({
        workspace_id: workspaceId,
        delivery_id: 'dlv_many_attempts',
        attempt_number: i + 1,
        attempted_at: NOW - 40 * DAY,
        status_code: 500,
        duration_ms: 5,
        error: null,
        response_body: null,
      }));
      for (let i = 0; i < attempts.length; i += 250) {
        await database.seed
          .insertInto('webhook_attempts')
          .values(attempts.slice(i, i + 250))
          .execute();
      }
      const result = await leadStatus.sweeper.runOnce({ workspaceId });
      expect(result.deleted.webhookAttempts).toBe(1001);
      expect(await attemptsOf(workspaceId)).toEqual([]);
    });

    it("leaves other workspaces' rows to their own sweep", async () => {
      const a = await setup();
      const b = await setup();
      await insertKey(a.workspaceId, 'old-a', NOW - DAY);
      await insertKey(b.workspaceId, 'old-b', NOW - DAY);
      await a.leadStatus.sweeper.runOnce({ workspaceId: a.workspaceId });
      expect(await keysOf(a.workspaceId)).toEqual([]);
      expect(await keysOf(b.workspaceId)).toEqual(['old-b']);
    });
  });

  it('runs as `leadstatus sweep` with WEBHOOK_DELIVERY_RETENTION_DAYS', async () => {
    const { workspaceId } = await setup();
    // The CLI uses the real clock.
    const now = Date.now();
    await insertDelivery(workspaceId, 'cli_three_days', 'delivered', now - 3 * DAY, [now - 3 * DAY]);
    await insertDelivery(workspaceId, 'cli_one_day', 'delivered', now - DAY, [now - DAY]);
    vi.stubEnv('DATABASE_URL', database.url);
    vi.stubEnv('WEBHOOK_DELIVERY_RETENTION_DAYS', '2');
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    await buildProgram()
      .exitOverride()
      .parseAsync(['node', 'leadstatus', 'sweep', '--workspace', workspaceId]);
    expect(stderr).toContain('1 webhook deliveries and 1 attempt(s) past retention');
    expect(await deliveriesOf(workspaceId)).toEqual(['dlv_cli_one_day']);
  });
});
