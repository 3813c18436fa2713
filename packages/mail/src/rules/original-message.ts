import { MAX_TEXT_CHARS } from '../limits.js';
import { normalizeMessageId } from '../message-id.js';
import { fieldValues, headerBlockOf } from '../parse/header-fields.js';

/** The ids a report carries of the message it is about. */
export interface OriginalIds {
  messageIds: string[];
  leadStatusMessages: string[];
}

function pushUnique(list: string[], value: string | null): void {
  if (value && !list.includes(value)) list.push(value);
}

/** `Message-ID` and `X-LeadStatus-Message` from the header blocks of returned originals. */
export function originalIdsFromParts(originals: readonly string[]): OriginalIds {
  const ids: OriginalIds = { messageIds: [], leadStatusMessages: [] };
  for (const original of originals) {
    const block = headerBlockOf(original.slice(0, MAX_TEXT_CHARS));
    for (const value of fieldValues(block, 'message-id'))
      pushUnique(ids.messageIds, normalizeMessageId(value));
    for (const value of fieldValues(block, 'x-leadstatus-message'))
      pushUnique(ids.leadStatusMessages, value.trim());
  }
  return ids;
}

// Quoted copies indent or `>`-prefix the returned headers; the value is one token.
const INLINE_MESSAGE_ID = /^[ \t>|]*message-id:[ \t]*(<[^<>\s]{1,996}>|[^<>\s]{3,996})[ \t\r]*$/gim;
const INLINE_LEADSTATUS = /^[ \t>|]*x-leadstatus-message:[ \t]*(\S{1,200})[ \t\r]*$/gim;

/**
 * The same ids from a copy of the original quoted inline in the body (Exim, qmail and others
 * paste the returned headers into the text instead of attaching them).
 */
export function originalIdsFromText(text: string): OriginalIds {
  const ids: OriginalIds = { messageIds: [], leadStatusMessages: [] };
  const searched = text.slice(0, MAX_TEXT_CHARS);
  for (const match of searched.matchAll(INLINE_MESSAGE_ID)) {
    pushUnique(ids.messageIds, normalizeMessageId(match[1] ?? ''));
  }
  for (const match of searched.matchAll(INLINE_LEADSTATUS))
    pushUnique(ids.leadStatusMessages, match[1] ?? null);
  return ids;
}

/** Both sources together, attached copies first. */
export function mergeOriginalIds(a: OriginalIds, b: OriginalIds): OriginalIds {
  const merged: OriginalIds = {
    messageIds: [...a.messageIds],
    leadStatusMessages: [...a.leadStatusMessages],
  };
  for (const id of b.messageIds) pushUnique(merged.messageIds, id);
  for (const id of b.leadStatusMessages) pushUnique(merged.leadStatusMessages, id);
  return merged;
}
