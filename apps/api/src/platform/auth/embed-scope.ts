import type { Status } from '@leadstatus/core';
import type { Caller } from './caller.js';

/**
 * A request's campaign filter narrowed to the caller's embed scope: the intersection when both are
 * set (possibly empty, which matches nothing), the token's campaigns when the request names none,
 * and the request's own filter for a secret key. Never widens what the token allows.
 */
export function scopedCampaignIds(
  caller: Caller,
  requested: readonly string[] | undefined,
): string[] | undefined {
  const allowed = caller.embed?.campaignIds;
  if (!allowed) return requested === undefined ? undefined : [...requested];
  if (requested === undefined) return [...allowed];
  return requested.filter((id) => allowed.includes(id));
}

/** The same for statuses: a token's locked statuses are intersected with the request's filter. */
export function scopedStatuses(
  caller: Caller,
  requested: readonly Status[] | undefined,
): Status[] | undefined {
  const allowed = caller.embed?.statuses;
  if (!allowed) return requested === undefined ? undefined : [...requested];
  if (requested === undefined) return [...allowed];
  return requested.filter((status) => allowed.includes(status));
}

/** Whether the caller may see this enrollment: its campaign and its status are in scope. */
export function enrollmentInScope(
  caller: Caller,
  enrollment: { campaign_id: string; status: string },
): boolean {
  const campaigns = caller.embed?.campaignIds;
  const statuses: readonly string[] | null | undefined = caller.embed?.statuses;
  return (
    (!campaigns || campaigns.includes(enrollment.campaign_id)) &&
    (!statuses || statuses.includes(enrollment.status))
  );
}
