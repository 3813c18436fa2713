import type { Address, Email } from 'postal-mime';
import { MAX_TEXT_CHARS } from '../limits.js';
import { normalizeMessageId, parseMessageIdList } from '../message-id.js';
import { addressIn } from './address.js';
import { headerValue } from './header-lookup.js';

/** The envelope-level facts of a parsed message, before any classification. */
export interface MailFacts {
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  from: { address: string; name: string | null };
  to: string[];
  subject: string;
  date: number | null;
  contentType: string | null;
}

function mailboxes(addresses: readonly Address[] | undefined): string[] {
  const found: string[] = [];
  for (const entry of addresses ?? []) {
    for (const mailbox of entry.group ?? [entry]) {
      const address = mailbox.address ? addressIn(mailbox.address) : null;
      if (address && !found.includes(address)) found.push(address);
    }
  }
  return found;
}

function sender(from: Address | undefined): { address: string; name: string | null } | null {
  const mailbox = from?.group ? from.group[0] : from;
  const address = mailbox?.address ? addressIn(mailbox.address) : null;
  if (!mailbox || !address) return null;
  const name = mailbox.name.trim();
  return { address, name: name.length > 0 ? name.slice(0, 200) : null };
}

/** The facts, or a reason why the message has none worth reading (no parseable `From`). */
export function mailFacts(email: Email): MailFacts | string {
  const from = sender(email.from);
  if (!from) {
    return headerValue(email.headers, 'from') === null
      ? 'no From header'
      : 'the From header holds no parseable address';
  }
  const date = email.date ? Date.parse(email.date) : Number.NaN;
  return {
    messageId: email.messageId ? normalizeMessageId(email.messageId) : null,
    inReplyTo: parseMessageIdList(email.inReplyTo),
    references: parseMessageIdList(email.references),
    from,
    to: [...mailboxes(email.to), ...mailboxes(email.cc)].filter((a, i, all) => all.indexOf(a) === i),
    subject: (email.subject ?? '').replace(/\s+/g, ' ').trim().slice(0, 1_000),
    date: Number.isFinite(date) ? date : null,
    contentType: headerValue(email.headers, 'content-type'),
  };
}

/** The body text the phrase and code rules search: capped at 64 KiB. */
export function searchableText(text: string): string {
  return text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
}
