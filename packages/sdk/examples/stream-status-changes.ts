import type { LeadStatusClient, StatusChange } from '@leadstatus/sdk';

/**
 * Follows a campaign's status changes. It reconnects by itself and resumes after the last change it
 * handled; save `lastEventId` to resume from there after a restart too.
 */
export function followCampaign(
  client: LeadStatusClient,
  campaignId: string,
  onChange: (change: StatusChange) => void,
  resumeAfter?: string,
) {
  const subscription = client.stream.statusChanges(
    { campaignId, ...(resumeAfter ? { lastEventId: resumeAfter } : {}) },
    (change) => {
      onChange(change); // e.g. { lead_id, campaign_id, from: 'sent', to: 'replied', reason: null, at }
    },
  );
  // Rejects on what reconnecting cannot fix: an unknown campaign, a revoked key, an error from onChange.
  subscription.done.catch((error: unknown) => console.error('status stream ended', error));
  return subscription; // subscription.close() to stop; subscription.lastEventId to resume later
}
