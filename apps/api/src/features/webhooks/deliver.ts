import type { Clock } from '../../platform/clock.js';
import type { Writer } from '../../platform/db/writer.js';
import type { Logger } from '../../platform/logger.js';
import { nextAttemptAt } from './backoff.js';
import {
  type AttemptOutcome,
  claimDelivery,
  type DeliveryRow,
  recordAttempt,
} from './deliveries.repository.js';
import type { Transport } from './http-transport.js';
import { webhookHeaders } from './signature.js';
import type { SubscriptionRow } from './subscriptions.repository.js';
import { parseWebhookUrl, resolveWebhookTarget, type UrlPolicy } from './url-policy.js';

export interface DeliverContext {
  /** Claims and records attempts; no write is held while the request is sent. */
  writer: Writer;
  clock: Clock;
  logger: Logger;
  policy: UrlPolicy;
  transport: Transport;
  timeoutMs: number;
  retryDelaysMs: readonly number[];
  random: () => number;
}

/** How long a claim outlives the attempt's own timeout (DNS, recording, a slow database). */
const CLAIM_MARGIN_MS = 30_000;

interface SendResult {
  statusCode: number | null;
  error: string | null;
  responseBody: string | null;
}

/**
 * One attempt of one delivery: claim it, check the target again, send the signed body, record what
 * happened and schedule what follows. Returns false when another worker had it.
 */
export async function attemptDelivery(
  ctx: DeliverContext,
  subscription: SubscriptionRow,
  delivery: DeliveryRow,
): Promise<boolean> {
  const claimedAt = ctx.clock.now();
  const lockedUntil = claimedAt + ctx.timeoutMs + CLAIM_MARGIN_MS;
  if (!(await claimDelivery(ctx.writer, { row: delivery, now: claimedAt, lockedUntil }))) return false;

  const started = performance.now();
  const result = await send(ctx, subscription, delivery);
  const durationMs = Math.round(performance.now() - started);
  const finishedAt = ctx.clock.now();

  const number = delivery.attempt_count + 1;
  const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const gone = result.statusCode === 410;
  const retryAt =
    ok || gone ? null : nextAttemptAt(delivery.round_attempts + 1, finishedAt, ctx.random, ctx.retryDelaysMs);
  const outcome: AttemptOutcome = {
    attempt: {
      workspace_id: delivery.workspace_id,
      delivery_id: delivery.id,
      attempt_number: number,
      attempted_at: claimedAt,
      status_code: result.statusCode,
      duration_ms: durationMs,
      error: result.error,
      response_body: result.responseBody,
    },
    status: ok ? 'delivered' : retryAt === null ? 'failed' : 'pending',
    nextAttemptAt: retryAt,
  };
  const recorded = await recordAttempt(ctx.writer, {
    delivery,
    lockedUntil,
    outcome,
    disable: gone ? { subscriptionId: subscription.id, at: finishedAt } : null,
  });
  if (!recorded) {
    ctx.logger.warn(
      { deliveryId: delivery.id },
      'webhook delivery claim expired before its attempt was recorded',
    );
  }
  return true;
}

async function send(
  ctx: DeliverContext,
  subscription: SubscriptionRow,
  delivery: DeliveryRow,
): Promise<SendResult> {
  const parsed = parseWebhookUrl(subscription.url, ctx.policy);
  if (!parsed.ok) return { statusCode: null, error: `refused: ${parsed.reason}`, responseBody: null };
  const url = parsed.value;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ctx.timeoutMs);
  try {
    // Resolved and checked on every attempt, before connecting, and the connection goes to that address.
    const target = await untilAborted(resolveWebhookTarget(url, ctx.policy), controller.signal);
    if (!target.ok) return { statusCode: null, error: target.reason, responseBody: null };
    const timestamp = Math.floor(ctx.clock.now() / 1000);
    const response = await ctx.transport({
      url,
      address: target.value,
      headers: webhookHeaders(subscription.secret, delivery.id, timestamp, delivery.payload),
      body: delivery.payload,
      signal: controller.signal,
    });
    return { statusCode: response.statusCode, error: null, responseBody: response.body || null };
  } catch (error) {
    const message = controller.signal.aborted
      ? `timed out after ${ctx.timeoutMs} ms`
      : error instanceof Error
        ? error.message
        : String(error);
    return { statusCode: null, error: message.slice(0, 500), responseBody: null };
  } finally {
    clearTimeout(timer);
  }
}

/** `dns.lookup` takes no signal: stop waiting for it when the attempt's time is up. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
