import { type RecordedEvent, recordedEvent } from '../../engine/recorded-event.js';
import type { TrackedMessage } from './tracking.repository.js';

/** An event about a tracked message: on the message's enrollment, at the message's step. */
export function messageEvent(
  message: TrackedMessage,
  event: Pick<RecordedEvent, 'type' | 'occurredAt'> & Partial<RecordedEvent>,
): RecordedEvent {
  return recordedEvent({
    enrollmentId: message.enrollmentId,
    campaignId: message.campaignId,
    leadId: message.leadId,
    step: message.step,
    ...event,
  });
}
