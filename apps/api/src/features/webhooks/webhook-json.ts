import { problems } from '../../platform/http/problem.js';
import { hasPrefix } from '../../platform/ids.js';
import { toIso, toIsoOrNull } from '../../platform/time.js';
import type { AttemptRow, DeliveryRow } from './deliveries.repository.js';
import { eventTypesOf, type SubscriptionRow } from './subscriptions.repository.js';
import { parseWebhookUrl, resolveWebhookTarget, type UrlPolicy } from './url-policy.js';

export function subscriptionToJson(row: SubscriptionRow) {
  return {
    id: row.id,
    url: row.url,
    event_types: eventTypesOf(row),
    enabled: row.enabled === 1,
    disabled_reason: row.disabled_reason,
    created_at: toIso(row.created_at),
    updated_at: toIso(row.updated_at),
  };
}

export function deliveryToJson(row: DeliveryRow, attempts: readonly AttemptRow[]) {
  return {
    id: row.id,
    webhook_id: row.subscription_id,
    type: row.event_type,
    status: row.status,
    attempt_count: row.attempt_count,
    next_attempt_at: toIsoOrNull(row.next_attempt_at),
    delivered_at: toIsoOrNull(row.delivered_at),
    created_at: toIso(row.created_at),
    payload: JSON.parse(row.payload) as unknown,
    attempts: attempts.map((a) => ({
      attempt: a.attempt_number,
      attempted_at: toIso(a.attempted_at),
      status_code: a.status_code,
      duration_ms: a.duration_ms,
      error: a.error,
      response_body: a.response_body,
    })),
  };
}

/**
 * The subscription-time URL check: syntax, then the host resolved and every address checked (it is
 * checked again before every delivery). A refusal is a 400 on `body.url`.
 */
export async function checkSubscriptionUrl(raw: string, policy: UrlPolicy): Promise<string> {
  const refuse = (message: string) =>
    problems.validation(`body.url: ${message}`, [{ path: 'body.url', message }]);
  const parsed = parseWebhookUrl(raw, policy);
  if (!parsed.ok) throw refuse(parsed.reason);
  const target = await resolveWebhookTarget(parsed.value, policy);
  if (!target.ok) throw refuse(`Must reach a public address: ${target.reason}`);
  return parsed.value.toString();
}

/** Path ids of another shape cannot exist: not found, like an id of another workspace. */
export function whkIdOrNotFound(id: string): string {
  if (!hasPrefix(id, 'whk')) throw problems.notFound('No webhook with this id in your workspace.');
  return id;
}

export function dlvIdOrNotFound(id: string): string {
  if (!hasPrefix(id, 'dlv')) throw problems.notFound('No delivery with this id for this webhook.');
  return id;
}

/** Cursors are the last row's id, base64url-wrapped so callers treat them as opaque. */
export function encodeCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

export function decodeCursor(cursor: string, prefix: 'whk' | 'dlv'): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!hasPrefix(id, prefix)) {
    throw problems.validation('query.cursor: not a cursor from this list', [
      { path: 'query.cursor', message: 'Not a cursor from this list' },
    ]);
  }
  return id;
}
