import type { BounceReport, CalendarDate, InboundKind } from '@leadstatus/mail';
import { type RecordedEvent, recordedEvent } from '../../../engine/recorded-event.js';
import type { OutOfOfficeAction } from '../../../platform/db/tables/campaigns.js';
import { holdEnd } from './hold-until.js';

/** What the events of a mail need of its reading. */
export interface ReadKind {
  kind: InboundKind;
  bounce: BounceReport | null;
  outOfOfficeUntil: CalendarDate | null;
  snippet: string;
}

/** The enrollment a mail is matched to. */
export interface MailTarget {
  enrollmentId: string;
  campaignId: string;
  leadId: string;
}

export interface MailEventContext {
  inboundId: string;
  occurredAt: number;
  /** The workspace's reporting zone: out-of-office holds end at 09:00 in it. */
  zone: string;
  campaign: { outOfOffice: OutOfOfficeAction; outOfOfficeDefaultDays: number };
  now: number;
}

/**
 * The events a matched mail records (DESIGN.md, "Reading mail"): a reply, an automatic reply, an
 * out-of-office (an automatic reply and, unless the campaign ignores them, a hold until the day after
 * the return date), a bounce or rejection (none for a delayed notice), a complaint, or an unsubscribe
 * written as a reply. Each names its mail, so the lead's timeline shows it; their ids derive from
 * the mail's, so the same mail never records twice.
 */
export function mailEvents(read: ReadKind, target: MailTarget, context: MailEventContext): RecordedEvent[] {
  const mail = { inbound_message_id: context.inboundId, kind: read.kind, snippet: read.snippet };
  const event = (type: RecordedEvent['type'], index: number, extra: Partial<RecordedEvent> = {}) =>
    recordedEvent({
      ...target,
      type,
      occurredAt: context.occurredAt,
      externalId: `mail:${context.inboundId}:${index}`,
      metadata: { source: 'mail', mail },
      ...extra,
    });
  switch (read.kind) {
    case 'reply':
      return [event('replied', 0)];
    case 'auto_reply':
      return [event('replied', 0, { autoReply: true })];
    case 'out_of_office': {
      const reply = event('replied', 0, { autoReply: true });
      if (context.campaign.outOfOffice === 'ignore') return [reply];
      const until = holdEnd(read.outOfOfficeUntil, {
        now: context.now,
        zone: context.zone,
        defaultDays: context.campaign.outOfOfficeDefaultDays,
      });
      // A return date already past holds nothing.
      if (until <= context.now) return [reply];
      return [reply, event('paused', 1, { reason: 'out_of_office', pausedUntil: until })];
    }
    case 'bounce': {
      const bounce = read.bounce;
      if (!bounce || bounce.delayed) return [];
      return bounce.type === 'rejected'
        ? [event('rejected', 0)]
        : [event('bounced', 0, { bounceType: bounce.type })];
    }
    case 'complaint':
      return [event('complained', 0)];
    case 'unsubscribe_request':
      return [event('unsubscribed', 0, { reason: 'reply' })];
  }
}
