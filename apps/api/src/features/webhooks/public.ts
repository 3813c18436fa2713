// What webhooks publishes to other features (docs/decisions/layers.md): deleting deliveries, for the
// erasure of a lead and for the retention sweep.
export { deleteFinishedDeliveries, deleteOldAttempts } from './delivery-retention.js';
export { deleteDeliveriesOfChanges } from './erase-deliveries.js';
