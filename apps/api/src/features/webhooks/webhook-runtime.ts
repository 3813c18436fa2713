import type { MiddlewareHandler } from 'hono';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Writer } from '../../platform/db/writer.js';
import type { Logger } from '../../platform/logger.js';
import { RETRY_DELAYS_MS } from './backoff.js';
import { createWebhookWorker, type WebhookWorker } from './delivery-worker.js';
import { nodeHttpTransport, type Transport } from './http-transport.js';
import { type Resolver, systemResolver, type UrlPolicy } from './url-policy.js';

/** What the service can tune about webhooks; every field has a production default. */
export interface WebhookSettings {
  /** `WEBHOOK_ALLOW_INSECURE`: allow `http:` and loopback targets (development and tests only). */
  allowInsecure?: boolean;
  /** Per-attempt timeout, from connecting to reading the answer. */
  timeoutMs?: number;
  concurrency?: number;
  pollIntervalMs?: number;
  lateCommitWindowMs?: number;
  retryDelaysMs?: readonly number[];
  /** Injected in tests: a stub resolver (no real DNS), a guarded transport, a fixed jitter. */
  resolver?: Resolver;
  transport?: Transport;
  random?: () => number;
}

export interface WebhookRuntime {
  policy: UrlPolicy;
  worker: WebhookWorker;
  /** Subscriptions per workspace. */
  maxSubscriptions: number;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Set for the /v1/webhooks routes by createApp. */
    webhooks: WebhookRuntime;
  }
}

export function createWebhookRuntime(
  parts: { db: Db; writer: Writer; clock: Clock; logger: Logger },
  settings: WebhookSettings = {},
): WebhookRuntime {
  const policy: UrlPolicy = {
    allowInsecure: settings.allowInsecure ?? false,
    resolver: settings.resolver ?? systemResolver,
  };
  const worker = createWebhookWorker({
    db: parts.db,
    writer: parts.writer,
    clock: parts.clock,
    logger: parts.logger,
    policy,
    transport: settings.transport ?? nodeHttpTransport,
    timeoutMs: settings.timeoutMs ?? 10_000,
    concurrency: settings.concurrency ?? 8,
    pollIntervalMs: settings.pollIntervalMs ?? 1_000,
    retryDelaysMs: settings.retryDelaysMs ?? RETRY_DELAYS_MS,
    random: settings.random ?? Math.random,
    outbox: { lateCommitWindowMs: settings.lateCommitWindowMs ?? 60_000, pageSize: 1000, maxPages: 20 },
  });
  return { policy, worker, maxSubscriptions: 20 };
}

/** Hands the runtime to the webhook routes (no module-level state). */
export function provideWebhooks(runtime: WebhookRuntime): MiddlewareHandler {
  return async (c, next) => {
    c.set('webhooks', runtime);
    await next();
  };
}
