// What events publishes to the other ways events arrive (tracking, inbound; docs/decisions/layers.md):
// the accepted range of event times and the enrollment status an event answers with.
export { eventTimeProblem, eventTimeSchema } from './event-time.js';
export { EnrollmentStatusSchema } from './schemas.js';
