// What enrollments publishes to other features (docs/decisions/layers.md): enrolling leads in bulk.
export { enrollLeads } from './enroll.js';
