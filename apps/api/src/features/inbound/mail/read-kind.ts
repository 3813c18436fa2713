import type { CalendarDate } from '@leadstatus/mail';
import type { InboundMessagesTable } from '../../../platform/db/tables/inbound.js';
import type { ReadKind } from './mail-events.js';

function calendarDateOf(text: string | null): CalendarDate | null {
  const match = text === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

function delayedOf(details: string): boolean {
  try {
    return (JSON.parse(details) as { bounce_delayed?: unknown }).bounce_delayed === true;
  } catch {
    return false;
  }
}

/** A stored mail's classification, as its events need it (a hand match records them later). */
export function readKindOf(row: InboundMessagesTable): ReadKind {
  return {
    kind: row.kind,
    bounce: row.bounce_type
      ? {
          type: row.bounce_type,
          status: row.bounce_status,
          recipient: row.bounce_recipient,
          diagnostic: row.bounce_diagnostic,
          delayed: delayedOf(row.details),
        }
      : null,
    outOfOfficeUntil: calendarDateOf(row.out_of_office_until),
    snippet: row.snippet,
  };
}
