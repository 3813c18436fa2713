import { readMail } from '@leadstatus/mail';
import PostalMime from 'postal-mime';
import type { Figure } from './measure.js';

/** Classification reads the corpus as received on a Tuesday morning in Berlin. */
const OPTIONS = { now: Date.UTC(2026, 11, 1, 9, 0, 0), timeZone: 'Europe/Berlin' };

/** The baseline: parsing alone, with the parser readMail uses. */
export function parseOnly(messages: readonly Buffer[]): Figure {
  return {
    name: 'baseline: PostalMime.parse alone',
    messages: messages.length,
    pass: async () => {
      let acc = 0;
      for (const message of messages) {
        const email = await PostalMime.parse(message);
        acc = (acc + email.headers.length + (email.text?.length ?? 0)) | 0;
      }
      return acc;
    },
  };
}

/** readMail: parse under limits, then classify (rules, snippet, dates). */
export function readAndClassify(messages: readonly Buffer[]): Figure {
  return {
    name: 'readMail: parse + classify',
    messages: messages.length,
    pass: async () => {
      let acc = 0;
      for (const message of messages) {
        const mail = await readMail(message, OPTIONS);
        acc = (acc + ('error' in mail ? 1 : mail.kind.length + mail.snippet.length)) | 0;
      }
      return acc;
    },
  };
}
