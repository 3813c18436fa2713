import type { Db } from '../../platform/db/database.js';
import { attemptDelivery, type DeliverContext } from './deliver.js';
import { type DeliveryRow, findDueDeliveries } from './deliveries.repository.js';
import { enqueueChanges, type OutboxOptions } from './outbox.js';
import { listEnabledSubscriptions, type SubscriptionRow } from './subscriptions.repository.js';

export interface WebhookWorkerOptions extends DeliverContext {
  /** Reads what to follow and what is due; writes go through `writer`. */
  db: Db;
  /** Attempts in flight at once in this process. */
  concurrency: number;
  /** Pause between passes when idle. */
  pollIntervalMs: number;
  outbox: OutboxOptions;
}

export interface PassResult {
  /** Deliveries created from status changes. */
  enqueued: number;
  /** Attempts this worker made (claims it won). */
  attempted: number;
}

/**
 * Sends webhooks outside any request. Each pass turns new status changes into deliveries (per
 * subscription, scoped by workspace) and starts the due ones, up to `concurrency` at once and half of
 * that per endpoint, so one slow endpoint cannot hold every slot. Attempts are claimed in the
 * database, so any number of workers, in any number of processes, share the work without sending
 * anything twice. No state outside the returned object; `stop()` waits for attempts in flight.
 */
export interface WebhookWorker {
  /** Polls every `pollIntervalMs` until stopped. */
  start(): void;
  /** Stops polling and waits for the attempts in flight (each bounded by the timeout). */
  stop(): Promise<void>;
  /** Runs a pass soon instead of after the poll interval (e.g. after a replay). */
  wake(): void;
  /** Passes until nothing more is due now, waiting for every attempt: for tests and scripts. */
  runOnce(): Promise<PassResult>;
}

export function createWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const { db, logger } = options;
  const inFlight = new Map<string, { subscriptionId: string; done: Promise<boolean> }>();
  const perSubscription = Math.max(1, Math.floor(options.concurrency / 2));
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let passing: Promise<unknown> | undefined;
  let wakeRequested = false;
  let rotation = 0;

  const inFlightFor = (subscriptionId: string) =>
    [...inFlight.values()].filter((f) => f.subscriptionId === subscriptionId).length;

  function startAttempt(subscription: SubscriptionRow, delivery: DeliveryRow): void {
    const done = attemptDelivery(options, subscription, delivery)
      .catch((error: unknown) => {
        logger.error({ err: error, deliveryId: delivery.id }, 'webhook attempt failed to run');
        return false;
      })
      .finally(() => inFlight.delete(delivery.id));
    inFlight.set(delivery.id, { subscriptionId: subscription.id, done });
  }

  /** One pass: enqueue, then start due attempts in free slots. Returns the attempts it started. */
  async function pass(): Promise<{ enqueued: number; started: Array<Promise<boolean>> }> {
    const now = options.clock.now();
    const subscriptions = await listEnabledSubscriptions(db);
    let enqueued = 0;
    for (const subscription of subscriptions) {
      try {
        enqueued += await enqueueChanges(options, subscription, now, options.outbox);
      } catch (error) {
        logger.error({ err: error, webhookId: subscription.id }, 'webhook outbox pass failed');
      }
    }
    // A different first subscription each pass, so free slots go round all of them.
    rotation = (rotation + 1) % Math.max(1, subscriptions.length);
    const ordered = [...subscriptions.slice(rotation), ...subscriptions.slice(0, rotation)];
    const started: Array<Promise<boolean>> = [];
    for (const subscription of ordered) {
      const free = Math.min(
        options.concurrency - inFlight.size,
        perSubscription - inFlightFor(subscription.id),
      );
      if (options.concurrency - inFlight.size <= 0) break;
      if (free <= 0) continue;
      const due = await findDueDeliveries(db, subscription.workspace_id, subscription.id, now, free);
      for (const delivery of due) {
        if (inFlight.has(delivery.id)) continue;
        startAttempt(subscription, delivery);
        const entry = inFlight.get(delivery.id);
        if (entry) started.push(entry.done);
      }
    }
    return { enqueued, started };
  }

  async function loop(): Promise<void> {
    timer = undefined;
    const current = pass().catch((error: unknown) => logger.error({ err: error }, 'webhook pass failed'));
    passing = current;
    await current;
    passing = undefined;
    if (!running) return;
    timer = setTimeout(loop, wakeRequested ? 0 : options.pollIntervalMs);
    timer.unref();
    wakeRequested = false;
  }

  return {
    start() {
      if (running) return;
      running = true;
      timer = setTimeout(loop, 0);
      timer.unref();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await passing;
      await Promise.all([...inFlight.values()].map((f) => f.done));
    },
    wake() {
      if (!running) return;
      if (timer) {
        clearTimeout(timer);
        timer = setTimeout(loop, 0);
        timer.unref();
      } else {
        wakeRequested = true;
      }
    },
    async runOnce() {
      const total: PassResult = { enqueued: 0, attempted: 0 };
      // Bounded, in case a retry schedule of zero delays keeps making work due "now".
      for (let passes = 0; passes < 100; passes++) {
        const { enqueued, started } = await pass();
        total.enqueued += enqueued;
        const claimed = (await Promise.all(started)).filter(Boolean).length;
        total.attempted += claimed;
        if (started.length === 0) break;
      }
      return total;
    },
  };
}
