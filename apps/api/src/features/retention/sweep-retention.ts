import { deleteExpiredKeys } from '../../platform/idempotency/idempotency.repository.js';
import type { Services } from '../../platform/services/services.js';
import { deleteFinishedDeliveries, deleteOldAttempts } from '../webhooks/public.js';
import type { RetentionSettings } from './retention-settings.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionResult {
  idempotencyKeys: number;
  webhookAttempts: number;
  webhookDeliveries: number;
}

/**
 * Deletes a workspace's expired idempotency records and its webhook attempts and finished deliveries
 * older than the retention, each table in bounded batches (each batch its own short transaction) up
 * to a cap per sweep, so no sweep holds a lock or runs for long; the next sweep continues.
 */
export async function sweepRetention(
  services: Services,
  settings: RetentionSettings,
  workspaceId: string,
): Promise<RetentionResult> {
  const { writer } = services;
  const now = services.clock.now();
  const cutoff = now - settings.webhookDeliveryRetentionDays * DAY_MS;
  const inBatches = async (deleteBatch: (limit: number) => Promise<number>): Promise<number> => {
    let total = 0;
    for (let batch = 0; batch < settings.maxBatchesPerRun; batch++) {
      const deleted = await deleteBatch(settings.batchSize);
      total += deleted;
      if (deleted < settings.batchSize) break;
    }
    return total;
  };
  return {
    idempotencyKeys: await inBatches((limit) => deleteExpiredKeys(writer, { workspaceId, now, limit })),
    // Attempts first: a finished delivery's attempts are all older than its last update.
    webhookAttempts: await inBatches((limit) => deleteOldAttempts(writer, { workspaceId, cutoff, limit })),
    webhookDeliveries: await inBatches((limit) =>
      deleteFinishedDeliveries(writer, { workspaceId, cutoff, limit }),
    ),
  };
}
