import { deleteExpiredWebhookTokens } from './features/inbound/webhook-tokens.repository.js';
import type { RetentionSettings } from './features/retention/retention-settings.js';
import { type RetentionResult, sweepRetention } from './features/retention/sweep-retention.js';
import { completeSequences } from './features/sequences/complete-sequences.js';
import { endOutOfOfficeHolds } from './features/sequences/end-out-of-office-holds.js';
import { settleWorkspaceClicks } from './features/tracking/settle-clicks.js';
import type { TrackingRuntime } from './features/tracking/tracking-runtime.js';
import type { Services } from './platform/services/services.js';

export interface SweepResult {
  workspaces: number;
  /** `sequence_completed` events this sweep recorded (not counting other sweepers' duplicates). */
  completed: number;
  /** Out-of-office holds this sweep ended (their leads resumed). */
  resumed: number;
  /** Rows the retention deleted: expired idempotency records, old webhook attempts and deliveries. */
  deleted: RetentionResult;
}

/**
 * The service's background sweep: records clicks whose verdict is due (settle-clicks.ts; the click
 * route also schedules that itself, this is the backstop after a restart), resumes out-of-office
 * holds that ended (end-out-of-office-holds.ts), completes finished sequences (complete-sequences.ts), forgets expired inbound webhook tokens and deletes what is past
 * its retention (sweep-retention.ts), workspace by workspace. Safe in several processes at once.
 * Created stopped: the server starts it (`start()`) and stops it on shutdown.
 */
export interface Sweeper {
  /** Sweeps every `intervalMs` until stopped (nothing when the interval is 0). */
  start(): void;
  /** Stops and waits for a sweep in progress. */
  stop(): Promise<void>;
  /** One whole sweep (of one workspace, or of all): for tests, scripts and `leadstatus sweep`. */
  runOnce(options?: { workspaceId?: string }): Promise<SweepResult>;
}

const WORKSPACE_PAGE = 500;

export function createSweeper(
  services: Services,
  runtime: TrackingRuntime,
  retention: RetentionSettings,
): Sweeper {
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let sweeping: Promise<unknown> | undefined;

  async function sweep(options: { workspaceId?: string } = {}): Promise<SweepResult> {
    const result: SweepResult = {
      workspaces: 0,
      completed: 0,
      resumed: 0,
      deleted: { idempotencyKeys: 0, webhookAttempts: 0, webhookDeliveries: 0 },
    };
    let after = '';
    for (;;) {
      let query = services.db.selectFrom('workspaces').select('id').where('id', '>', after);
      if (options.workspaceId !== undefined) query = query.where('id', '=', options.workspaceId);
      const workspaces = await query.orderBy('id').limit(WORKSPACE_PAGE).execute();
      for (const { id } of workspaces) {
        // One workspace's failure does not stop the others', nor its retention.
        try {
          await settleWorkspaceClicks(services, runtime, id);
          result.resumed += await endOutOfOfficeHolds(services, id);
          result.completed += await completeSequences(services, id);
          await deleteExpiredWebhookTokens(services.writer, id, services.clock.now());
        } catch (error) {
          services.logger.error({ err: error, workspaceId: id }, 'sweeping a workspace failed');
        }
        try {
          const deleted = await sweepRetention(services, retention, id);
          result.deleted.idempotencyKeys += deleted.idempotencyKeys;
          result.deleted.webhookAttempts += deleted.webhookAttempts;
          result.deleted.webhookDeliveries += deleted.webhookDeliveries;
        } catch (error) {
          services.logger.error({ err: error, workspaceId: id }, 'retention sweep of a workspace failed');
        }
        result.workspaces += 1;
      }
      if (workspaces.length < WORKSPACE_PAGE) return result;
      after = workspaces[workspaces.length - 1]?.id as string;
    }
  }

  async function loop(): Promise<void> {
    timer = undefined;
    const current = sweep().catch((error: unknown) => services.logger.error({ err: error }, 'sweep failed'));
    sweeping = current;
    await current;
    sweeping = undefined;
    if (!running) return;
    timer = setTimeout(loop, runtime.sweepIntervalMs);
    timer.unref();
  }

  return {
    start() {
      if (running || runtime.sweepIntervalMs <= 0) return;
      running = true;
      timer = setTimeout(loop, 0);
      timer.unref();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await sweeping;
    },
    runOnce: (options) => sweep(options),
  };
}
