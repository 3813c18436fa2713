import { classify } from './classify.js';
import { mailFacts } from './parse/mail-facts.js';
import { parseMessage } from './parse/parse-message.js';
import type { NotAMessage, ReadMail, ReadMailOptions } from './types.js';

function isNotAMessage(value: object): value is NotAMessage {
  return 'error' in value;
}

async function read(raw: Uint8Array, options: ReadMailOptions): Promise<ReadMail | NotAMessage> {
  const email = await parseMessage(raw);
  if (isNotAMessage(email)) return email;
  const facts = mailFacts(email);
  if (typeof facts === 'string') return { error: 'not_a_message', detail: facts };
  const { contentType: _contentType, ...envelope } = facts;
  return { ...envelope, ...classify(email, facts, options) };
}

/**
 * Reads a raw RFC 5322 message and classifies it (reply, auto-reply, out-of-office, bounce,
 * complaint, unsubscribe request). Pure: time comes from `options.now`. Never throws: input that
 * is not a message, or that the parser cannot read, gives a NotAMessage.
 */
export async function readMail(raw: Uint8Array, options: ReadMailOptions): Promise<ReadMail | NotAMessage> {
  try {
    return await read(raw, options);
  } catch (error) {
    // A bug in a rule must not turn one odd message into a failed request.
    const reason = error instanceof Error ? error.message : String(error);
    return { error: 'not_a_message', detail: `unreadable message: ${reason.slice(0, 200)}` };
  }
}
