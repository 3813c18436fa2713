// What leads publishes to other features (docs/decisions/layers.md): upserting a batch of leads, its
// limits, and the shape of a lead id.
export { upsertLeadBatch } from './batch-upsert.js';
export { MAX_CUSTOM_FIELD_KEY_LENGTH, MAX_CUSTOM_FIELDS } from './custom-fields.js';
export { isLeadIdShape, MAX_LEAD_BATCH } from './schemas.js';
