// What tracking publishes to inbound (docs/decisions/layers.md): the registry of sent messages, their
// tokens, and turning a message's interaction into an engine event. Inbound webhooks land on the same
// messages as the pixel and the links.
export { messageEvent } from './message-event.js';
export { clipUserAgent } from './record-hit.js';
export { verifyToken } from './tokens.js';
export {
  findLatestMessageTo,
  findMessage,
  findMessagesByRfc822Ids,
  type TrackedMessage,
} from './tracking.repository.js';
export type { TrackingRuntime } from './tracking-runtime.js';
