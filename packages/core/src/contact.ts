import type { AnyEventType, LeadEvent } from './events.js';
import { type UnsubscribedReason, unsubscribedReasonOf } from './reasons.js';

/**
 * How an event type bears on "contacted" (DESIGN.md, Analytics definitions): `contacts` when it
 * means a message reached or was tried on the lead, `never` when it does not, `opt_out` when it
 * depends on how the opt-out came (see CONTACTING_OPT_OUT_REASONS).
 */
export type ContactRule = 'contacts' | 'never' | 'opt_out';

/**
 * The contact rule of each event type, as data. A sending engine may report replies and opens but
 * not sends, or a send may arrive late: any of these proves the lead was contacted.
 */
export const CONTACT_RULES: Readonly<Record<AnyEventType, ContactRule>> = {
  sent: 'contacts',
  // Human or machine: a scanner or proxy fetched a message that was delivered.
  opened: 'contacts',
  clicked: 'contacts',
  // Human or automatic: an auto-reply answers a message that arrived.
  replied: 'contacts',
  // Hard or soft: a delivery was tried.
  bounced: 'contacts',
  rejected: 'contacts',
  // A do-not-contact block: nothing was sent.
  blocked: 'never',
  unsubscribed: 'opt_out',
  complained: 'opt_out',
  // The sequence's end alone, and manual pause and resume, say nothing about a message.
  sequence_completed: 'never',
  paused: 'never',
  resumed: 'never',
};

/**
 * The opt-outs that came from the lead through a message: a link, one-click, a reply or a
 * complaint. `dnc_list` and `manual` are someone else's decision and reached no one.
 */
export const CONTACTING_OPT_OUT_REASONS: readonly UnsubscribedReason[] = [
  'link',
  'one_click',
  'reply',
  'complaint',
];

/**
 * True when the event means a message reached or was tried on the lead. An opt-out counts only when
 * it came from the lead through this enrollment: not when it was fanned out from another campaign
 * (`propagated`), nor for reasons `dnc_list` and `manual`. Unknown event types never count.
 */
export function isContactEvent(event: Pick<LeadEvent, 'type' | 'reason' | 'propagated'>): boolean {
  const rule: ContactRule | undefined = CONTACT_RULES[event.type];
  if (rule === 'contacts') return true;
  if (rule !== 'opt_out' || event.propagated === true) return false;
  const reason = event.type === 'complained' ? 'complaint' : unsubscribedReasonOf(event.reason);
  return CONTACTING_OPT_OUT_REASONS.includes(reason);
}
