/** How long the service keeps its logs of past work, and how the sweeper deletes what is older. */
export interface RetentionSettings {
  /** `WEBHOOK_DELIVERY_RETENTION_DAYS`: finished deliveries and attempts older than this are deleted. */
  webhookDeliveryRetentionDays: number;
  /** Rows per delete, each in its own short transaction, so no delete holds locks for long. */
  batchSize: number;
  /** Batches per table and workspace in one sweep; what is left waits for the next sweep. */
  maxBatchesPerRun: number;
}

export const DEFAULT_RETENTION: RetentionSettings = {
  webhookDeliveryRetentionDays: 30,
  batchSize: 1000,
  maxBatchesPerRun: 10,
};
