import type { StatusChange, StatusChangeSubscription } from '@leadstatus/sdk';
import type { WidgetClient } from './client.js';

export type StatusChangeListener = (change: StatusChange) => void;

interface Hub {
  listeners: Set<StatusChangeListener>;
  subscription: StatusChangeSubscription;
}

/**
 * One SSE connection per client and campaign, however many widgets listen: a page with a filter, a
 * table and analytics for one campaign holds one stream (the service allows 100 per workspace and
 * process). The SDK reconnects with `Last-Event-ID` and drops repeats, so each change arrives once.
 */
const hubs = new WeakMap<WidgetClient, Map<string, Hub>>();

export function watchStatusChanges(
  client: WidgetClient,
  campaignId: string | undefined,
  listener: StatusChangeListener,
): () => void {
  const key = campaignId ?? '';
  const owner = hubs.get(client) ?? new Map<string, Hub>();
  hubs.set(client, owner);
  let hub = owner.get(key);
  if (!hub) {
    const listeners = new Set<StatusChangeListener>();
    const subscription = client.stream.statusChanges(campaignId ? { campaignId } : {}, (change) => {
      for (const each of [...listeners]) {
        try {
          each(change);
        } catch (error) {
          // One widget's failure must not end the stream the others share.
          console.error(error);
        }
      }
    });
    const created: Hub = { listeners, subscription };
    hub = created;
    owner.set(key, created);
    // Ended for good (e.g. a 401 with no fresh token): the next widget to subscribe opens a new one.
    Promise.resolve(subscription.done)
      .catch(() => {})
      .finally(() => {
        if (owner.get(key) === created) owner.delete(key);
      });
  }
  const current = hub;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.subscription.close();
      if (owner.get(key) === current) owner.delete(key);
    }
  };
}
